/// The parts of a report every renderer writes, in order: title, a preamble when the title does
/// not carry the agency or the year, and the six sections with their text and tables.
///
/// Renderers share this so that each writes what the readers read back into the same report.
public struct ReportDocument: Sendable {
    public var title: String
    /// Lines before section 一 that carry what the title lacks (agency, statistics period).
    public var preamble: [String]
    public var sections: [Section]

    public struct Section: Sendable {
        public var number: Int
        /// "一、总体情况": the heading as the report has it, with its official number.
        public var heading: String
        public var paragraphs: [String]
        public var table: TableGrid?
        /// The note printed under the table ("注：…"), from `Report.tableNotes`.
        public var tableNote: String?
    }

    public init(_ report: Report) {
        let agency = report.agency
        title = report.title ?? [agency, report.year.map { "\($0)年" }].compactMap { $0 }.joined() + "政府信息公开工作年度报告"
        preamble = []
        if let agency, MetadataExtractor.agencyInTitle(title) != agency {
            preamble.append("本报告由\(agency)根据《中华人民共和国政府信息公开条例》编制。")
        }
        if let year = report.year, YearText.firstYear(in: title) != year {
            preamble.append("本报告所列数据的统计期限自\(year)年1月1日起至\(year)年12月31日止。")
        }
        sections = report.sections.map { section in
            let table = Templates.section(section.number).table.flatMap { report[table: $0] }
            return Section(
                number: section.number, heading: "\(ChineseNumerals.numeral(section.number))、\(section.heading)",
                paragraphs: section.text.isEmpty ? [] : section.text.components(separatedBy: "\n"),
                table: table.map(TableGrid.init),
                tableNote: Templates.section(section.number).table.flatMap { report.tableNotes[$0] })
        }
        // A table whose section the report lacks still has to be written: under its own heading.
        for table in TableID.allCases where !report.sections.contains(where: { $0.number == table.sectionNumber }) {
            guard let values = report[table: table] else { continue }
            let definition = Templates.section(table.sectionNumber)
            let insertAt = sections.firstIndex { $0.number > table.sectionNumber } ?? sections.count
            sections.insert(
                Section(
                    number: definition.number, heading: definition.numberedHeading, paragraphs: [],
                    table: TableGrid(values), tableNote: report.tableNotes[table]),
                at: insertAt)
        }
    }
}
