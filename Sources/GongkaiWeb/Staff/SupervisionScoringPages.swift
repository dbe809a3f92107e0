import Fluent
import GongkaiApp
import GongkaiCore
import Vapor

/// The scoring scheme of the office's region (评分方案): each part's points and deductions, set by
/// the region's 督办, used by the ranking, the charts and the XLSX export of its board and of the
/// boards of the regions below that set none.
enum SupervisionScoringPages {
    static func register(_ staff: StaffRoutes) {
        staff.get(.staffSupervisionScoring, roles: [.supervisor]) { request in try await show(request) }
        staff.post(.staffSupervisionScoring, roles: [.supervisor], use: save)
    }

    static func show(_ request: Request, errors: FormError? = nil, entered: [String: String]? = nil) async throws -> Response {
        let scope = try await SupervisionPages.scope(request)
        let effective = try await ScoringSchemes(request.services).effective(for: scope)
        let view = SupervisionScoringView(
            page: request.page(title: "评分方案", section: "supervision", forms: true), scope: scope, effective: effective,
            entered: entered, errors: FieldErrors(errors))
        return try await request.view.render("supervision/scoring", view)
            .encodeResponse(status: errors == nil ? .ok : .unprocessableEntity, for: request)
    }

    static func save(_ request: Request) async throws -> Response {
        let staff = try request.staff
        let scope = try await SupervisionPages.scope(request)
        let form = try request.content.decode([String: String].self)
        if form["reset"] != nil {
            try await ScoringSchemes(request.services).reset(region: scope, actor: staff.actor, agencyID: staff.agencyID)
            request.webSession.flash("已恢复默认评分方案（或沿用上级地区的方案）")
            return request.redirect(to: SiteURL.staffSupervisionScoring.path)
        }
        do {
            let scheme = try await ScoringSchemes(request.services).save(form, region: scope, actor: staff.actor, agencyID: staff.agencyID)
            request.webSession.flash("评分方案已保存，满分 \(ScoringScheme.format(scheme.maximum)) 分；排名和导出按新方案计算")
            return request.redirect(to: SiteURL.staffSupervisionScoring.path)
        } catch let error as FormError {
            return try await show(request, errors: error, entered: form)
        }
    }
}

/// The scoring scheme page.
struct SupervisionScoringView: Encodable {
    struct Field: Encodable {
        let key: String
        let label: String
        let value: String
        let defaultValue: String
        let hint: String
        let error: String?
    }

    let page: PageContext
    let region: String
    /// Where the scheme in force comes from.
    let source: String
    let maximum: String
    let fields: [Field]
    let actionURL: String
    let boardURL: String
    let ownScheme: Bool
    let errors: FieldErrors

    init(page: PageContext, scope: RegionModel, effective: ScoringSchemes.Effective, entered: [String: String]?, errors: FieldErrors) {
        self.page = page
        region = scope.path.replacingOccurrences(of: "/", with: " › ")
        ownScheme = effective.setBy?.id == scope.id
        source =
            if let owner = effective.setBy {
                owner.id == scope.id
                    ? "本地区的方案（\(effective.updatedBy ?? "")修改）"
                    : "沿用上级地区“\(owner.name)”的方案"
            } else {
                "默认方案"
            }
        maximum = ScoringScheme.format(effective.scheme.maximum)
        let defaults = Dictionary(uniqueKeysWithValues: ScoringScheme.standard.settings.map { ($0.key, $0.value) })
        fields = effective.scheme.settings.map { setting in
            Field(
                key: setting.key, label: setting.label, value: entered?[setting.key] ?? ScoringScheme.format(setting.value),
                defaultValue: ScoringScheme.format(defaults[setting.key] ?? 0),
                hint: setting.isShare ? "0 到 1 之间的比例" : "分", error: errors.messages[setting.key])
        }
        actionURL = SiteURL.staffSupervisionScoring.path
        boardURL = SiteURL.staffSupervision.path
        self.errors = errors
    }
}
