import Fluent
import GongkaiApp
import GongkaiCore
import Vapor

/// The annual-report builder's narrative sections 一、五、六: this year's text beside last
/// year's, the share repeated (TEXT_COPIED's measure) with a warning above its threshold, and the
/// figures the text should state, offered from the records.
enum ReportSectionPages {
    static func register(_ staff: StaffRoutes) {
        staff.get(.staffReportSections(.key), roles: .caseworkers, use: show)
        staff.post(.staffReportSections(.key), roles: [.handler], use: save)
    }

    struct Input: Content {
        var section1: String?
        var section5: String?
        var section6: String?

        var texts: [Int: String] { [1: section1 ?? "", 5: section5 ?? "", 6: section6 ?? ""] }
    }

    struct SectionView: Encodable {
        let number: Int
        let field: String
        let heading: String
        let text: String
        let previous: [String]
        let similarity: String?
        let copied: Bool
        let error: String?
        /// Section 六: the text generated from the records (`SectionSixSuggestion`), offered to insert.
        var suggestion: [String]? = nil
        var prefilled = false
    }

    struct PageView: Encodable {
        let page: PageContext
        let year: Int
        let previousYear: Int
        let sections: [SectionView]
        let figures: [String]
        let reportURL: String
        let canEdit: Bool
        let errors: FieldErrors
    }

    static func year(_ request: Request) throws -> Int {
        guard let year = request.parameters.get("year", as: Int.self), (2008...2100).contains(year) else { throw Abort(.notFound) }
        return year
    }

    static func show(_ request: Request) async throws -> View {
        let staff = try request.staff
        let texts = try await ReportSections(request.services).texts(agencyID: staff.agencyID, year: try year(request))
        return try await render(request, texts: texts, problems: nil)
    }

    static func render(_ request: Request, texts: [Int: String], problems: FormError?) async throws -> View {
        let staff = try request.staff
        let year = try year(request)
        let suggestion = try await SectionSixSuggestion(request.services).draft(agencyID: staff.agencyID, year: year)
        // Section 六 offered filled from the records while unwritten, or on 插入 (not saved until 保存;
        // the similarity stays that of the saved text).
        let prefill = problems == nil && (texts[6] == nil || request.query[String.self, at: "insert"] == "6")
        var shown = texts
        if prefill { shown[6] = [texts[6] ?? "", suggestion.text].filter { !$0.isEmpty }.joined(separator: "\n\n") }
        let previous = try await ReportSections(request.services).texts(agencyID: staff.agencyID, year: year - 1)
        let errors = FieldErrors(problems)
        let sections = ReportSections.editable.map { number in
            let definition = Templates.section(number)
            let text = texts[number] ?? ""
            let similarity = SectionSimilarity(current: text, previous: previous[number] ?? "")
            var view = SectionView(
                number: number, field: "section\(number)", heading: definition.numberedHeading, text: shown[number] ?? "",
                previous: CatalogueText.paragraphs(previous[number] ?? ""), similarity: similarity?.percent,
                copied: similarity?.isCopied ?? false, error: problems?.message(for: "section\(number)"))
            if number == 6 { (view.suggestion, view.prefilled) = (suggestion.paragraphs, prefill) }
            return view
        }
        let published = try await CatalogueListing(request.services).publishedInYear(agencyID: staff.agencyID, year: year)
        var figures = ["本年度通过政府信息公开目录主动公开政府信息 \(published.total) 条"]
        if let agency = try await AgencyModel.find(staff.agencyID, on: request.db) {
            let annual = try await ReportService(request.services).annualReport(for: agency, year: year)
            if let received = annual.report.requests?.integer("newReceived", 6) {
                figures.append("本年新收政府信息公开申请 \(received) 件（表三）")
            }
        }
        let view = PageView(
            page: request.page(title: "\(year)年度报告：第一、五、六部分", section: "report"), year: year, previousYear: year - 1,
            sections: sections, figures: figures, reportURL: SiteURL.staffReport(.value(year)).path, canEdit: staff.has(.handler),
            errors: errors)
        return try await request.view.render("staff/report-sections", view)
    }

    static func save(_ request: Request) async throws -> Response {
        let staff = try request.staff
        let year = try year(request)
        let input = try request.decodeForm(Input.self)
        do {
            try await ReportSections(request.services).save(input.texts, agencyID: staff.agencyID, year: year, actor: staff.actor)
        } catch let error as FormError {
            return try await render(request, texts: input.texts, problems: error).encodeResponse(status: .unprocessableEntity, for: request)
        }
        request.webSession.flash("已保存。与上年文字的重复比例见各部分下方。")
        return request.redirect(to: SiteURL.staffReportSections(.value(year)).path)
    }
}
