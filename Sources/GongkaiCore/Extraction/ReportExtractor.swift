/// Turns a `SourceDocument` into a `Report`: finds the sections by their headings, the three
/// tables by their content, and the title, agency and year in the front matter.
public enum ReportExtractor {
    /// The report in `document`, with the observations the auditor needs.
    /// Throws `.notAReport` when the document has neither section headings nor statutory tables.
    public static func extract(_ document: SourceDocument) throws(ReadError.Reason) -> (Report, [ExtractionNote]) {
        var layout = DocumentLayout()
        for block in document.blocks { layout.add(block) }
        guard !layout.headings.isEmpty || !layout.rowsByTable.isEmpty else { throw .notAReport }

        var notes = layout.headings.map(ExtractionNote.sectionHeading)
        let sections = layout.sections()
        let metadata = MetadataExtractor(
            frontMatter: layout.frontMatter, paragraphs: document.paragraphs,
            overview: sections.first { $0.number == 1 }?.text
        ).extract()
        if let preamble = metadata.preamble { notes.append(.preamble(preamble)) }
        if let year = metadata.titleYear { notes.append(.titleYear(year)) }
        if let year = metadata.periodYear { notes.append(.statisticsPeriodYear(year)) }
        if let date = metadata.signatureDate { notes.append(.signatureDate(date)) }

        let expected = metadata.year.map(TemplateVersion.required(forReportYear:)) ?? .v2021
        var report = Report(template: expected, year: metadata.year, agency: metadata.agency, title: metadata.title)
        report.sections = sections

        let proactive = ProactiveTableExtractor.extract(layout.rowsByTable[.proactive] ?? [], preferring: expected)
        report.proactive = proactive.table
        notes += proactive.notes
        let requests = RequestsTableExtractor.extract(
            layout.rowsByTable[.requests] ?? [], preferring: proactive.evidence ?? expected)
        report.requests = requests.0
        notes += requests.1
        let review = ReviewTableExtractor.extract(layout.rowsByTable[.review] ?? [])
        report.review = review.0
        notes += review.1

        // The template follows table 2's columns; without table 2, table 3's rows tell.
        report.template = proactive.evidence ?? report.requests?.layout.version ?? expected

        for table in TableID.allCases where report[table: table] == nil {
            if let text = sections.first(where: { $0.number == table.sectionNumber })?.text,
                Self.isReplacementText(text)
            {
                notes.append(.tableReplacedByText(table, text: LabelText.trim(text)))
            }
        }
        return (report, notes)
    }

    /// Whether a section's whole text is a short stand-in for its table: "无", "无。", "本年度无此类情况",
    /// "本机关本年度未收到政府信息公开申请".
    static func isReplacementText(_ text: String) -> Bool {
        guard text.utf8.count <= 200 else { return false }
        let normalized = LabelText.normalize(text)
        guard !normalized.isEmpty, normalized.count <= 30 else { return false }
        if normalized.hasPrefix("无") || normalized.hasPrefix("本年度无") || normalized.hasPrefix("本年无") { return true }
        return ["未收到", "未发生", "没有收到", "没有发生", "无此类", "无相关"].contains { normalized.fastContains($0) }
    }
}

/// The document's blocks sorted into front matter, sections and tables.
struct DocumentLayout {
    var frontMatter: [String] = []
    var headings: [SectionHeading] = []
    /// The paragraphs of each section, keyed by section number, in order of appearance.
    private var sectionParagraphs: [(heading: SectionHeading, paragraphs: [String])] = []
    /// The rows of every source table classified as each statutory table, in document order.
    var rowsByTable: [TableID: [[SourceCell]]] = [:]
    private var lastTable: TableID?
    /// The paragraph just before, while no table came between.
    private var previousParagraph: String?

    private var currentSection: Int? { sectionParagraphs.last?.heading.number }

    mutating func add(_ block: SourceBlock) {
        switch block {
        case .paragraph(let text):
            let trimmed = LabelText.trim(text)
            guard !trimmed.isEmpty else { return }
            defer { previousParagraph = trimmed }
            // A heading begins a paragraph: a line that goes on from a sentence broken by hand
            // after "、" or "，" (a preamble listing the sections) is none.
            if let heading = SectionHeading.match(trimmed), !headings.contains(where: { $0.number == heading.number }),
                !(previousParagraph.map(Self.breaksOff) ?? false)
            {
                headings.append(heading)
                sectionParagraphs.append((heading, []))
            } else if sectionParagraphs.isEmpty {
                frontMatter.append(trimmed)
            } else {
                sectionParagraphs[sectionParagraphs.count - 1].paragraphs.append(trimmed)
            }
        case .table(let table):
            guard !table.rows.isEmpty else { return }
            previousParagraph = nil
            let sectionTable = currentSection.flatMap { Templates.section($0).table }
            guard let id = Self.classify(table) ?? sectionTable ?? lastTable else { return }
            rowsByTable[id, default: []] += table.rows
            lastTable = id
        }
    }

    /// Whether `paragraph` stops in the middle of a sentence: after "、", "，" or with a bracket open.
    static func breaksOff(_ paragraph: String) -> Bool {
        if let last = paragraph.last, "、，,；;".contains(last) { return true }
        var depth = 0
        for character in paragraph {
            if character == "（" || character == "(" || character == "《" { depth += 1 }
            if character == "）" || character == ")" || character == "》" { depth -= 1 }
        }
        return depth > 0
    }

    /// The sections with their text; trailing signature lines and page numbers are not text.
    func sections() -> [ReportSection] {
        sectionParagraphs.enumerated().map { offset, entry in
            var paragraphs = entry.paragraphs
            if offset == sectionParagraphs.count - 1 {
                while let last = paragraphs.last, Self.isSignatureOrPageLine(last) { paragraphs.removeLast() }
            }
            return ReportSection(
                number: entry.heading.number, heading: entry.heading.heading,
                text: paragraphs.joined(separator: "\n"))
        }
    }

    /// Which statutory table a source table is, by its labels; `nil` when it has no telling label
    /// (a fragment continued from the previous page).
    static func classify(_ table: SourceTable) -> TableID? {
        // The markers of one table never appear in another, so the first row that shows one
        // decides; most tables tell in their first row or two.
        var text = ""
        for row in table.rows.prefix(40) {
            for cell in row where !cell.text.isEmpty { text += LabelText.normalize(cell.text) }
            if let id = classify(normalizedText: text) { return id }
        }
        return nil
    }

    private static func classify(normalizedText text: String) -> TableID? {
        for marker in ["申请人情况", "勾稽关系", "本年新收", "上年结转", "本年度办理结果", "予以公开", "不予公开"]
        where text.fastContains(marker) {
            return .requests
        }
        if text.fastContains("行政复议") && (text.fastContains("维持") || text.fastContains("审结") || text.fastContains("行政诉讼")) {
            return .review
        }
        for marker in ["第二十条", "信息内容", "本年制发件数", "本年新制作数量", "处理决定数量", "行政许可", "规章"]
        where text.fastContains(marker) {
            return .proactive
        }
        return nil
    }

    /// A closing line that is not section text: a date ("2021年1月29日"), a page number ("1",
    /// "-3-"), or a short agency name signing the report.
    static func isSignatureOrPageLine(_ paragraph: String) -> Bool {
        guard paragraph.utf8.count <= 160 else { return false }
        let text = LabelText.normalize(paragraph)
        guard text.count <= 30 else { return false }
        if text.allSatisfy({ $0.isNumber || $0 == "-" || $0 == "—" || $0 == "第" || $0 == "页" }) { return true }
        if text.hasSuffix("日"), YearText.firstYear(in: text) != nil, text.count <= 16 { return true }
        if !text.fastContains("。"), !text.fastContains("，"), !text.fastContains("："),
            MetadataExtractor.agencySuffixes.contains(where: { text.fastHasSuffix($0) }), text.count <= 24
        {
            return true
        }
        return false
    }
}
