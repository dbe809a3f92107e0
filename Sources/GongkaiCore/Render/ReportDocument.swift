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

    /// How amounts (万元) are written in their cells.
    public enum AmountNotation: Sendable, Hashable, CaseIterable {
        /// The number alone, as the template's column heading gives the unit: "3766.32".
        case plain
        /// With the unit after a space: "3766.32 万元".
        case wanSpaced
        /// With 万 after the number: "3766.32万".
        case wan
        /// In 元, with thousands separators: "37,663,200 元" (read back as 3766.32 万元).
        case yuan

        func text(_ cell: Cell) -> String {
            switch self {
            case .plain: cell.description
            case .wanSpaced: "\(cell.description) 万元"
            case .wan: "\(cell.description)万"
            case .yuan: "\(Self.grouped((cell.decimalValue * 10000).plainString)) 元"
            }
        }

        /// "37663200" as "37,663,200" (a fraction stays as it is).
        private static func grouped(_ number: String) -> String {
            let parts = number.split(separator: ".", maxSplits: 1)
            var whole = Array(parts[0])
            var index = whole.count - 3
            while index > 0, whole[index - 1].isNumber {
                whole.insert(",", at: index)
                index -= 3
            }
            return String(whole) + (parts.count > 1 ? "." + parts[1] : "")
        }
    }

    public init(_ report: Report, amounts: AmountNotation = .plain) {
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
                table: table.map { Self.grid($0, amounts: amounts) },
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
                    table: Self.grid(values, amounts: amounts), tableNote: report.tableNotes[table]),
                at: insertAt)
        }
    }

    /// The official grid of `table`, its amounts written in `amounts`.
    private static func grid(_ table: ReportTable, amounts: AmountNotation) -> TableGrid {
        var grid = TableGrid(table)
        guard amounts != .plain else { return grid }
        for rowIndex in grid.rows.indices {
            for cellIndex in grid.rows[rowIndex].indices {
                guard case .value(let key, let column) = grid.rows[rowIndex][cellIndex].role,
                    table.layout.row(key)?.columns[column].kind == .amount, let value = table[key, column]
                else { continue }
                grid.rows[rowIndex][cellIndex].text = amounts.text(value)
            }
        }
        return grid
    }
}
