/// A row of a source table split into its label (the leading text cells) and its values (the
/// trailing cells that are blank or numeric).
///
/// Cells are not mapped by grid position: real tables merge and misalign cells, but the values
/// always come last in a row, after its labels.
struct ObservedRow: Sendable {
    /// The non-empty label cells, in order.
    var labelCells: [String]
    /// The label cells' text joined with spaces, for messages.
    var label: String { labelCells.joined(separator: " ") }
    /// The last label cell: the row's own label, after group labels spanning it.
    var ownLabel: String { labelCells.last ?? "" }
    var normalizedLabel: String
    /// The value cells' text, in order.
    var values: [String]

    init(labelCells: [String], values: [String]) {
        self.labelCells = labelCells
        self.normalizedLabel = LabelText.normalize(labelCells.joined())
        self.values = values
    }

    init(cells: [SourceCell]) {
        let texts = cells.map(\.text)
        let lastLabel = texts.lastIndex { !CellText.isValueLike($0) }
        let labelCells = lastLabel.map { texts[...$0] } ?? []
        self.init(
            labelCells: labelCells.map { LabelText.trim($0) }.filter { !$0.isEmpty },
            values: Array(lastLabel.map { texts[($0 + 1)...] } ?? texts[...]))
    }

    /// Whether every value is blank.
    var valuesAreBlank: Bool { values.allSatisfy { CellText.compacted($0).isEmpty } }
}

/// Filling the cells of one row of a `ReportTable` from value texts, noting what was not a number.
struct RowFiller {
    let table: TableID
    var notes: [ExtractionNote] = []

    /// Sets row `rowIndex` of `values` from `texts`, one per column in order; missing texts are
    /// noted as missing cells.
    mutating func fill(_ target: inout ReportTable, row rowIndex: Int, texts: [String]) {
        let row = target.layout.rows[rowIndex]
        var missing: [Int] = []
        for (column, definition) in row.columns.enumerated() {
            guard column < texts.count else {
                missing.append(column)
                continue
            }
            switch CellText.read(texts[column], kind: definition.kind) {
            case .blank:
                break
            case .value(let cell, let convertedFrom):
                target[row: rowIndex, column: column] = cell
                if let convertedFrom {
                    notes.append(.amountConverted(table, row.key, column: column, written: convertedFrom))
                }
            case .invalid(let text):
                notes.append(.cellUnreadable(table, row.key, column: column, text: text))
            }
        }
        if !missing.isEmpty { notes.append(.cellsMissing(table, row.key, columns: missing)) }
    }
}
