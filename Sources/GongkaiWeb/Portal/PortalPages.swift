import Fluent
import GongkaiApp
import GongkaiCore
import Vapor

/// The public portal: the region's agencies, each agency's page for requests, the request
/// form and its receipt, and following a request with its 申请编号 and 查询码.
enum PortalPages {
    static func register(_ routes: PortalRoutes, withSession: PortalRoutes) {
        routes.get(.home, use: home)
        // Liveness for load balancers; also the hello-world baseline of the benchmarks.
        routes.get(.health) { _ in "ok" }
        routes.get(.agency(.key), use: agency)
        routes.get(.apply(.key), use: applyForm)
        routes.post(.apply(.key), use: submit)
        StatusPages.register(withSession)
    }

    // MARK: Home and agency

    static func home(_ request: Request) async throws -> Response {
        let version = try await request.changeVersion(ChangeVersions.site)
        return try await request.cachedPage(key: "home", version: version, isPublic: true) {
            let agencies = try await AgencyModel.query(on: request.db).sort(\.$name).all()
            let context = HomeView(
                page: request.page(title: "首页", section: "home"),
                regions: HomeView.group(agencies.map { (id: $0.id!, name: $0.name, region: $0.region ?? "其他") }))
            return try await request.view.render("portal/home", context)
        }
    }

    static func agency(_ request: Request) async throws -> Response {
        let id = try request.id("agencyID")
        let version = try await request.changeVersion(ChangeVersions.agency(id))
        return try await request.cachedPage(key: "agency|\(id)", version: version, isPublic: true) {
            let (agency, profile) = try await loadAgency(request)
            var view = AgencyView(page: request.page(title: agency.name, section: "home"), agency: .init(agency, profile))
            view.annualReports = try await AnnualReportLink.list(request, agencyID: id)
            return try await request.view.render("portal/agency", view)
        }
    }

    static func loadAgency(_ request: Request) async throws -> (AgencyModel, AgencyProfileModel?) {
        let id = try request.id("agencyID")
        guard let agency = try await AgencyModel.find(id, on: request.db) else { throw Abort(.notFound) }
        let profile = try await AgencyProfileModel.query(on: request.db).filter(\.$agency.$id == id).first()
        return (agency, profile)
    }

    // MARK: The request form

    static func applyForm(_ request: Request) async throws -> View {
        let (agency, profile) = try await loadAgency(request)
        return try await renderForm(request, agency: agency, profile: profile, input: RequestFormInput(), problems: nil)
    }

    static func renderForm(
        _ request: Request, agency: AgencyModel, profile: AgencyProfileModel?, input: RequestFormInput, problems: FormError?
    ) async throws -> View {
        let view = RequestFormView(
            page: request.page(title: "申请公开政府信息 - \(agency.name)", section: "home", forms: true),
            agency: .init(agency, profile), input: input.redisplayed, errors: FieldErrors(problems),
            submissionKey: WebSessionStore.randomToken(bytes: 24), maxMegabytes: request.application.platform.settings.uploads.maximumBytes >> 20,
            maxFiles: request.application.platform.settings.uploads.maximumFiles)
        return try await request.view.render("portal/apply", view)
    }

    static func submit(_ request: Request) async throws -> Response {
        let (agency, profile) = try await loadAgency(request)
        let input = try request.content.decode(RequestFormInput.self)
        do {
            try await request.enforce(request.application.platform.settings.limits.requestForm)
            let receipt = try await PortalService(request.services, uploads: request.application.platform.settings.uploads)
                .submit(input.submissionForm, to: agency)
            let view = ReceiptView(
                page: request.page(title: "申请已提交", section: "home"), receipt: .init(receipt),
                statusURL: SiteURL.statusLookup.path)
            return try await request.view.render("portal/receipt", view).encodeResponse(for: request)
        } catch let error as FormError {
            let view = try await renderForm(request, agency: agency, profile: profile, input: input, problems: error)
            return try await view.encodeResponse(status: .unprocessableEntity, for: request)
        }
    }
}

/// The request form as posted.
struct RequestFormInput: Content {
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
    var submissionKey: String?
    var files: [File]?

    /// The values to show again on the form (files are never sent back).
    var redisplayed: RequestFormInput {
        var copy = self
        copy.files = nil
        if copy.applicantKind == nil { copy.applicantKind = "naturalPerson" }
        if copy.idKind == nil { copy.idKind = IdentityDocumentKind.residentIDCard.rawValue }
        return copy
    }

    var submissionForm: PortalService.SubmissionForm {
        var form = PortalService.SubmissionForm()
        form.applicant.applicantKind = applicantKind ?? ""
        form.applicant.name = name ?? ""
        form.applicant.idKind = idKind ?? ""
        form.applicant.idNumber = idNumber ?? ""
        form.applicant.creditCode = creditCode ?? ""
        form.applicant.contactPerson = contactPerson ?? ""
        form.applicant.phone = phone ?? ""
        form.applicant.address = address ?? ""
        form.applicant.email = email ?? ""
        form.content = content ?? ""
        form.deliveryForm = deliveryForm ?? ""
        form.submissionKey = submissionKey ?? ""
        form.files = Self.uploads(files)
        return form
    }

    /// The files actually chosen (an empty file input posts an empty part).
    static func uploads(_ files: [File]?) -> [(name: String, bytes: Data)] {
        (files ?? []).compactMap { file in
            guard file.data.readableBytes > 0 || !file.filename.isEmpty else { return nil }
            return (file.filename, Data(buffer: file.data))
        }
    }
}
