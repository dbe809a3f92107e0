import Foundation
import GongkaiApp
import GongkaiCore

/// The portal's home: agencies grouped by region.
struct HomeView: Encodable {
    struct Region: Encodable {
        let name: String
        let agencies: [Item]
    }

    struct Item: Encodable {
        let name: String
        let url: String
        let applyURL: String
    }

    let page: PageContext
    let regions: [Region]

    static func group(_ agencies: [(id: UUID, name: String, region: String)]) -> [Region] {
        var order: [String] = []
        var byRegion: [String: [Item]] = [:]
        for agency in agencies {
            if byRegion[agency.region] == nil { order.append(agency.region) }
            byRegion[agency.region, default: []].append(
                Item(name: agency.name, url: SiteURL.agency(.value(agency.id)).path, applyURL: SiteURL.apply(.value(agency.id)).path))
        }
        return order.map { Region(name: $0, agencies: byRegion[$0]!) }
    }
}

/// An agency's public details for requests (受理机构).
struct AgencyInfo: Encodable {
    let name: String
    let region: String?
    let acceptingOffice: String?
    let address: String?
    let postcode: String?
    let officeHours: String?
    let phone: String?
    let fax: String?
    let email: String?
    let url: String
    let applyURL: String
    let catalogueURL: String
    let guideURL: String
    let proposalRepliesURL: String

    init(_ agency: AgencyModel, _ profile: AgencyProfileModel?) {
        name = agency.name
        region = agency.region
        func value(_ text: String?) -> String? { text.flatMap { $0.isEmpty ? nil : $0 } }
        acceptingOffice = value(profile?.acceptingOffice)
        address = value(profile?.address)
        postcode = value(profile?.postcode)
        officeHours = value(profile?.officeHours)
        phone = value(profile?.phone)
        fax = value(profile?.fax)
        email = value(profile?.email)
        url = SiteURL.agency(.value(agency.id!)).path
        applyURL = SiteURL.apply(.value(agency.id!)).path
        catalogueURL = SiteURL.catalogue(.value(agency.id!)).path
        guideURL = SiteURL.guide(.value(agency.id!)).path
        proposalRepliesURL = SiteURL.proposalReplies(.value(agency.id!)).path
    }
}

struct AgencyView: Encodable {
    let page: PageContext
    let agency: AgencyInfo
    /// The agency's published annual reports, newest year first.
    var annualReports: [AnnualReportLink] = []
}

/// A choice in a `<select>` or radio group, with its state.
struct Choice: Encodable {
    let value: String
    let label: String
    let selected: Bool
}

/// Field name → problem, for showing each message beside its field.
struct FieldErrors: Encodable {
    let messages: [String: String]
    let summary: [String]

    init(_ error: FormError?) {
        var messages: [String: String] = [:]
        for problem in error?.problems ?? [] where messages[problem.field] == nil { messages[problem.field] = problem.message }
        self.messages = messages
        summary = error?.problems.map(\.message) ?? []
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: DynamicKey.self)
        for (field, message) in messages { try container.encode(message, forKey: DynamicKey(field)) }
        try container.encode(summary, forKey: DynamicKey("summary"))
        try container.encode(!summary.isEmpty, forKey: DynamicKey("any"))
    }
}

struct DynamicKey: CodingKey {
    let stringValue: String
    init(_ string: String) { stringValue = string }
    init?(stringValue: String) { self.stringValue = stringValue }
    var intValue: Int? { nil }
    init?(intValue: Int) { nil }
}

/// The request form.
struct RequestFormView: Encodable {
    let page: PageContext
    let agency: AgencyInfo
    let input: RequestFormInput
    let errors: FieldErrors
    let submissionKey: String
    let maxMegabytes: Int
    let maxFiles: Int

    var applicantKinds: [Choice] {
        [Choice(value: "naturalPerson", label: "自然人", selected: input.applicantKind == "naturalPerson")]
            + OrganizationKind.allCases.map {
                Choice(value: $0.rawValue, label: "法人或其他组织：\($0.label)", selected: input.applicantKind == $0.rawValue)
            }
    }

    var idKinds: [Choice] {
        IdentityDocumentKind.allCases.map { Choice(value: $0.rawValue, label: $0.label, selected: input.idKind == $0.rawValue) }
    }

    var deliveryForms: [Choice] {
        DeliveryForm.allCases.map { Choice(value: $0.rawValue, label: $0.label, selected: input.deliveryForm == $0.rawValue) }
    }

    var isOrganization: Bool { input.applicantKind != "naturalPerson" }

    enum CodingKeys: String, CodingKey {
        case page, agency, input, errors, submissionKey, maxMegabytes, maxFiles, applicantKinds, idKinds, deliveryForms,
            isOrganization
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(page, forKey: .page)
        try container.encode(agency, forKey: .agency)
        try container.encode(input, forKey: .input)
        try container.encode(errors, forKey: .errors)
        try container.encode(submissionKey, forKey: .submissionKey)
        try container.encode(maxMegabytes, forKey: .maxMegabytes)
        try container.encode(maxFiles, forKey: .maxFiles)
        try container.encode(applicantKinds, forKey: .applicantKinds)
        try container.encode(idKinds, forKey: .idKinds)
        try container.encode(deliveryForms, forKey: .deliveryForms)
        try container.encode(isOrganization, forKey: .isOrganization)
    }
}

/// The receipt shown once after submitting.
struct ReceiptView: Encodable {
    struct Receipt: Encodable {
        let agencyName: String
        let caseNumber: String
        let queryCode: String?
        let submittedAt: String
        let content: String
        let deliveryForm: String
        let attachments: [String]

        init(_ receipt: PortalService.Receipt) {
            agencyName = receipt.agencyName
            caseNumber = receipt.caseNumber
            queryCode = receipt.queryCode
            submittedAt = DisplayTime.text(receipt.submittedAt)
            content = receipt.content
            deliveryForm = receipt.deliveryForm.label
            attachments = receipt.attachmentNames
        }
    }

    let page: PageContext
    let receipt: Receipt
    let statusURL: String
}

/// Times shown on pages, in China Standard Time.
enum DisplayTime {
    static func text(_ date: Date) -> String {
        let formatter = DateFormatter()
        formatter.timeZone = CivilDate.chinaTimeZone
        formatter.locale = Locale(identifier: "zh_CN")
        formatter.dateFormat = "yyyy年M月d日 HH:mm"
        return formatter.string(from: date)
    }
}
