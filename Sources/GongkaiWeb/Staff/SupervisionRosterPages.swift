import Fluent
import GongkaiApp
import GongkaiCore
import Vapor

/// The office's regions and roster (名册): the regions below its own, the agencies expected to
/// report, a CSV import in the format of `gongkai collect --agencies`.
enum SupervisionRosterPages {
    static func register(_ staff: StaffRoutes, roles: Set<StaffRole>) {
        staff.get(.staffSupervisionRoster, roles: roles) { request in try await roster(request) }
        staff.post(.staffSupervisionRoster, roles: roles, use: importRoster)
        staff.post(.staffSupervisionRegions, roles: roles, use: addRegion)
    }

    static func roster(_ request: Request, errors: FormError? = nil) async throws -> Response {
        let scope = try await SupervisionPages.scope(request)
        let directory = RegionDirectory(request.services)
        let regions = try await directory.regions(within: scope)
        let agencies = try await directory.agencies(in: regions)
        let view = SupervisionRosterView(
            page: request.page(title: "地区与名册", section: "roster", forms: true), scope: scope, regions: regions,
            agencies: agencies, errors: FieldErrors(errors))
        return try await request.view.render("supervision/roster", view)
            .encodeResponse(status: errors == nil ? .ok : .unprocessableEntity, for: request)
    }

    struct ImportInput: Content {
        var file: File?
    }

    static func importRoster(_ request: Request) async throws -> Response {
        let staff = try request.staff
        let scope = try await SupervisionPages.scope(request)
        let file = try? request.content.decode(ImportInput.self).file
        do {
            guard let file, file.data.readableBytes > 0 else {
                throw FormError([FieldProblem(field: "file", message: "请选择名册文件（CSV，第一行为表头：机关名称、所属地区、上级地区、类型……）")])
            }
            let summary = try await RosterImport(request.services).run(
                Array(file.data.readableBytesView), file: file.filename, scope: scope, actor: staff.actor, agencyID: staff.agencyID)
            var notice = "名册已导入：新增\(summary.added)个机关，更新\(summary.updated)个，新增地区\(summary.regionsAdded)个"
            if !summary.notes.isEmpty { notice += "。" + summary.notes.joined(separator: "；") }
            request.webSession.flash(notice)
            return request.redirect(to: SiteURL.staffSupervisionRoster.path)
        } catch let error as FormError {
            return try await roster(request, errors: error)
        }
    }

    struct RegionInput: Content {
        var name: String?
        var parent: String?
    }

    static func addRegion(_ request: Request) async throws -> Response {
        let staff = try request.staff
        let scope = try await SupervisionPages.scope(request)
        let input = try request.content.decode(RegionInput.self)
        do {
            let region = try await RegionDirectory(request.services).addRegion(
                name: input.name ?? "", parentID: input.parent.flatMap(UUID.init(uuidString:)), scope: scope, actor: staff.actor,
                agencyID: staff.agencyID)
            request.webSession.flash("已添加地区“\(region.path.replacingOccurrences(of: "/", with: " › "))”")
            return request.redirect(to: SiteURL.staffSupervisionRoster.path)
        } catch let error as FormError {
            return try await roster(request, errors: error)
        }
    }
}
