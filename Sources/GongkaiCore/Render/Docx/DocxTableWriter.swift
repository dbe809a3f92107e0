/// Writes a `TableGrid` as a Word table: fixed column widths that fit the A4 text block, the
/// official merges (`w:gridSpan` across, `w:vMerge` down), single borders, 10 pt 宋体.
enum DocxTableWriter {
    /// Horizontal cell padding: narrow, so table 3's seven value columns hold five-digit numbers.
    static let cellPadding = 40
    /// Two characters between a row label and the first number: PDF text extraction shows a
    /// narrower gap as one space, and the label would swallow the number.
    static let labelRightIndent = 400

    static func write(_ grid: TableGrid, layout: DocxLayout = .official, landscape: Bool = false, into xml: inout XMLWriter) {
        let blockWidth = landscape ? layout.landscapeTextWidth : layout.textWidth
        let widths = columnWidths(grid, total: Int(Double(blockWidth) * layout.tableWidth))
        xml.element("w:tbl") { xml in
            xml.element("w:tblPr") { xml in
                xml.empty("w:tblW", [("w:w", "\(widths.reduce(0, +))"), ("w:type", "dxa")])
                xml.empty("w:jc", [("w:val", "center")])
                xml.element("w:tblBorders") { xml in
                    for side in ["w:top", "w:left", "w:bottom", "w:right", "w:insideH", "w:insideV"] {
                        xml.empty(side, [("w:val", "single"), ("w:sz", "4"), ("w:space", "0"), ("w:color", "000000")])
                    }
                }
                xml.empty("w:tblLayout", [("w:type", "fixed")])
                xml.element("w:tblCellMar") { xml in
                    xml.empty("w:left", [("w:w", "\(cellPadding)"), ("w:type", "dxa")])
                    xml.empty("w:right", [("w:w", "\(cellPadding)"), ("w:type", "dxa")])
                }
                xml.empty("w:tblLook", [("w:val", "0000")])
            }
            xml.element("w:tblGrid") { xml in
                for width in widths { xml.empty("w:gridCol", [("w:w", "\(width)")]) }
            }
            let headerRows = layout.repeatsHeader ? headerRowCount(grid) : 0
            for (rowIndex, row) in grid.rows.enumerated() {
                xml.element("w:tr") { xml in
                    xml.element("w:trPr") { xml in
                        if !layout.rowsBreakAcrossPages { xml.empty("w:cantSplit") }
                        if rowIndex < headerRows { xml.empty("w:tblHeader") }
                    }
                    var column = 0
                    for cell in row {
                        let width = widths[column..<min(column + cell.columnSpan, widths.count)].reduce(0, +)
                        writeCell(
                            cell, width: width, isCaption: cell.columnSpan == grid.width && cell.role == .header,
                            alignment: layout.cellAlignment, into: &xml)
                        column += cell.columnSpan
                    }
                }
            }
        }
    }

    /// Header rows repeat at the top of each page the table continues on: table 3's three rows.
    /// Table 2's captions are block headings, not page headers; table 4 fits on one page.
    private static func headerRowCount(_ grid: TableGrid) -> Int {
        grid.table == .requests ? grid.rows.prefix { $0.allSatisfy { !$0.isValue && $0.role == .header } }.count : 0
    }

    private static func writeCell(
        _ cell: GridCell, width: Int, isCaption: Bool, alignment vertical: DocxLayout.CellAlignment,
        into xml: inout XMLWriter
    ) {
        xml.element("w:tc") { xml in
            xml.element("w:tcPr") { xml in
                xml.empty("w:tcW", [("w:w", "\(width)"), ("w:type", "dxa")])
                if cell.columnSpan > 1 { xml.empty("w:gridSpan", [("w:val", "\(cell.columnSpan)")]) }
                if cell.continuesMerge {
                    xml.empty("w:vMerge")
                } else if cell.rowSpan > 1 {
                    xml.empty("w:vMerge", [("w:val", "restart")])
                }
                if isCaption {
                    xml.empty("w:shd", [("w:val", "clear"), ("w:color", "auto"), ("w:fill", DocxStyle.captionFill)])
                }
                if cell.isValue {
                    // The whole column width for the number: five digits fit table 3's columns.
                    xml.element("w:tcMar") { xml in
                        xml.empty("w:left", [("w:w", "0"), ("w:type", "dxa")])
                        xml.empty("w:right", [("w:w", "0"), ("w:type", "dxa")])
                    }
                }
                xml.empty("w:vAlign", [("w:val", cell.role == .header ? "center" : vertical.rawValue)])
            }
            let lines = cell.continuesMerge || cell.text.isEmpty ? [""] : cell.text.components(separatedBy: "\n")
            for line in lines {
                xml.element("w:p") { xml in
                    xml.element("w:pPr") { xml in
                        xml.empty("w:pStyle", [("w:val", "TableText")])
                        // Row labels keep clear of the numbers beside them, so that PDF text
                        // shows a gap between a label's last character and the first number.
                        if cell.role == .label, cell.rowSpan == 1 {
                            xml.empty("w:ind", [("w:right", "\(labelRightIndent)")])
                        }
                        xml.empty("w:jc", [("w:val", alignment(cell, isCaption: isCaption))])
                    }
                    if !line.isEmpty { DocxRenderer.run(line, into: &xml) }
                }
            }
        }
    }

    /// Headers and numbers centred, as the official template prints them; row labels flush left,
    /// except group labels spanning several rows, which are centred in their cell.
    private static func alignment(_ cell: GridCell, isCaption: Bool) -> String {
        switch cell.role {
        case .header: isCaption ? "left" : "center"
        case .label: cell.rowSpan > 1 ? "center" : "left"
        case .value: "center"
        }
    }

    /// Column widths in twips that fill `total` (the text block): table 3 keeps 680 for each value
    /// column (five digits) and gives the rest to its label columns; table 2 gives its label
    /// column a wider share; table 4 divides the width evenly.
    static func columnWidths(_ grid: TableGrid, total: Int = DocxStyle.textWidth) -> [Int] {
        switch grid.table {
        case .requests:
            let valueColumns = Templates.requestsColumns.count
            let labelColumns = max(grid.width - valueColumns, 1)
            // Five digits need 680; a wider block (a landscape page) widens the value columns too.
            let valueWidth = max(680, total / 14)
            let labelTotal = total - valueWidth * valueColumns
            let shares: [Double] =
                labelColumns == 3
                ? [0.165, 0.215, 0.62] : Array(repeating: 1 / Double(labelColumns), count: labelColumns)
            var labels = shares.map { Int(Double(labelTotal) * $0) }
            labels[labels.count - 1] += labelTotal - labels.reduce(0, +)
            return labels + Array(repeating: valueWidth, count: valueColumns)
        case .proactive:
            let first = total * 3 / 10
            return [first] + evenly(total - first, over: grid.width - 1)
        case .review:
            return evenly(total, over: grid.width)
        }
    }

    private static func evenly(_ total: Int, over count: Int) -> [Int] {
        guard count > 0 else { return [] }
        let each = total / count
        return (0..<count).map { $0 < total - each * count ? each + 1 : each }
    }
}
