import Fluent
import GongkaiApp
import GongkaiCore
import Vapor

/// Registering a request that arrived on paper, in person, by fax or e-mail: the officer enters
/// it with its channel and the evidence that fixes its date of receipt (第三十一条).
extension CasePages {
    struct NewRequestInput: Content {
        var channel: String?
        var receivedOn: String?
        var applicantKind: String?
        var name: String?
        var idKind: String?
        var idNumber: String?
        var creditCode: String?
        var contactPerson: String?
        var phone: String?
        var address: String?
        var email: String?
        var content: String?
        var deliveryForm: String?
    }

    static func newRequestForm(_ request: Request) async throws -> View {
        try await renderNewRequest(request, input: NewRequestInput(channel: "letter", receivedOn: request.today.description), problems: nil)
    }

    static func renderNewRequest(_ request: Request, input: NewRequestInput, problems: FormError?) async throws -> View {
        var formInput = RequestFormInput()
        formInput.applicantKind = input.applicantKind ?? "naturalPerson"
        formInput.name = input.name
        formInput.idKind = input.idKind ?? IdentityDocumentKind.residentIDCard.rawValue
        formInput.idNumber = input.idNumber
        formInput.creditCode = input.creditCode
        formInput.contactPerson = input.contactPerson
        formInput.phone = input.phone
        formInput.address = input.address
        formInput.email = input.email
        formInput.content = input.content
        formInput.deliveryForm = input.deliveryForm
        let view = NewRequestView(
            page: request.page(title: "登记申请", section: "queue"), input: input, form: formInput, errors: FieldErrors(problems),
            channels: RequestChannel.allCases.filter { $0 != .online }.map {
                Choice(value: $0.rawValue, label: "\($0.label)（\($0.receiptEvidence.label)）", selected: input.channel == $0.rawValue)
            })
        return try await request.view.render("staff/new-request", view)
    }

    static func createRequest(_ request: Request) async throws -> Response {
        let staff = try request.staff
        let input = try request.content.decode(NewRequestInput.self)
        do {
            let requestID = try await ManualRequests(request.services).register(
                channel: input.channel ?? "", receivedOn: input.receivedOn ?? "", applicant: ApplicantForm(input),
                content: input.content ?? "", deliveryForm: input.deliveryForm ?? "", agencyID: staff.agencyID,
                actor: staff.actor)
            request.webSession.flash("已登记。")
            return request.redirect(to: SiteURL.staffCase(.value(requestID)).path)
        } catch let error as FormError {
            return try await renderNewRequest(request, input: input, problems: error).encodeResponse(status: .unprocessableEntity, for: request)
        }
    }
}

extension ApplicantForm {
    init(_ input: CasePages.NewRequestInput) {
        self.init()
        applicantKind = input.applicantKind ?? ""
        name = input.name ?? ""
        idKind = input.idKind ?? ""
        idNumber = input.idNumber ?? ""
        creditCode = input.creditCode ?? ""
        contactPerson = input.contactPerson ?? ""
        phone = input.phone ?? ""
        address = input.address ?? ""
        email = input.email ?? ""
    }
}

struct NewRequestView: Encodable {
    let page: PageContext
    let input: CasePages.NewRequestInput
    let form: RequestFormInput
    let errors: FieldErrors
    let channels: [Choice]

    var applicantKinds: [Choice] {
        [Choice(value: "naturalPerson", label: "自然人", selected: form.applicantKind == "naturalPerson")]
            + OrganizationKind.allCases.map {
                Choice(value: $0.rawValue, label: "法人或其他组织：\($0.label)", selected: form.applicantKind == $0.rawValue)
            }
    }

    var idKinds: [Choice] {
        IdentityDocumentKind.allCases.map { Choice(value: $0.rawValue, label: $0.label, selected: form.idKind == $0.rawValue) }
    }

    var deliveryForms: [Choice] {
        DeliveryForm.allCases.map { Choice(value: $0.rawValue, label: $0.label, selected: form.deliveryForm == $0.rawValue) }
    }

    enum CodingKeys: String, CodingKey { case page, input, form, errors, channels, applicantKinds, idKinds, deliveryForms }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(page, forKey: .page)
        try container.encode(input, forKey: .input)
        try container.encode(form, forKey: .form)
        try container.encode(errors, forKey: .errors)
        try container.encode(channels, forKey: .channels)
        try container.encode(applicantKinds, forKey: .applicantKinds)
        try container.encode(idKinds, forKey: .idKinds)
        try container.encode(deliveryForms, forKey: .deliveryForms)
    }
}
