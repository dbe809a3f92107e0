import GongkaiApp
import GongkaiCore

/// Records for app tests, with personal data that tests can search the logs for.
enum AppFixtures {
    static let personName = "欧阳测试"
    static let personID = "11010519491231002X"
    static let personPhone = "13912345678"

    static let person: Applicant = {
        let document = try! IdentityDocument(kind: .residentIDCard, number: personID)
        return .naturalPerson(
            try! NaturalPersonApplicant(name: personName, idDocument: document, contact: ContactInfo(phone: personPhone)))
    }()

    static func organization(_ kind: OrganizationKind) -> Applicant {
        .organization(
            try! OrganizationApplicant(
                name: "某某有限公司", kind: kind, creditCode: try! UnifiedSocialCreditCode("91350100M000100Y43"),
                contactPerson: "李四", contact: ContactInfo(email: "lisi@example.com")))
    }

    static func applicant(_ type: ApplicantType) -> Applicant {
        type == .naturalPerson ? person : organization(OrganizationKind(rawValue: type.rawValue)!)
    }

    static func request(
        _ id: String, _ type: ApplicantType = .naturalPerson, receivedOn: CivilDate, events: [RequestEvent] = []
    ) throws -> DisclosureRequest {
        try DisclosureRequest(
            id: RecordID(id), agencyID: "test", applicant: applicant(type), channel: .online, content: "2024年度部门预算",
            receivedOn: receivedOn, events: events)
    }

    /// The core builder test's eight requests (counted by hand there).
    static func handCheckedRequests() throws -> [DisclosureRequest] {
        let notice = try FeeNotice(basis: .perVolume(pages: 40))  // pay by 2021-07-01: 20 working days after 06-02
        return [
            try request("a", .naturalPerson, receivedOn: "2020-12-20", events: [RequestEvent(.replied(.granted), on: "2021-01-10")]),
            try request("b", .commercial, receivedOn: "2020-12-28"),
            try request(
                "c", .naturalPerson, receivedOn: "2021-03-01",
                events: [
                    RequestEvent(.correctionRequested(correctionDue: "2021-03-20"), on: "2021-03-02"),
                    RequestEvent(.correctionLapsed, on: "2021-04-01"),
                ]),
            try request("d", .research, receivedOn: "2021-05-05", events: [RequestEvent(.withdrawn, on: "2021-05-06")]),
            try request(
                "e", .legalService, receivedOn: "2021-12-30",
                events: [RequestEvent(.replied(.deniedInternalAffairs), on: "2022-01-05")]),
            try request("f", .other, receivedOn: "2020-06-01", events: [RequestEvent(.replied(.granted), on: "2020-06-20")]),
            try request("g", .socialWelfare, receivedOn: "2022-01-03"),
            try request(
                "h", .naturalPerson, receivedOn: "2021-06-01",
                events: [RequestEvent(.feeNoticeIssued(notice), on: "2021-06-02"), RequestEvent(.feeLapsed(noticeDeliveredOn: nil), on: "2021-07-02")]),
        ]
    }
}
