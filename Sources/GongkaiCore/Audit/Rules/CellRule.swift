/// CELL_BLANK and CELL_INVALID: every cell of a statutory table holds a valid number.
public struct CellRule: AuditRule {
    public var codes: [RuleCode] { [.cellBlank, .cellInvalid] }

    public func findings(in context: AuditContext) -> [Finding] {
        var findings: [Finding] = []
        for table in TableID.allCases {
            guard let values = context.report[table: table] else { continue }
            findings += blanks(values, notes: context.notes) + invalid(values, notes: context.notes)
        }
        return findings
    }

    /// One finding per row with blank cells, naming the columns, so a blank row is one line.
    private func blanks(_ values: ReportTable, notes: [ExtractionNote]) -> [Finding] {
        let layout = values.layout
        var missingRows = Set<RowKey>()
        var missingCells: [RowKey: Set<Int>] = [:]
        var unreadable: [RowKey: Set<Int>] = [:]
        for note in notes {
            switch note {
            case .rowMissing(layout.table, let key): missingRows.insert(key)
            case .cellsMissing(layout.table, let key, let columns): missingCells[key, default: []].formUnion(columns)
            case .cellUnreadable(layout.table, let key, let column, _): unreadable[key, default: []].insert(column)
            default: break
            }
        }
        var findings: [Finding] = []
        for (index, row) in layout.rows.enumerated() {
            let blank = values.rows[index].indices.filter {
                values.rows[index][$0] == nil && !(unreadable[row.key]?.contains($0) ?? false)
            }
            guard !blank.isEmpty else { continue }
            let location = blank.count == 1
                ? CellReference.path(layout, row, column: blank[0]) : CellReference.path(layout, row)
            let columns = blank.map { "“\(row.columns[$0].label)”" }.joined(separator: "、")
            let whole = blank.count == row.columns.count
            let message: String
            if missingRows.contains(row.key) {
                message = "\(layout.table.displayName)缺少“\(CellReference.rowLabel(layout, row))”行；应按模板保留该行并填写数字，没有的填 0"
            } else if let absent = missingCells[row.key], blank.allSatisfy(absent.contains) {
                message = whole
                    ? "\(CellReference.rowName(layout, row))只有标签，没有任何数值单元格；应填写\(row.columns.count)个数字，没有的填 0"
                    : "\(CellReference.rowName(layout, row))缺少\(columns)\(blank.count > 1 ? "等" : "")单元格；应按模板补齐，没有的填 0"
            } else {
                message = whole
                    ? "\(CellReference.rowName(layout, row))的\(row.columns.count)个单元格全部为空；没有发生的也应填 0，不能留空"
                    : "\(CellReference.rowName(layout, row))的\(columns)为空；没有发生的应填 0，不能留空"
            }
            findings.append(Finding(code: .cellBlank, severity: .error, location: location, message: message))
        }
        return findings
    }

    private func invalid(_ values: ReportTable, notes: [ExtractionNote]) -> [Finding] {
        let layout = values.layout
        var findings: [Finding] = []
        for note in notes {
            guard case .cellUnreadable(layout.table, let key, let column, let text) = note, let row = layout.row(key) else {
                continue
            }
            let expectation = row.columns[column].kind == .amount ? "金额（数字，单位万元）" : "整数"
            findings.append(
                Finding(
                    code: .cellInvalid, severity: .error, location: CellReference.path(layout, row, column: column),
                    message: "\(CellReference.cellName(layout, row, column: column))填写为“\(text)”，不是有效的\(expectation)；没有发生的应填 0"))
        }
        for (row, column, value) in values.cells {
            guard let value else { continue }
            let kind = row.columns[column].kind
            if kind != .signedCount, value.decimalValue < 0 {
                findings.append(
                    Finding(
                        code: .cellInvalid, severity: .error, location: CellReference.path(layout, row, column: column),
                        message: "\(CellReference.cellName(layout, row, column: column))为负数（\(value)）；\(kind == .amount ? "金额" : "件数")不能小于 0"))
            }
        }
        return findings
    }
}
