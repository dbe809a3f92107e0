import Fluent
import GongkaiApp
import GongkaiCore
import Vapor

/// The administrator's publishing settings: the 政府信息公开指南 (generated from the agency's
/// details, edited, published) and the catalogue's 索引号 scheme and vocabularies.
enum PublishingAdminPages {
    static func register(_ staff: StaffRoutes) {
        staff.get(.staffGuide, roles: [.admin], use: guide)
        staff.post(.staffGuide, roles: [.admin], use: publishGuide)
        staff.get(.staffCatalogueSettings, roles: [.admin], use: settings)
        staff.post(.staffCatalogueSettings, roles: [.admin], use: saveSettings)
    }

    struct GuideInput: Content {
        var body: String?
        /// "regenerate" fills the form from the agency's details again instead of publishing.
        var action: String?
    }

    struct GuideView: Encodable {
        let page: PageContext
        let body: String
        let updatedOn: String?
        let publicURL: String
        let errors: FieldErrors
        let regenerated: Bool
    }

    static func guide(_ request: Request) async throws -> View {
        let staff = try request.staff
        let service = GuideService(request.services)
        let published = try await service.published(agencyID: staff.agencyID)
        let body: String
        if let published { body = published.body } else { body = try await service.generated(agencyID: staff.agencyID) }
        return try await renderGuide(request, body: body, updatedOn: published?.updatedOn, problems: nil, regenerated: false)
    }

    static func renderGuide(_ request: Request, body: String, updatedOn: String?, problems: FormError?, regenerated: Bool) async throws -> View {
        let staff = try request.staff
        let view = GuideView(
            page: request.page(title: "政府信息公开指南", section: "admin"), body: body, updatedOn: updatedOn,
            publicURL: SiteURL.guide(.value(staff.agencyID)).path, errors: FieldErrors(problems), regenerated: regenerated)
        return try await request.view.render("staff/guide", view)
    }

    static func publishGuide(_ request: Request) async throws -> Response {
        let staff = try request.staff
        let input = try request.decodeForm(GuideInput.self)
        let service = GuideService(request.services)
        if input.action == "regenerate" {
            let published = try await service.published(agencyID: staff.agencyID)
            return try await renderGuide(
                request, body: try await service.generated(agencyID: staff.agencyID), updatedOn: published?.updatedOn, problems: nil,
                regenerated: true
            ).encodeResponse(for: request)
        }
        do {
            try await service.publish(input.body, agencyID: staff.agencyID, actor: staff.actor)
        } catch let error as FormError {
            let published = try await service.published(agencyID: staff.agencyID)
            return try await renderGuide(request, body: input.body ?? "", updatedOn: published?.updatedOn, problems: error, regenerated: false)
                .encodeResponse(status: .unprocessableEntity, for: request)
        }
        request.webSession.flash("政府信息公开指南已发布，更新日期为\(request.today.chineseText)。")
        return request.redirect(to: SiteURL.staffGuide.path)
    }

    struct SettingsView: Encodable {
        let page: PageContext
        let input: CatalogueSettings.Input
        let example: String
        let errors: FieldErrors
    }

    static func settings(_ request: Request) async throws -> View {
        let staff = try request.staff
        let current = try await CatalogueSettings(request.services).current(agencyID: staff.agencyID)
        var input = CatalogueSettings.Input()
        input.unitCode = current.scheme.unitCode
        input.pattern = current.scheme.pattern
        input.width = current.scheme.width
        input.topics = current.topics.joined(separator: "\n")
        input.genres = current.genres.joined(separator: "\n")
        return try await renderSettings(request, input: input, example: current.scheme.indexNumber(year: request.today.year, sequence: 1), problems: nil)
    }

    static func renderSettings(_ request: Request, input: CatalogueSettings.Input, example: String, problems: FormError?) async throws -> View {
        try await request.view.render(
            "staff/catalogue-settings",
            SettingsView(page: request.page(title: "公开目录设置", section: "admin"), input: input, example: example, errors: FieldErrors(problems)))
    }

    static func saveSettings(_ request: Request) async throws -> Response {
        let staff = try request.staff
        let input = try request.decodeForm(CatalogueSettings.Input.self)
        do {
            try await CatalogueSettings(request.services).save(input, agencyID: staff.agencyID, actor: staff.actor)
        } catch let error as FormError {
            return try await renderSettings(request, input: input, example: "", problems: error).encodeResponse(status: .unprocessableEntity, for: request)
        }
        request.webSession.flash("公开目录设置已保存，新拟稿的条目按新的索引号格式编号。")
        return request.redirect(to: SiteURL.staffCatalogueSettings.path)
    }
}

extension CatalogueSettings.Input: Content {}
