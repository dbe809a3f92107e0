import Fluent
import GongkaiApp
import GongkaiCore
import Vapor

/// The agency's annual report computed from its records: tables 2–4 as the official template
/// lays them out, every number a link to the records counted in it, and downloads.
enum ReportPages {
    static func register(_ staff: StaffRoutes) {
        staff.get(.staffReport(.key), roles: .anyStaff, use: show)
        ReportSectionPages.register(staff)
    }

    static func show(_ request: Request) async throws -> Response {
        let staff = try request.staff
        guard let year = request.parameters.get("year", as: Int.self), (2008...2100).contains(year) else {
            throw Abort(.notFound)
        }
        guard let agency = try await AgencyModel.find(staff.agencyID, on: request.db) else { throw Abort(.notFound) }
        let service = ReportService(request.services)
        let annual = try await service.annualReport(for: agency, year: year)
        if let format = request.query[String.self, at: "format"] {
            return try download(annual.report, format: format, agency: agency.name, year: year)
        }
        var explanation: ReportView.Explanation?
        if let cell = request.query[String.self, at: "cell"] {
            let location = try CellLocation(cell, template: annual.template)
            let explained = try await service.explain(location, in: annual)
            let numbers = explained.records.map(\.id)
            let rows = try await RequestModel.query(on: request.db).filter(\.$agency.$id == staff.agencyID)
                .filter(\.$caseNumber ~~ numbers).field(\.$id).field(\.$caseNumber).all()
            let links = Dictionary(rows.map { ($0.caseNumber, SiteURL.staffCase(.value($0.id!)).path) }, uniquingKeysWith: { a, _ in a })
            explanation = ReportView.Explanation(
                cell: location.description, label: location.label, value: explained.value?.description ?? "（空）",
                records: explained.records.map { ReportView.Record(id: $0.id, detail: $0.detail, url: links[$0.id]) })
        }
        var view = ReportView(
            page: request.page(title: "\(year)年度报告（\(agency.name)）", section: "report"), agency: agency.name, year: year,
            template: annual.template, report: annual.report, selected: explanation, today: request.today)
        let published = try await CatalogueListing(request.services).publishedInYear(agencyID: staff.agencyID, year: year)
        view.proactive = ReportView.Proactive(
            total: published.total, byGenre: published.byGenre.map { "\($0.value) \($0.count) 条" }.joined(separator: "、"),
            catalogueURL: SiteURL.staffCatalogue.path)
        view.findings = FindingsPanel(try await AnnualReportDraft.build(agencyID: staff.agencyID, year: year, in: request.services).findings)
        view.publishURL = SiteURL.staffReportWorkflow(.value(year)).path
        return try await request.view.render("staff/report", view).encodeResponse(for: request)
    }

    static func download(_ report: Report, format text: String, agency: String, year: Int) throws -> Response {
        guard let format = OutputFormat(rawValue: text), [.docx, .xlsx, .json, .csv].contains(format) else {
            throw Abort(.notFound)
        }
        let bytes = try ReportRenderer().render(report, as: format)
        let response = Response(status: .ok, body: .init(data: Data(bytes)))
        let types: [OutputFormat: String] = [
            .docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            .xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            .json: "application/json; charset=utf-8", .csv: "text/csv; charset=utf-8",
        ]
        response.headers.replaceOrAdd(name: .contentType, value: types[format] ?? "application/octet-stream")
        let name = "\(agency)\(year)年度政府信息公开工作年度报告（表格）.\(format.rawValue)"
        response.headers.replaceOrAdd(
            name: .contentDisposition,
            value: "attachment; filename*=UTF-8''" + (name.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "report"))
        return response
    }
}

/// The report page.
struct ReportView: Encodable {
    struct Cell: Encodable {
        let text: String
        let header: Bool
        let colspan: Int
        let rowspan: Int
        let path: String?
        let url: String?
        let selected: Bool
        /// "col" for column headers, "row" for row labels.
        let scope: String
    }

    struct Table: Encodable {
        let title: String
        let rows: [[Cell]]
    }

    struct Record: Encodable {
        let id: String
        let detail: String
        let url: String?
    }

    struct Explanation: Encodable {
        let cell: String
        let label: String
        let value: String
        let records: [Record]
    }

    struct Link: Encodable {
        let label: String
        let url: String
    }

    let page: PageContext
    let agency: String
    let year: Int
    let templateName: String
    let tables: [Table]
    let selected: Explanation?
    let downloads: [Link]
    let years: [Link]
    let isProvisional: Bool
    let sectionsURL: String
    /// Section 一's 主动公开 figure from the catalogue.
    var proactive: Proactive?
    /// The auditor's findings on the whole draft (tables and the sections' text).
    var findings: FindingsPanel?
    /// The workflow page (审核、签发与发布).
    var publishURL: String?

    struct Proactive: Encodable {
        let total: Int
        let byGenre: String
        let catalogueURL: String
    }

    init(page: PageContext, agency: String, year: Int, template: TemplateVersion, report: Report, selected: Explanation?, today: CivilDate) {
        self.page = page
        self.agency = agency
        self.year = year
        templateName = template.displayName
        self.selected = selected
        let base = SiteURL.staffReport(.value(year)).path
        let titles: [TableID: String] = [
            .proactive: "表二 主动公开政府信息情况", .requests: "表三 收到和处理政府信息公开申请情况",
            .review: "表四 政府信息公开行政复议、行政诉讼情况",
        ]
        tables = [TableID.proactive, .requests, .review].compactMap { id in
            guard let table = report[table: id] else { return nil }
            let grid = TableGrid(table)
            let rows = grid.rows.map { row in
                row.filter { !$0.continuesMerge }.map { cell -> Cell in
                    if case .value(let rowKey, let column) = cell.role {
                        let path = CellAddress(id, rowKey, column).description
                        return Cell(
                            text: cell.text, header: false, colspan: cell.columnSpan, rowspan: cell.rowSpan, path: path,
                            url: base + "?cell=" + (path.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? path) + "#explain",
                            selected: selected?.cell == path, scope: "")
                    }
                    let scope = if case .label = cell.role { "row" } else { "col" }
                    return Cell(
                        text: cell.text, header: true, colspan: cell.columnSpan, rowspan: cell.rowSpan, path: nil, url: nil,
                        selected: false, scope: scope)
                }
            }
            return Table(title: titles[id] ?? id.rawValue, rows: rows)
        }
        downloads = [("Word", "docx"), ("Excel", "xlsx"), ("JSON", "json"), ("CSV", "csv")].map {
            Link(label: $0.0, url: base + "?format=\($0.1)")
        }
        years = (max(2019, today.year - 4)...today.year).reversed().map { Link(label: "\($0)年", url: SiteURL.staffReport(.value($0)).path) }
        isProvisional = year >= today.year
        sectionsURL = SiteURL.staffReportSections(.value(year)).path
    }
}
