import Fluent
import GongkaiApp
import GongkaiCore
import Vapor

/// The region's tables 2–4 summed over its agencies' reports of the year (as on the board and
/// in the XLSX export), each sum a link to the agencies' values behind it; and a stored report
/// file as it was received.
enum SupervisionSumsPages {
    static func register(_ staff: StaffRoutes) {
        staff.get(.staffSupervisionSums(.key), roles: [.supervisor], use: sums)
        staff.get(.staffSupervisionSumCell(.key, .key), roles: [.supervisor], use: cell)
        staff.get(.staffSupervisionFile(.key), roles: [.supervisor], use: file)
    }

    static func sums(_ request: Request) async throws -> View {
        let year = try SupervisionPages.year(request)
        let drawn = try await SupervisionPages.drawn(request, year: year)
        let view = SupervisionSumsView(page: request.page(title: "\(year)年度本地区汇总表", section: "supervision"), board: drawn.board)
        return try await request.view.render("supervision/sums", view)
    }

    static func cell(_ request: Request) async throws -> View {
        let year = try SupervisionPages.year(request)
        let scope = try await SupervisionPages.scope(request)
        let drawn = try await SupervisionBoardService(request.services).board(scope: scope, year: year, asOf: request.today)
        guard let raw = request.parameters.get("cell"), case let text = raw.removingPercentEncoding ?? raw,
            let location = try? CellLocation(String(text.prefix(120)), template: drawn.board.aggregate.template)
        else { throw Abort(.notFound) }
        // Each agency's report file of the year; a link only to files uploaded in this region or below.
        let own = Set(try await RegionDirectory(request.services).regions(within: scope).compactMap(\.id))
        var files: [AgencyID: LabeledLink] = [:]
        for (placement, file) in zip(drawn.board.placements, drawn.files) where placement.role == .current {
            guard let agency = placement.match?.agency, let id = file.id else { continue }
            files[agency] = LabeledLink(label: file.name, url: own.contains(file.regionID) ? SiteURL.staffSupervisionFile(.value(id)).path : "")
        }
        let view = SupervisionCellView(
            page: request.page(title: "\(year)年度汇总单元格明细", section: "supervision"), board: drawn.board, location: location,
            files: files)
        return try await request.view.render("supervision/sum-cell", view)
    }

    static func file(_ request: Request) async throws -> Response {
        let scope = try await SupervisionPages.scope(request)
        let (file, bytes) = try await SupervisionFiles(request.services).original(try request.id("uploadFileID"), scope: scope)
        let response = Response(status: .ok, body: .init(data: Data(bytes)))
        // Served as a download, never rendered: the bytes are whatever was uploaded.
        response.headers.replaceOrAdd(name: .contentType, value: "application/octet-stream")
        let name = (file.name as NSString).lastPathComponent
        response.headers.replaceOrAdd(
            name: .contentDisposition,
            value: "attachment; filename*=UTF-8''" + (name.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "report"))
        response.headers.replaceOrAdd(name: "X-Content-SHA256", value: file.sha256)
        return response
    }
}
