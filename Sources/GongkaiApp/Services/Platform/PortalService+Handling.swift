import FluentKit
import Foundation
import GongkaiCore
import Logging

extension PortalService {
    /// Submissions of `agencyID` waiting for confirmation of receipt, oldest first.
    public func pendingSubmissions(agencyID: UUID) async throws -> [PortalSubmissionModel] {
        try await PortalSubmissionModel.query(on: context.db).filter(\.$agency.$id == agencyID)
            .filter(\.$status == PortalSubmissionModel.Status.pending.rawValue).sort(\.$submittedAt).all()
    }

    /// The submission `id` if it belongs to `agencyID`.
    public func submission(_ id: UUID, agencyID: UUID) async throws -> PortalSubmissionModel? {
        try await PortalSubmissionModel.query(on: context.db).filter(\.$id == id).filter(\.$agency.$id == agencyID).first()
    }

    /// The applicant of a pending submission (personal data: for the agency's officers only).
    public func applicant(of submission: PortalSubmissionModel) throws -> Applicant? {
        guard let json = submission.applicantJSON else { return nil }
        do {
            return try JSONDecoder().decode(Applicant.self, from: Data(json.utf8))
        } catch {
            throw StoredDataError(table: PortalSubmissionModel.schema, key: submission.caseNumber, reason: "申请人信息无法读取")
        }
    }

    /// Why a submission cannot be handled as asked.
    public enum SubmissionError: CategorizedError {
        case notPending(String)
        case notFound

        public var category: ErrorCategory {
            switch self {
            case .notPending: .conflict
            case .notFound: .notFound
            }
        }

        public var userMessage: String {
            switch self {
            case .notPending(let number): "申请 \(number) 已确认收到或已撤回，无需再次处理"
            case .notFound: "找不到该申请"
            }
        }
    }

    /// Confirms receipt of the pending submission `id` of `agencyID` today (第三十一条第三项:
    /// received on the day both sides confirm): creates the request dated today, moves the
    /// applicant's data to it, links its attachments; returns the request's id.
    @discardableResult
    public func confirmReceipt(_ id: UUID, agencyID: UUID, actor: String) async throws -> UUID {
        let now = context.clock.now()
        let today = CivilDate(now)
        let requestID = try await context.db.writeTransaction { db -> UUID in
            guard let submission = try await PortalSubmissionModel.query(on: db).filter(\.$id == id)
                .filter(\.$agency.$id == agencyID).first()
            else { throw SubmissionError.notFound }
            guard submission.status == PortalSubmissionModel.Status.pending.rawValue, let applicant = try self.applicant(of: submission)
            else { throw SubmissionError.notPending(submission.caseNumber) }
            let request: DisclosureRequest
            do throws(DisclosureRequestError) {
                request = try DisclosureRequest(
                    id: RecordID(submission.caseNumber), agencyID: AgencyID(agencyID.uuidString), applicant: applicant,
                    channel: .online, content: submission.content, receipt: ReceiptEvidence(.confirmed, on: today))
            } catch {
                throw CaseServiceError.invalidEvent(error)
            }
            let requestID = try await CaseService(context.on(db)).insert([request], agencyID: agencyID, actor: actor, on: db)[0]
            guard let row = try await RequestModel.find(requestID, on: db) else { throw SubmissionError.notFound }
            row.deliveryForm = submission.deliveryForm
            try await row.update(on: db)
            // A second confirmation racing this one finds the status changed and updates nothing.
            try await PortalSubmissionModel.query(on: db).filter(\.$id == id)
                .filter(\.$status == PortalSubmissionModel.Status.pending.rawValue)
                .set(\.$status, to: PortalSubmissionModel.Status.confirmed.rawValue)
                .set(\.$request.$id, to: requestID).set(\.$confirmedOn, to: today.description)
                .set(\.$applicantJSON, to: nil).update()
            let still = try await PortalSubmissionModel.find(id, on: db)
            guard still?.$request.id == requestID else { throw SubmissionError.notPending(submission.caseNumber) }
            try await AttachmentModel.query(on: db).filter(\.$submission.$id == id).set(\.$request.$id, to: requestID)
                .update()
            try await AuditLog.write(
                [
                    AuditEntry(
                        actor: actor, entity: "submission", entityID: id.uuidString, action: "confirmReceipt",
                        diff: .object([
                            JSONMember("receivedOn", .string(today.description)),
                            JSONMember("request", .string(requestID.uuidString)),
                        ]), agencyID: agencyID)
                ], at: now, on: db)
            return requestID
        }
        context.logger.info("portal request confirmed", metadata: ["submission": "\(id)", "request": "\(requestID)"])
        return requestID
    }

    /// Withdraws the request behind `submission` at the citizen's wish (（六）3 once received;
    /// before confirmation the submission is simply closed).
    public func withdraw(_ submission: PortalSubmissionModel) async throws {
        let now = context.clock.now()
        let id = try submission.requireID()
        if submission.status == PortalSubmissionModel.Status.pending.rawValue {
            try await context.db.writeTransaction { db in
                try await PortalSubmissionModel.query(on: db).filter(\.$id == id)
                    .filter(\.$status == PortalSubmissionModel.Status.pending.rawValue)
                    .set(\.$status, to: PortalSubmissionModel.Status.withdrawn.rawValue).set(\.$applicantJSON, to: nil)
                    .update()
                try await AuditLog.write(
                    [
                        AuditEntry(
                            actor: "portal", entity: "submission", entityID: id.uuidString, action: "withdraw",
                            diff: .object([]), agencyID: submission.$agency.id)
                    ], at: now, on: db)
            }
            return
        }
        guard let requestID = submission.$request.id else { throw SubmissionError.notPending(submission.caseNumber) }
        try await CaseService(context).append(
            RequestEvent(.withdrawn, on: CivilDate(now), note: "申请人通过门户网站撤回"), to: requestID, actor: "portal")
    }

    /// Records the applicant's correction (补正) supplied online: the text goes with the event,
    /// the files become attachments of the request; the reply clock restarts today (第三十条).
    public func supplyCorrection(_ submission: PortalSubmissionModel, text: String, files: [(name: String, bytes: Data)])
        async throws
    {
        guard let requestID = submission.$request.id else { throw SubmissionError.notPending(submission.caseNumber) }
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        var problems: [FieldProblem] = []
        if trimmed.isEmpty && files.isEmpty {
            problems.append(FieldProblem(field: "correction", message: "请填写补正内容或上传补正材料"))
        }
        if trimmed.count > Self.maximumContentLength {
            problems.append(FieldProblem(field: "correction", message: "补正内容不超过\(Self.maximumContentLength)字"))
        }
        var checkedFiles: [UploadPolicy.CheckedFile] = []
        do { checkedFiles = try uploads.check(files, field: "files") } catch let error as FormError {
            problems += error.problems
        }
        guard problems.isEmpty else { throw FormError(problems) }
        let checked = checkedFiles
        let now = context.clock.now()
        // One transaction: the event is refused (no correction pending) or the files are kept with it.
        try await context.db.writeTransaction { db in
            try await CaseService(context.on(db)).append(
                RequestEvent(.correctionReceived, on: CivilDate(now), note: trimmed.isEmpty ? nil : "申请人补正：\(trimmed)"),
                to: requestID, actor: "portal")
            for file in checked {
                try await AttachmentStore.store(
                    file, purpose: "correction", agencyID: submission.$agency.id, submissionID: nil, requestID: requestID,
                    uploadedBy: "portal", at: now, on: db)
            }
        }
    }
}
