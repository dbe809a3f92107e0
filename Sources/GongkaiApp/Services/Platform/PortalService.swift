import FluentKit
import Foundation
import GongkaiCore
import Logging

/// The public side of requests: filing on the portal, confirming receipt, following a request
/// with its 申请编号 and 查询码, supplying a correction and withdrawing.
public struct PortalService: Sendable {
    public let context: ServiceContext
    public let uploads: UploadPolicy

    public init(_ context: ServiceContext, uploads: UploadPolicy = UploadPolicy()) {
        self.context = context
        self.uploads = uploads
    }

    /// A request form as filled in.
    public struct SubmissionForm: Sendable {
        public var applicant = ApplicantForm()
        public var content = ""
        public var deliveryForm = ""
        /// The form's one-time key (a hidden field made when the form was shown).
        public var submissionKey = ""
        /// Identity documents and other attachments (name, bytes); empty inputs left out.
        public var files: [(name: String, bytes: Data)] = []

        public init() {}
    }

    /// What the citizen is shown after submitting.
    public struct Receipt: Sendable {
        public let submissionID: UUID
        public let agencyName: String
        public let caseNumber: String
        /// The 查询码, shown once; `nil` when the same form was submitted before (a replay).
        public let queryCode: String?
        public let submittedAt: Date
        public let content: String
        public let deliveryForm: DeliveryForm
        public let attachmentNames: [String]
    }

    /// The longest description accepted.
    public static let maximumContentLength = 5_000

    /// Checks `form` and stores the submission with its attachments in one transaction.
    ///
    /// A replayed form (same `submissionKey`) stores nothing and returns the first receipt
    /// without the 查询码, so reloading the receipt page or a double click files one request.
    public func submit(_ form: SubmissionForm, to agency: AgencyModel) async throws -> Receipt {
        let agencyID = try agency.requireID()
        let key = form.submissionKey.trimmingCharacters(in: .whitespaces)
        guard key.count >= 16, key.count <= 64 else {
            throw FormError([FieldProblem(field: "submissionKey", message: "表单已失效，请重新打开申请页面填写")])
        }
        if let earlier = try await PortalSubmissionModel.query(on: context.db).filter(\.$submissionKey == key).first() {
            return try await receipt(for: earlier, agencyName: agency.name, queryCode: nil)
        }
        var problems: [FieldProblem] = []
        var applicant: Applicant?
        do { applicant = try form.applicant.applicant() } catch { problems += error.problems }
        let content = form.content.trimmingCharacters(in: .whitespacesAndNewlines)
        if content.isEmpty {
            problems.append(
                FieldProblem(field: "content", message: "请填写所需政府信息的名称、文号或者便于行政机关查询的其他特征性描述"))
        } else if content.count > Self.maximumContentLength {
            problems.append(FieldProblem(field: "content", message: "申请内容不超过\(Self.maximumContentLength)字，请精简或分项申请"))
        }
        let delivery = DeliveryForm(rawValue: form.deliveryForm)
        if delivery == nil { problems.append(FieldProblem(field: "deliveryForm", message: "请选择获取信息的方式")) }
        var checkedFiles: [UploadPolicy.CheckedFile] = []
        do { checkedFiles = try uploads.check(form.files, field: "files") } catch let error as FormError {
            problems += error.problems
        }
        guard problems.isEmpty, let applicant, let delivery else { throw FormError(problems) }
        let files = checkedFiles

        let now = context.clock.now()
        let today = CivilDate(now)
        let code = QueryCode.generate()
        let salt = QueryCode.salt()
        let caseNumber = try await nextCaseNumber(agencyID: agencyID, year: today.year)
        let submission = PortalSubmissionModel()
        submission.id = UUID()
        submission.$agency.id = agencyID
        submission.caseNumber = caseNumber
        submission.queryCodeSalt = salt
        submission.queryCodeHash = QueryCode.hash(code, salt: salt)
        submission.submissionKey = key
        submission.status = PortalSubmissionModel.Status.pending.rawValue
        submission.submittedAt = now
        submission.submittedOn = today.description
        submission.applicantType = applicant.type.rawValue
        submission.applicantJSON = String(decoding: try JSONEncoder().encode(applicant), as: UTF8.self)
        submission.content = content
        submission.deliveryForm = delivery.rawValue
        do {
            try await context.db.writeTransaction { db in
                try await submission.create(on: db)
                for file in files {
                    try await AttachmentStore.store(
                        file, purpose: "identity", agencyID: agencyID, submissionID: submission.id, requestID: nil,
                        uploadedBy: "portal", at: now, on: db)
                }
                try await AuditLog.write(
                    [
                        AuditEntry(
                            actor: "portal", entity: "submission", entityID: submission.id!.uuidString, action: "create",
                            diff: .object([
                                JSONMember("caseNumber", .string(caseNumber)),
                                JSONMember("applicantType", .string(applicant.type.rawValue)),
                                JSONMember("attachments", .int(files.count)),
                            ]), agencyID: agencyID)
                    ], at: now, on: db)
            }
        } catch {
            // The same form submitted twice at once: the other submission won; show its receipt.
            if (error as? any DatabaseError)?.isConstraintFailure == true,
                let earlier = try await PortalSubmissionModel.query(on: context.db).filter(\.$submissionKey == key).first()
            {
                return try await receipt(for: earlier, agencyName: agency.name, queryCode: nil)
            }
            throw error
        }
        context.logger.info("portal request submitted", metadata: ["submission": "\(submission.id!)"])
        return try await receipt(for: submission, agencyName: agency.name, queryCode: code)
    }

    func receipt(for submission: PortalSubmissionModel, agencyName: String, queryCode: String?) async throws -> Receipt {
        let names = try await AttachmentModel.query(on: context.db).filter(\.$submission.$id == submission.id)
            .sort(\.$uploadedAt).all().map(\.fileName)
        return Receipt(
            submissionID: try submission.requireID(), agencyName: agencyName, caseNumber: submission.caseNumber,
            queryCode: queryCode, submittedAt: submission.submittedAt, content: submission.content,
            deliveryForm: DeliveryForm(rawValue: submission.deliveryForm) ?? .electronic, attachmentNames: names)
    }

    /// The next free case number of `agencyID` in `year`: "前缀依申请〔year〕n号".
    public func nextCaseNumber(agencyID: UUID, year: Int) async throws -> String {
        let prefix = try await AgencyProfileModel.query(on: context.db).filter(\.$agency.$id == agencyID).first()?
            .casePrefix ?? ""
        for _ in 0..<1_000 {
            let number = try await Sequences(context).next(Sequences.caseNumbers(agencyID: agencyID, year: year))
            let text = "\(prefix)依申请〔\(year)〕\(number)号"
            // Numbers given before the platform (imports, the demo) are skipped, not reused.
            let requests = try await RequestModel.query(on: context.db).filter(\.$agency.$id == agencyID)
                .filter(\.$caseNumber == text).count()
            let submissions = try await PortalSubmissionModel.query(on: context.db).filter(\.$agency.$id == agencyID)
                .filter(\.$caseNumber == text).count()
            if requests == 0 && submissions == 0 { return text }
        }
        throw StoredDataError(table: PlatformTables.counters, key: "case", reason: "找不到可用的申请编号")
    }

    /// The submission with `caseNumber` whose 查询码 is `queryCode`, or `nil` (unknown number and
    /// wrong code are not distinguished).
    public func lookup(caseNumber: String, queryCode: String) async throws -> PortalSubmissionModel? {
        let number = caseNumber.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !number.isEmpty, !queryCode.isEmpty else { return nil }
        let candidates = try await PortalSubmissionModel.query(on: context.db).filter(\.$caseNumber == number).all()
        return candidates.first { QueryCode.matches(queryCode, salt: $0.queryCodeSalt, hash: $0.queryCodeHash) }
    }
}
