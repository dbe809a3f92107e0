import Fluent
import GongkaiApp
import GongkaiCore
import Vapor

/// The published annual reports on the portal: the newest version of an agency's report on a
/// year (the core's HTML renderer inside the site's page), its earlier versions with their
/// 更正说明, and the Word, PDF and JSON downloads. Snapshots never change, so a version's page
/// and files carry a strong ETag from its content hash.
enum AnnualReportPortalPages {
    static func register(_ routes: PortalRoutes) {
        routes.get(.annualReport(.key, .key), use: show)
        routes.get(.annualReportFile(.key, .key, .key), use: download)
    }

    struct PageView: Encodable {
        let page: PageContext
        let agencyName: String
        let agencyURL: String
        let year: Int
        let current: PublishedVersionView
        let isNewest: Bool
        let newestURL: String
        let versions: [PublishedVersionView]
        let jsonURL: String
        /// The core renderer's fragment: every text in it is escaped by the renderer.
        let reportHTML: String
    }

    /// The agency, year and version asked for (the newest unless `?version=`), or 404.
    static func load(_ request: Request) async throws -> (AgencyModel, PublishedReportModel, [PublishedReportModel]) {
        let agencyID = try request.id("agencyID")
        guard let year = request.parameters.get("year", as: Int.self), (2008...2100).contains(year),
              let agency = try await AgencyModel.find(agencyID, on: request.db)
        else { throw Abort(.notFound) }
        let versions = try await PublishedReports(request.services).versions(agencyID: agencyID, year: year)
        let wanted = request.url.query == nil ? nil : request.query[Int.self, at: "version"]
        let chosen = wanted == nil ? versions.first : versions.first { $0.version == wanted }
        guard let chosen else { throw Abort(.notFound) }
        return (agency, chosen, versions)
    }

    static func etag(_ model: PublishedReportModel, _ kind: String) -> String { "\"\(kind)-\(model.contentHash.prefix(32))\"" }

    static func show(_ request: Request) async throws -> Response {
        let (agency, model, versions) = try await load(request)
        let tag = etag(model, "page-v\(model.version)-of-\(versions.first?.version ?? 0)")
        if request.headers.first(name: .ifNoneMatch) == tag { return notModified(tag) }
        let agencyID = try agency.requireID()
        let newest = versions.first?.version ?? model.version
        let report = try PublishedReports.report(of: model)
        let view = PageView(
            page: request.page(title: "\(agency.name)\(model.year)年政府信息公开工作年度报告", section: "home"), agencyName: agency.name,
            agencyURL: SiteURL.agency(.value(agencyID)).path, year: model.year,
            current: PublishedVersionView(model, newest: newest, agencyID: agencyID), isNewest: model.version == newest,
            newestURL: SiteURL.annualReport(.value(agencyID), .value(model.year)).path,
            versions: versions.map { PublishedVersionView($0, newest: newest, agencyID: agencyID) },
            jsonURL: SiteURL.annualReportFile(.value(agencyID), .value(model.year), .value("json")).path
                + (model.version == newest ? "" : "?version=\(model.version)"),
            reportHTML: HTMLRenderer.fragment(report))
        let response = try await request.view.render("portal/annual-report", view).encodeResponse(for: request)
        response.headers.replaceOrAdd(name: .eTag, value: tag)
        response.headers.replaceOrAdd(name: .cacheControl, value: "no-cache")
        return response
    }

    static func download(_ request: Request) async throws -> Response {
        let (agency, model, _) = try await load(request)
        let format = request.parameters.get("format") ?? ""
        let types = [
            "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "pdf": "application/pdf",
            "json": "application/json; charset=utf-8",
        ]
        guard let type = types[format] else { throw Abort(.notFound) }
        let tag = etag(model, format)
        if request.headers.first(name: .ifNoneMatch) == tag { return notModified(tag) }
        let body: Data
        switch format {
        case "docx": body = model.docx
        case "json": body = Data((model.reportJSON + "\n").utf8)
        default:
            do {
                body = try await PublishedReports(request.services).pdf(of: model)
            } catch let error as RenderError {
                throw PDFUnavailable(reason: error.description)
            }
        }
        let response = Response(status: .ok, body: .init(data: body))
        response.headers.replaceOrAdd(name: .contentType, value: type)
        response.headers.replaceOrAdd(name: .eTag, value: tag)
        let name = "\(agency.name)\(model.year)年政府信息公开工作年度报告（第\(model.version)版）.\(format)"
        response.headers.replaceOrAdd(
            name: .contentDisposition,
            value: "attachment; filename*=UTF-8''" + (name.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "report"))
        return response
    }

    static func notModified(_ tag: String) -> Response {
        let response = Response(status: .notModified)
        response.headers.replaceOrAdd(name: .eTag, value: tag)
        return response
    }

    /// The PDF cannot be made on this server (LibreOffice missing or failing); Word still can.
    struct PDFUnavailable: CategorizedError {
        let reason: String
        var category: ErrorCategory { .storageUnavailable }
        var userMessage: String { "PDF 版本暂时无法生成（\(reason)），请下载 Word（DOCX）版本，内容相同。" }
    }
}
