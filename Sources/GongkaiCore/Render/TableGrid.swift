/// A statutory table laid out as the official template prints it: header rows, label cells
/// spanning their groups, value cells — every row with the same grid width.
///
/// Built from the template definition alone, so every renderer (HTML, DOCX, XLSX, text) draws the
/// same official merges. Cells covered by a vertical merge appear as `continuesMerge` cells, which
/// DOCX writes as `<w:vMerge/>`, HTML leaves out, and Word-extracted text shows as empty cells.
public struct TableGrid: Sendable, Hashable {
    public var table: TableID
    /// The number of grid columns (10 for table 3: 3 label columns and 7 value columns).
    public var width: Int
    public var rows: [[GridCell]]
}

/// One cell of a `TableGrid`.
public struct GridCell: Sendable, Hashable {
    public enum Role: Sendable, Hashable {
        /// A header cell (column labels, block captions, the corner note).
        case header
        /// A row label.
        case label
        /// A value cell of row `row`, column `column` of the table's layout.
        case value(row: RowKey, column: Int)
    }

    public var text: String
    public var role: Role
    public var columnSpan: Int = 1
    public var rowSpan: Int = 1
    /// The cell lies under a vertical merge begun above; it has no text of its own.
    public var continuesMerge: Bool = false

    /// Whether the cell shows a number (value cells).
    public var isValue: Bool { if case .value = role { true } else { false } }
}

extension TableGrid {
    /// The official grid of `table`, with its values (blank cells stay empty).
    public init(_ table: ReportTable) {
        switch table.table {
        case .proactive: self = Self.proactive(table)
        case .requests: self = Self.requests(table)
        case .review: self = Self.review(table)
        }
    }

    /// The official grid of an empty table of `layout` (a blank template).
    public init(blank layout: TableLayout) {
        self.init(ReportTable(layout: layout))
    }

    private static func valueCell(_ table: ReportTable, _ row: RowDefinition, _ column: Int) -> GridCell {
        GridCell(text: table[row.key, column]?.description ?? "", role: .value(row: row.key, column: column))
    }

    // MARK: Table 2

    private static func proactive(_ table: ReportTable) -> TableGrid {
        let width = 1 + (table.layout.rows.map(\.columns.count).max() ?? 1)
        var rows: [[GridCell]] = []
        var block: ProactiveBlock?
        for row in table.layout.rows {
            if let rowBlock = row.block, rowBlock != block {
                block = rowBlock
                rows.append([GridCell(text: rowBlock.caption, role: .header, columnSpan: width)])
                rows.append(
                    [GridCell(text: Templates.proactiveContentHeader, role: .header)]
                        + spread(rowBlock.columns.map { GridCell(text: $0.label, role: .header) }, over: width - 1))
            }
            rows.append(
                [GridCell(text: row.label, role: .label)]
                    + spread(row.columns.indices.map { valueCell(table, row, $0) }, over: width - 1))
        }
        return TableGrid(table: .proactive, width: width, rows: rows)
    }

    /// `cells` stretched over `width` columns: the last cell takes the remaining span, as the
    /// official 2021 table 2 does for its one-value blocks.
    private static func spread(_ cells: [GridCell], over width: Int) -> [GridCell] {
        guard !cells.isEmpty, cells.count < width else { return cells }
        var result = cells
        result[result.count - 1].columnSpan = width - cells.count + 1
        return result
    }

    // MARK: Table 3

    private static func requests(_ table: ReportTable) -> TableGrid {
        let layout = table.layout
        let labelColumns = 1 + (layout.rows.map(\.groups.count).max() ?? 0)
        let columns = Templates.requestsColumns
        let width = labelColumns + columns.count
        var rows: [[GridCell]] = []
        // Three header rows: the corner note, 申请人情况, then the applicant columns with their group.
        rows.append([
            GridCell(text: Templates.requestsCornerNote, role: .header, columnSpan: labelColumns, rowSpan: 3),
            GridCell(text: Templates.requestsHeaderGroup, role: .header, columnSpan: columns.count),
        ])
        var second = [GridCell(text: "", role: .header, columnSpan: labelColumns, continuesMerge: true)]
        var third = [GridCell(text: "", role: .header, columnSpan: labelColumns, continuesMerge: true)]
        var index = 0
        while index < columns.count {
            if let group = columns[index].group {
                let span = columns[index...].prefix { $0.group == group }.count
                second.append(GridCell(text: group, role: .header, columnSpan: span))
                third += columns[index..<index + span].map { GridCell(text: $0.label, role: .header) }
                index += span
            } else {
                second.append(GridCell(text: columns[index].label, role: .header, rowSpan: 2))
                third.append(GridCell(text: "", role: .header, continuesMerge: true))
                index += 1
            }
        }
        rows += [second, third]
        rows += labelledRows(table, labelColumns: labelColumns)
        return TableGrid(table: .requests, width: width, rows: rows)
    }

    /// Value rows with their group labels spanning the rows of each group.
    private static func labelledRows(_ table: ReportTable, labelColumns: Int) -> [[GridCell]] {
        let layout = table.layout
        return layout.rows.enumerated().map { index, row in
            var cells: [GridCell] = []
            for level in row.groups.indices {
                let prefix = Array(row.groups[...level])
                let startsRun = index == 0 || Array(layout.rows[index - 1].groups.prefix(level + 1)) != prefix
                if startsRun {
                    let span = layout.rows[index...].prefix { Array($0.groups.prefix(level + 1)) == prefix }.count
                    cells.append(GridCell(text: row.groups[level], role: .label, rowSpan: span))
                } else {
                    cells.append(GridCell(text: "", role: .label, continuesMerge: true))
                }
            }
            cells.append(GridCell(text: row.label, role: .label, columnSpan: labelColumns - row.groups.count))
            cells += row.columns.indices.map { valueCell(table, row, $0) }
            return cells
        }
    }

    // MARK: Table 4

    private static func review(_ table: ReportTable) -> TableGrid {
        let layout = table.layout
        let width = layout.rows.reduce(0) { $0 + $1.columns.count }
        var first: [GridCell] = []
        var second: [GridCell] = []
        var third: [GridCell] = []
        var index = 0
        while index < layout.rows.count {
            let row = layout.rows[index]
            if let group = row.groups.first {
                let members = layout.rows[index...].prefix { $0.groups.first == group }
                first.append(
                    GridCell(text: group, role: .header, columnSpan: members.reduce(0) { $0 + $1.columns.count }))
                for member in members {
                    second.append(GridCell(text: member.label, role: .header, columnSpan: member.columns.count))
                    third += member.columns.map { GridCell(text: $0.label, role: .header) }
                }
                index += members.count
            } else {
                first.append(GridCell(text: row.label, role: .header, columnSpan: row.columns.count))
                second += row.columns.map { GridCell(text: $0.label, role: .header, rowSpan: 2) }
                third += row.columns.map { _ in GridCell(text: "", role: .header, continuesMerge: true) }
                index += 1
            }
        }
        let values = layout.rows.flatMap { row in row.columns.indices.map { valueCell(table, row, $0) } }
        return TableGrid(table: .review, width: width, rows: [first, second, third, values])
    }
}
