import Fluent
import GongkaiApp
import GongkaiCore
import Vapor

extension SupervisionPages {
    /// The files whose agency a person must choose: uncertain and failed matches.
    static func confirmation(_ request: Request) async throws -> Response {
        try await confirmation(request, errors: nil)
    }

    static func confirmation(_ request: Request, errors: FormError?) async throws -> Response {
        let year = try year(request)
        let drawn = try await drawn(request, year: year)
        let view = SupervisionConfirmView(
            page: request.page(title: "确认报告所属机关（\(year)年度）", section: "supervision", forms: true), drawn: drawn, year: year,
            errors: FieldErrors(errors))
        return try await request.view.render("supervision/confirm", view)
            .encodeResponse(status: errors == nil ? .ok : .unprocessableEntity, for: request)
    }

    struct ConfirmInput: Content {
        var file: String?
        var agency: String?
    }

    static func confirm(_ request: Request) async throws -> Response {
        let staff = try request.staff
        let year = try year(request)
        let input = try request.content.decode(ConfirmInput.self)
        guard let fileID = input.file.flatMap(UUID.init(uuidString:)) else { throw Abort(.notFound) }
        do {
            try await SupervisionBoardService(request.services).confirm(
                fileID: fileID, agencyName: input.agency ?? "", scope: try await scope(request), actor: staff.actor,
                agencyID: staff.agencyID)
        } catch let error as FormError {
            return try await confirmation(request, errors: error)
        }
        request.webSession.flash("已确认：该报告计入“\(input.agency ?? "")”")
        return request.redirect(to: SiteURL.staffSupervisionConfirm(.value(year)).path)
    }
}
