import FluentKit
import Foundation
import GongkaiCore

/// An agency's portal details and letter settings, edited by its 管理员.
public struct AgencyProfiles: Sendable {
    public let context: ServiceContext

    public init(_ context: ServiceContext) { self.context = context }

    /// The form's fields.
    public struct Input: Codable, Sendable, Hashable {
        public var acceptingOffice: String?
        public var address: String?
        public var postcode: String?
        public var officeHours: String?
        public var phone: String?
        public var fax: String?
        public var email: String?
        public var casePrefix: String?
        public var letterPrefix: String?
        public var reconsiderationBody: String?
        public var court: String?

        public init() {}

        /// The stored values of `profile` (empty fields when there is none yet).
        public init(_ profile: AgencyProfileModel?) {
            acceptingOffice = profile?.acceptingOffice
            address = profile?.address
            postcode = profile?.postcode
            officeHours = profile?.officeHours
            phone = profile?.phone
            fax = profile?.fax
            email = profile?.email
            casePrefix = profile?.casePrefix
            letterPrefix = profile?.letterPrefix
            reconsiderationBody = profile?.reconsiderationBody
            court = profile?.court
        }
    }

    /// The profile of `agencyID`, if set.
    public func profile(agencyID: UUID) async throws -> AgencyProfileModel? {
        try await AgencyProfileModel.query(on: context.db).filter(\.$agency.$id == agencyID).first()
    }

    /// Checks and stores `input` for `agencyID`; audited.
    @discardableResult
    public func save(_ input: Input, agencyID: UUID, actor: String) async throws -> AgencyProfileModel {
        func clean(_ text: String?) -> String { (text ?? "").trimmingCharacters(in: .whitespacesAndNewlines) }
        var problems: [FieldProblem] = []
        let required: [(String, String, String)] = [
            ("acceptingOffice", clean(input.acceptingOffice), "受理机构"), ("address", clean(input.address), "地址"),
            ("officeHours", clean(input.officeHours), "办公时间"), ("phone", clean(input.phone), "电话"),
            ("casePrefix", clean(input.casePrefix), "申请编号前缀"), ("letterPrefix", clean(input.letterPrefix), "文书编号前缀"),
            ("reconsiderationBody", clean(input.reconsiderationBody), "复议机关"), ("court", clean(input.court), "管辖法院"),
        ]
        for (field, value, label) in required where value.isEmpty {
            problems.append(FieldProblem(field: field, message: "请填写\(label)"))
        }
        for (field, value, label) in required where value.count > 200 {
            problems.append(FieldProblem(field: field, message: "\(label)不超过200字"))
        }
        let postcode = clean(input.postcode)
        if !postcode.isEmpty, postcode.count != 6 || !postcode.allSatisfy(\.isASCII) || !postcode.allSatisfy(\.isNumber) {
            problems.append(FieldProblem(field: "postcode", message: "邮政编码应为6位数字"))
        }
        let email = clean(input.email)
        if !email.isEmpty {
            do { try ContactInfo(email: email).validate() } catch {
                problems.append(FieldProblem(field: "email", message: error.description))
            }
        }
        for (field, label) in [("casePrefix", "申请编号前缀"), ("letterPrefix", "文书编号前缀")] {
            let value = field == "casePrefix" ? clean(input.casePrefix) : clean(input.letterPrefix)
            if value.contains(where: { "〔〕[]（）()号".contains($0) }) {
                problems.append(FieldProblem(field: field, message: "\(label)只写机关简称部分（如“江教”），年份和序号由系统生成"))
            }
        }
        guard problems.isEmpty else { throw FormError(problems) }
        let model = try await profile(agencyID: agencyID) ?? AgencyProfileModel()
        if model.id == nil {
            model.id = UUID()
            model.$agency.id = agencyID
        }
        model.acceptingOffice = clean(input.acceptingOffice)
        model.address = clean(input.address)
        model.postcode = postcode
        model.officeHours = clean(input.officeHours)
        model.phone = clean(input.phone)
        model.fax = clean(input.fax)
        model.email = email
        model.casePrefix = clean(input.casePrefix)
        model.letterPrefix = clean(input.letterPrefix)
        model.reconsiderationBody = clean(input.reconsiderationBody)
        model.court = clean(input.court)
        let now = context.clock.now()
        try await context.db.writeTransaction { db in
            try await model.save(on: db)
            try await AuditLog.write(
                [
                    AuditEntry(
                        actor: actor, entity: "agencyProfile", entityID: model.id!.uuidString, action: "update",
                        diff: .object(
                            required.map { JSONMember($0.0, .string($0.1)) } + [
                                JSONMember("postcode", .string(postcode)), JSONMember("email", .string(email)),
                            ]), agencyID: agencyID)
                ], at: now, on: db)
        }
        return model
    }
}
