@testable import GongkaiCore

/// Valid records for casework tests.
enum CaseworkFixtures {
    static let agency: AgencyID = "agency-1"

    /// A natural person with a valid 居民身份证 number (the GB 11643 example number).
    static let person: Applicant = {
        let document = try! IdentityDocument(kind: .residentIDCard, number: "11010519491231002X")
        return .naturalPerson(
            try! NaturalPersonApplicant(name: "张三", idDocument: document, contact: ContactInfo(phone: "010-12345678")))
    }()

    /// An organisation of `kind` with a valid 统一社会信用代码 (the GB 32100 example code).
    static func organization(_ kind: OrganizationKind, name: String = "某某有限公司") -> Applicant {
        .organization(
            try! OrganizationApplicant(
                name: name, kind: kind, creditCode: try! UnifiedSocialCreditCode("91350100M000100Y43"),
                contactPerson: "李四", contact: ContactInfo(email: "lisi@example.com")))
    }

    /// An applicant of `type`.
    static func applicant(_ type: ApplicantType) -> Applicant {
        type == .naturalPerson ? person : organization(OrganizationKind(rawValue: type.rawValue)!)
    }

    /// A request received on `receivedOn` with `events`.
    static func request(
        _ id: RecordID = "r1", _ type: ApplicantType = .naturalPerson, receivedOn: CivilDate,
        channel: RequestChannel = .online, events: [RequestEvent] = []
    ) throws -> DisclosureRequest {
        try DisclosureRequest(
            id: id, agencyID: agency, applicant: applicant(type), channel: channel, content: "2024年度部门预算",
            receivedOn: receivedOn, events: events)
    }
}
