import Fluent
import GongkaiApp
import GongkaiCore
import Vapor

/// The supervising office's board (督办): a report year's collection status of every agency of
/// its region and the regions below, uploads of reports (one file or a .zip) checked in
/// background jobs, the confirmation of uncertain matches, the ranking, the region's sums and
/// the parent-versus-children comparisons, charts and the XLSX export. Only 督办 accounts; the
/// scope is always the region of the office's own agency, in every query.
enum SupervisionPages {
    static func register(_ staff: StaffRoutes) {
        let roles: Set<StaffRole> = [.supervisor]
        staff.get(.staffSupervision, roles: roles) { request in
            try await board(request, year: defaultYear(request))
        }
        staff.get(.staffSupervisionYear(.key), roles: roles) { request in try await board(request, year: year(request)) }
        staff.post(.staffSupervisionUploads(.key), roles: roles, body: .collect(maxSize: ByteCount(value: uploadLimit(staff.app))), use: upload)
        staff.get(.staffSupervisionConfirm(.key), roles: roles, use: confirmation)
        staff.post(.staffSupervisionConfirm(.key), roles: roles, use: confirm)
        staff.get(.staffSupervisionExport(.key), roles: roles, use: export)
        staff.get(.staffSupervisionChart(.key, .key), roles: roles, use: chart)
        SupervisionRosterPages.register(staff, roles: roles)
    }

    static func uploadLimit(_ app: Application) -> Int { app.platform.settings.supervisionUploadBytes }

    /// The year whose reports are being collected: last year's (they are due in January and March).
    static func defaultYear(_ request: Request) -> Int { request.today.year - 1 }

    static func year(_ request: Request) throws -> Int {
        guard let year = request.parameters.get("year", as: Int.self), (2008...2100).contains(year) else { throw Abort(.notFound) }
        return year
    }

    /// The office's region (its agency's), or a page saying it has none.
    static func scope(_ request: Request) async throws -> RegionModel {
        try await RegionDirectory(request.services).region(ofAgency: try request.staff.agencyID)
    }

    static func drawn(_ request: Request, year: Int) async throws -> SupervisionBoardService.Drawn {
        try await SupervisionBoardService(request.services).board(scope: try await scope(request), year: year, asOf: request.today)
    }

    static func board(_ request: Request, year: Int, errors: FormError? = nil) async throws -> Response {
        // While checks run, the page shows their progress and reloads itself; the board (every
        // stored result read and placed) is drawn once they are done, not on every reload.
        let scope = try await scope(request)
        let progress = try await SupervisionBoardService(request.services).progress(scope: scope)
        if progress.isRunning, errors == nil {
            var page = request.page(title: "\(year)年度报告报送与检查", section: "supervision")
            page.refresh = 3
            let view = SupervisionProgressView(
                page: page, year: year, done: progress.done, total: progress.total,
                percent: progress.total == 0 ? 0 : progress.done * 100 / progress.total)
            return try await request.view.render("supervision/progress", view).encodeResponse(for: request)
        }
        let drawn = try await SupervisionBoardService(request.services).board(scope: scope, year: year, asOf: request.today)
        let page = request.page(title: "\(year)年度报告报送与检查", section: "supervision", forms: true)
        let view = SupervisionBoardView(page: page, drawn: drawn, year: year, errors: FieldErrors(errors))
        return try await request.view.render("supervision/board", view)
            .encodeResponse(status: errors == nil ? .ok : .unprocessableEntity, for: request)
    }

    struct UploadInput: Content {
        var files: [File]?
    }

    static func upload(_ request: Request) async throws -> Response {
        let staff = try request.staff
        let year = try year(request)
        let scope = try await scope(request)
        let files = (try? request.content.decode(UploadInput.self).files) ?? []
        let chosen = files.filter { $0.data.readableBytes > 0 }
        do {
            guard !chosen.isEmpty else {
                throw FormError([FieldProblem(field: "file", message: "请选择要上传的年度报告文件或 .zip 压缩包")])
            }
            var queued = 0
            var unreadable = 0
            var notes: [String] = []
            for file in chosen {
                let stored = try await SupervisionUploads(request.services).store(
                    fileName: file.filename, bytes: Array(file.data.readableBytesView), year: year, scope: scope,
                    actor: staff.actor, agencyID: staff.agencyID)
                queued += stored.queued
                unreadable += stored.unreadable
                notes += stored.notes
            }
            var notice = "已接收\(queued + unreadable)份报告文件，正在后台逐份检查，本页会自动刷新显示进度"
            if unreadable > 0 { notice += "；其中\(unreadable)份无法解压，已列入“无法读取”" }
            if !notes.isEmpty { notice += "。" + notes.joined(separator: "；") }
            request.webSession.flash(notice)
            return request.redirect(to: SiteURL.staffSupervisionYear(.value(year)).path)
        } catch let error as FormError {
            return try await board(request, year: year, errors: error)
        }
    }

    static func export(_ request: Request) async throws -> Response {
        let year = try year(request)
        let drawn = try await drawn(request, year: year)
        let bytes = try drawn.board.workbook()
        let response = Response(status: .ok, body: .init(data: Data(bytes)))
        response.headers.replaceOrAdd(name: .contentType, value: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
        let name = "\(drawn.board.region?.name ?? "")\(year)年度报告报送与检查汇总.xlsx"
        response.headers.replaceOrAdd(
            name: .contentDisposition,
            value: "attachment; filename*=UTF-8''" + (name.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "board.xlsx"))
        return response
    }

    /// The charts by their names in links.
    static let charts: [String: (title: String, svg: @Sendable (BoardCharts) -> String)] = [
        "results": ("各机关申请办理结果", { $0.requestsByResult }),
        "trend": ("历年趋势", { $0.trend }),
        "errors": ("错误按规则统计", { $0.errorsByRule }),
    ]

    static func chart(_ request: Request) async throws -> Response {
        let year = try year(request)
        guard let name = request.parameters.get("chart"), let chart = charts[name] else { throw Abort(.notFound) }
        let drawn = try await drawn(request, year: year)
        let response = Response(status: .ok, body: .init(string: chart.svg(drawn.board.charts())))
        response.headers.replaceOrAdd(name: .contentType, value: "image/svg+xml; charset=utf-8")
        return response
    }
}
