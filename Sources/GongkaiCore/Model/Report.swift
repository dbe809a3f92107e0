/// One annual report (政府信息公开工作年度报告): the model every part of Gongkai shares.
///
/// Its serialized form is the canonical JSON of `report-json.md` (see `Report+CanonicalJSON.swift`).
public struct Report: Sendable, Hashable {
    /// The identifier of the canonical JSON format.
    public static let schema = "gongkai.report/1"

    /// The template the report follows; for a hybrid report, the one of its table 2.
    public var template: TemplateVersion
    /// The year reported on (统计期限), not the year of publication.
    public var year: Int?
    /// The agency as the document names it; `nil` when it cannot be found.
    public var agency: String?
    public var title: String?
    /// The statutory sections present, in document order.
    public var sections: [ReportSection]
    /// Table 2; `nil` when the document has none.
    public var proactive: ReportTable?
    /// Table 3; `nil` when the document has none.
    public var requests: ReportTable?
    /// Table 4; `nil` when the document has none.
    public var review: ReportTable?
    /// The parts whose content was read by OCR from an image (a scanned page), and so may be wrong.
    public var ocr: Set<ReportPart> = []
    /// Notes printed under a table ("注：本表统计…"), such as how a computed table 4 was counted.
    /// Renderers write them; they are not part of the canonical JSON (`gongkai.report/1`).
    public var tableNotes: [TableID: String] = [:]

    public init(
        template: TemplateVersion, year: Int? = nil, agency: String? = nil, title: String? = nil,
        sections: [ReportSection] = [], proactive: ReportTable? = nil, requests: ReportTable? = nil,
        review: ReportTable? = nil
    ) {
        self.template = template
        self.year = year
        self.agency = agency
        self.title = title
        self.sections = sections
        self.proactive = proactive
        self.requests = requests
        self.review = review
    }

    /// The table `id`, or `nil` when the report has none.
    public subscript(table id: TableID) -> ReportTable? {
        get {
            switch id {
            case .proactive: proactive
            case .requests: requests
            case .review: review
            }
        }
        set {
            switch id {
            case .proactive: proactive = newValue
            case .requests: requests = newValue
            case .review: review = newValue
            }
        }
    }

    /// The section numbered `number` (1…6), if present.
    public func section(_ number: Int) -> ReportSection? {
        sections.first { $0.number == number }
    }

    /// An empty report of `template`: the six sections with no text and every table blank.
    public static func skeleton(template: TemplateVersion, year: Int? = nil, agency: String? = nil) -> Report {
        var report = Report(template: template, year: year, agency: agency)
        if let year, let agency { report.title = "\(agency)\(year)年政府信息公开工作年度报告" }
        report.sections = Templates.sections.map { ReportSection(number: $0.number, heading: $0.heading, text: "") }
        for table in TableID.allCases {
            report[table: table] = ReportTable(layout: Templates.layout(table, template))
        }
        return report
    }
}

/// One statutory section: its number (1…6), its heading as written (without the number), its text.
public struct ReportSection: Sendable, Hashable {
    public var number: Int
    public var heading: String
    /// The section's prose, paragraphs separated by "\n"; tables are not part of it.
    public var text: String

    public init(number: Int, heading: String, text: String) {
        self.number = number
        self.heading = heading
        self.text = text
    }
}
