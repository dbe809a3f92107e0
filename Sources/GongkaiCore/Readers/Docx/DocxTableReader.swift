import CLibXML2

/// Reads a `w:tbl` as written: one row per `w:tr`, one cell per `w:tc` with its `gridSpan`.
///
/// A `w:vMerge` cell without a value (or with "continue") continues the merge above: it comes
/// out empty with `continuesMerge` set. The cell that starts a merge gets a `rowSpan` counting
/// the continuation cells below it at the same grid column (columns tracked through `gridSpan`
/// and `w:gridBefore`). Rows deleted under tracked changes are left out, as their text is.
struct DocxTableReader: TreeVisitor {
    /// A cell and the grid column it starts at.
    private struct PlacedCell {
        var cell: SourceCell
        var column: Int
    }

    private let table: xmlNodePtr
    private var rows: [[PlacedCell]] = []

    private init(table: xmlNodePtr) { self.table = table }

    static func read(_ table: xmlNodePtr) -> SourceTable {
        var reader = DocxTableReader(table: table)
        XMLTreeWalk.walk(table, with: &reader)
        return SourceTable(rows: reader.rowsWithSpans())
    }

    mutating func enter(_ node: xmlNodePtr) -> Bool {
        guard node.isElement else { return false }
        if node == table { return true }
        switch WordElement(node) {
        case .row:
            if let row = RowReader.read(node), !row.isEmpty { rows.append(row) }
            return false
        case .container:
            return true  // w:sdt, w:sdtContent, w:customXml around rows
        default:
            return false
        }
    }

    /// The rows with each merge-starting cell's `rowSpan` set, counted from the bottom up.
    private func rowsWithSpans() -> [[SourceCell]] {
        var result = rows.map { $0.map(\.cell) }
        var continuationsBelow: [Int: Int] = [:]
        for rowIndex in rows.indices.reversed() {
            var continuations: [Int: Int] = [:]
            for (cellIndex, placed) in rows[rowIndex].enumerated() {
                let below = continuationsBelow[placed.column] ?? 0
                if placed.cell.continuesMerge {
                    continuations[placed.column] = below + 1
                } else {
                    result[rowIndex][cellIndex].rowSpan = min(1 + below, SpanValue.maximum)
                }
            }
            continuationsBelow = continuations
        }
        return result
    }

    /// The cells of one `w:tr`.
    private struct RowReader: TreeVisitor {
        let row: xmlNodePtr
        var column = 0
        var cells: [PlacedCell] = []

        /// The row's cells, or `nil` for a row deleted under tracked changes.
        static func read(_ row: xmlNodePtr) -> [PlacedCell]? {
            var reader = RowReader(row: row)
            if let properties = WordProperties.child(of: row, named: WordProperties.rowProperties) {
                if WordProperties.child(of: properties, named: WordProperties.deleted) != nil { return nil }
                reader.column = WordProperties.value(of: properties, named: WordProperties.gridBefore, minimum: 0, fallback: 0)
            }
            XMLTreeWalk.walk(row, with: &reader)
            return reader.cells
        }

        mutating func enter(_ node: xmlNodePtr) -> Bool {
            guard node.isElement else { return false }
            if node == row { return true }
            switch WordElement(node) {
            case .cell:
                appendCell(node)
                return false
            case .container:
                return true
            default:
                return false
            }
        }

        private mutating func appendCell(_ node: xmlNodePtr) {
            var span = 1
            var merge: WordProperties.VerticalMerge = .none
            var continuesHorizontally = false
            if let properties = WordProperties.child(of: node, named: WordProperties.cellProperties) {
                span = WordProperties.value(of: properties, named: WordProperties.gridSpan)
                merge = WordProperties.verticalMerge(in: properties)
                continuesHorizontally = WordProperties.continuesHorizontalMerge(properties)
            }
            defer { column += span }
            // Legacy w:hMerge: the cell widens the one before it instead of standing alone.
            if continuesHorizontally, !cells.isEmpty {
                cells[cells.count - 1].cell.columnSpan = min(cells[cells.count - 1].cell.columnSpan + span, SpanValue.maximum)
                return
            }
            let continues = merge == .continues
            let text = continues ? "" : DocxContentWalker.cellText(of: node)
            cells.append(PlacedCell(cell: SourceCell(text, columnSpan: span, continuesMerge: continues), column: column))
        }
    }
}
