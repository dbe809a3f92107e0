/// Writes worksheets: a statutory table on its official grid (merged header and label cells,
/// numbers as numbers), and the long-format data sheet.
struct XlsxSheetWriter {
    /// A cell to write: its text or number and its format.
    enum Content {
        case text(String)
        case number(String)
        case empty
    }

    private var rows: [Int: [(column: Int, content: Content, format: XlsxParts.Format)]] = [:]
    private var merges: [String] = []
    private var columnWidths: [Double] = []
    /// Heights in points of rows whose wrapped labels need more than one line.
    private var rowHeights: [Int: Double] = [:]
    private var autoFilter: String?
    private var fitToPage = false

    /// "A1"-style reference of zero-based `row`, `column`.
    static func reference(row: Int, column: Int) -> String {
        columnName(column) + String(row + 1)
    }

    /// "A" … "Z", "AA" …
    static func columnName(_ column: Int) -> String {
        var name = ""
        var value = column + 1
        while value > 0 {
            let remainder = (value - 1) % 26
            name = String(UnicodeScalar(UInt8(65 + remainder))) + name
            value = (value - 1) / 26
        }
        return name
    }

    mutating func set(row: Int, column: Int, _ content: Content, format: XlsxParts.Format) {
        rows[row, default: []].append((column, content, format))
    }

    mutating func merge(row: Int, column: Int, rows rowCount: Int, columns columnCount: Int) {
        guard rowCount > 1 || columnCount > 1 else { return }
        merges.append(
            Self.reference(row: row, column: column) + ":"
                + Self.reference(row: row + rowCount - 1, column: column + columnCount - 1))
    }

    // MARK: Sheets

    /// The official grid of a table below the report title and the section heading.
    static func tableSheet(_ grid: TableGrid, title: String, heading: String, note: String? = nil) -> String {
        var sheet = XlsxSheetWriter()
        sheet.fitToPage = true
        let top = 3
        sheet.set(row: 0, column: 0, .text(title), format: .title)
        sheet.merge(row: 0, column: 0, rows: 1, columns: grid.width)
        sheet.set(row: 1, column: 0, .text(heading), format: .heading)
        sheet.merge(row: 1, column: 0, rows: 1, columns: grid.width)
        for (rowOffset, row) in grid.rows.enumerated() {
            var column = 0
            for cell in row {
                let format = Self.format(cell, isCaption: cell.role == .header && cell.columnSpan == grid.width)
                let content: Content =
                    if cell.continuesMerge || cell.text.isEmpty { .empty } else if cell.isValue {
                        .number(cell.text)
                    } else {
                        .text(cell.text)
                    }
                // Every cell of a merged area is written with the format, so borders run round it.
                for covered in 0..<cell.columnSpan {
                    sheet.set(
                        row: top + rowOffset, column: column + covered, covered == 0 ? content : .empty, format: format)
                }
                if !cell.continuesMerge {
                    sheet.merge(row: top + rowOffset, column: column, rows: cell.rowSpan, columns: cell.columnSpan)
                }
                column += cell.columnSpan
            }
        }
        // Twips to Excel character widths (a 7-pixel digit at 96 dpi is 105 twips).
        let widths = DocxTableWriter.columnWidths(grid)
        sheet.columnWidths = widths.map { max(Double($0) / 105, 4) }
        sheet.rowHeights[0] = 24
        for (rowOffset, row) in grid.rows.enumerated() {
            sheet.rowHeights[top + rowOffset] = Self.height(of: row, widths: widths)
        }
        if let note {
            let row = top + grid.rows.count + 1
            sheet.set(row: row, column: 0, .text(note), format: .plain)
            sheet.merge(row: row, column: 0, rows: 1, columns: grid.width)
            sheet.rowHeights[row] = 30
        }
        return sheet.xml()
    }

    /// The long-format records under a header row, with a filter on the header.
    static func dataSheet(_ records: [LongFormatRecord]) -> (xml: String, filterRange: String) {
        let rows = records.map { record -> [Content] in
            let fields = LongFormat.fields(record)
            return fields.enumerated().map { column, field in
                field.isEmpty ? .empty : column == 1 || column == fields.count - 1 ? .number(field) : .text(field)
            }
        }
        return listSheet(header: LongFormat.header, rows: rows, widths: [24, 6, 8, 10, 30, 48, 16, 28, 12])
    }

    /// A list under one header row with a filter on it: text and numbers, one record per row.
    static func listSheet(header: [String], rows: [[Content]], widths: [Double]) -> (xml: String, filterRange: String) {
        var sheet = XlsxSheetWriter()
        for (column, name) in header.enumerated() {
            sheet.set(row: 0, column: column, .text(name), format: .columnName)
        }
        for (offset, row) in rows.enumerated() {
            for (column, content) in row.enumerated() {
                if case .empty = content { continue }
                sheet.set(row: offset + 1, column: column, content, format: .plain)
            }
        }
        let last = columnName(max(header.count, 1) - 1)
        let range = "$A$1:$\(last)$\(rows.count + 1)"
        sheet.autoFilter = range.replacingOccurrences(of: "$", with: "")
        sheet.columnWidths = widths
        return (sheet.xml(), range)
    }

    /// Spreadsheets do not grow a row for wrapped text on opening: the height its longest
    /// single-row label needs in 10 pt type (a Chinese character is 200 twips wide).
    private static func height(of row: [GridCell], widths: [Int]) -> Double {
        var lines = 1
        var column = 0
        for cell in row {
            let width = widths[column..<min(column + cell.columnSpan, widths.count)].reduce(0, +)
            column += cell.columnSpan
            guard cell.rowSpan == 1, !cell.continuesMerge, !cell.text.isEmpty else { continue }
            let perLine = max(Double(width - 120) / 200, 1)
            lines = max(lines, Int((CJKText.displayWidth(cell.text) / perLine).rounded(.up)))
        }
        return Double(lines) * 13.5 + 3
    }

    private static func format(_ cell: GridCell, isCaption: Bool) -> XlsxParts.Format {
        switch cell.role {
        case .header: isCaption ? .caption : .header
        case .label: cell.rowSpan > 1 ? .groupLabel : .label
        case .value: .value
        }
    }

    // MARK: XML

    func xml() -> String {
        var xml = XMLWriter()
        xml.element(
            "worksheet",
            [
                ("xmlns", XlsxParts.mainNamespace),
                ("xmlns:r", "http://schemas.openxmlformats.org/officeDocument/2006/relationships"),
            ]
        ) { xml in
            if fitToPage { xml.element("sheetPr") { $0.empty("pageSetUpPr", [("fitToPage", "1")]) } }
            if !columnWidths.isEmpty {
                xml.element("cols") { xml in
                    for (index, width) in columnWidths.enumerated() {
                        xml.empty(
                            "col",
                            [
                                ("min", "\(index + 1)"), ("max", "\(index + 1)"), ("width", "\(width)"),
                                ("customWidth", "1"),
                            ])
                    }
                }
            }
            xml.element("sheetData") { xml in
                for row in rows.keys.sorted() {
                    var attributes = [("r", "\(row + 1)")]
                    if let height = rowHeights[row] { attributes += [("ht", "\(height)"), ("customHeight", "1")] }
                    xml.element("row", attributes) { xml in
                        for cell in rows[row]!.sorted(by: { $0.column < $1.column }) {
                            let reference = Self.reference(row: row, column: cell.column)
                            let style = ("s", "\(cell.format.rawValue)")
                            switch cell.content {
                            case .empty:
                                xml.empty("c", [("r", reference), style])
                            case .number(let value):
                                xml.element("c", [("r", reference), style]) { $0.element("v", text: value) }
                            case .text(let value):
                                xml.element("c", [("r", reference), style, ("t", "inlineStr")]) { xml in
                                    xml.element("is") { $0.element("t", [("xml:space", "preserve")], text: value) }
                                }
                            }
                        }
                    }
                }
            }
            if let autoFilter { xml.empty("autoFilter", [("ref", autoFilter)]) }
            if !merges.isEmpty {
                xml.element("mergeCells", [("count", "\(merges.count)")]) { xml in
                    for merge in merges { xml.empty("mergeCell", [("ref", merge)]) }
                }
            }
            xml.empty(
                "pageMargins",
                [
                    ("left", "1.1"), ("right", "1.0"), ("top", "1.46"), ("bottom", "1.38"), ("header", "0.5"),
                    ("footer", "0.5"),
                ])
            if fitToPage {
                xml.empty(
                    "pageSetup",
                    [("paperSize", "9"), ("orientation", "portrait"), ("fitToWidth", "1"), ("fitToHeight", "0")])
            } else {
                xml.empty("pageSetup", [("paperSize", "9"), ("orientation", "portrait")])
            }
        }
        return xml.text
    }
}
