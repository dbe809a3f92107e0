/// Moves a report from one template to the other: what the two templates share is carried over
/// cell by cell; what has no counterpart is left blank and reported, never invented.
///
/// 2019 → 2021: tables 3 and 4 carry over; the single 2019 （六）其他处理 row becomes
/// （六）3.其他 (its 1 and 2 rows, which the 2019 template did not count separately, stay blank);
/// in table 2 only the 本年处理决定数量 of 行政许可, 行政处罚 and 行政强制 carry over.
/// 2021 → 2019: （六）1–3 are added up into （六）其他处理; table 2 as above.
public enum TemplateMigration {
    /// The migrated report and what could not be carried over.
    public struct Result: Sendable, Hashable {
        public var report: Report
        public var gaps: [MigrationGap]
    }

    public static func migrate(_ report: Report, to target: TemplateVersion) -> Result {
        var migrated = report
        migrated.template = target
        var gaps: [MigrationGap] = []
        if let proactive = report.proactive, proactive.layout.version != target {
            migrated.proactive = migrateProactive(proactive, to: target, gaps: &gaps)
        }
        if let requests = report.requests, requests.layout.version != target {
            migrated.requests = migrateRequests(requests, to: target, gaps: &gaps)
        }
        return Result(report: migrated, gaps: gaps)
    }

    // MARK: Table 2

    /// Cells carry over where the row and the column mean the same in both templates: the same
    /// row key, the same column key and the same kind (本年处理决定数量 of 许可, 处罚, 强制).
    private static func migrateProactive(_ source: ReportTable, to target: TemplateVersion, gaps: inout [MigrationGap])
        -> ReportTable
    {
        var result = ReportTable(layout: Templates.layout(.proactive, target))
        let from = source.layout.version
        for (rowIndex, row) in result.layout.rows.enumerated() {
            let sourceRow = source.layout.row(row.key)
            var blank: [Int] = []
            for (column, definition) in row.columns.enumerated() {
                if let sourceRow,
                    let sourceColumn = sourceRow.columns.firstIndex(where: {
                        $0.key == definition.key && $0.kind == definition.kind
                    })
                {
                    result[row: rowIndex, column: column] = source[row.key, sourceColumn]
                } else {
                    blank.append(column)
                }
            }
            if !blank.isEmpty {
                gaps.append(
                    MigrationGap(
                        kind: .leftBlank, table: .proactive, row: row.key, columns: blank.map { row.columns[$0].key },
                        message:
                            "表二“\(row.label)”行的\(quoted(blank.map { row.columns[$0].label }))在\(from.displayName)中没有对应栏目，已留空，请按\(target.displayName)补填"
                    ))
            }
        }
        // Source values with no place in the target template.
        for (rowIndex, row) in source.layout.rows.enumerated() {
            let targetRow = result.layout.row(row.key)
            let dropped = row.columns.indices.filter { column in
                source[row: rowIndex, column: column] != nil
                    && !(targetRow?.columns.contains {
                        $0.key == row.columns[column].key && $0.kind == row.columns[column].kind
                    } ?? false)
            }
            guard !dropped.isEmpty else { continue }
            let values = dropped.map { "\(row.columns[$0].label) \(source[row: rowIndex, column: $0]!)" }.joined(
                separator: "，")
            let place = targetRow == nil ? "\(target.displayName)没有这一行" : "\(target.displayName)没有对应栏目"
            gaps.append(
                MigrationGap(
                    kind: .notCarried, table: .proactive, row: row.key, columns: dropped.map { row.columns[$0].key },
                    message: "表二“\(row.label)”行（\(values)）\(place)，未迁移"))
        }
        return result
    }

    // MARK: Table 3

    private static func migrateRequests(_ source: ReportTable, to target: TemplateVersion, gaps: inout [MigrationGap])
        -> ReportTable
    {
        var result = ReportTable(layout: Templates.layout(.requests, target))
        for (rowIndex, row) in result.layout.rows.enumerated() {
            if let cells = source[row.key] {
                for column in row.columns.indices { result[row: rowIndex, column: column] = cells[column] }
            }
        }
        let columns = Templates.requestsColumns.count
        let single = Templates.Row.otherHandling
        let parts = Templates.layout(.requests, .v2021).rows.map(\.key).filter {
            $0.rawValue.hasPrefix(single.rawValue + ".")
        }
        switch target {
        case .v2021:
            // The one 2019 row holds every case of （六）: it goes to 3.其他; 1 and 2 were not counted apart.
            let other = parts.last!
            for column in 0..<columns { result[other, column] = source[single, column] }
            for key in parts.dropLast() {
                let label = result.layout.row(key)!.label
                gaps.append(
                    MigrationGap(
                        kind: .leftBlank, table: .requests, row: key, columns: Templates.requestsColumns.map(\.key),
                        message: "表三“（六）其他处理 \(label)”在2019年版格式中没有单独统计（已全部计入“3.其他”），已留空，请按2021年版格式补填"))
            }
        case .v2019:
            var blank: [String] = []
            for column in 0..<columns {
                let values = parts.map { source[$0, column] }
                if values.allSatisfy({ $0 != nil }) {
                    result[single, column] = .integer(values.reduce(0) { $0 + ($1?.integerValue ?? 0) })
                } else {
                    blank.append(Templates.requestsColumns[column].key)
                }
            }
            if !blank.isEmpty {
                gaps.append(
                    MigrationGap(
                        kind: .leftBlank, table: .requests, row: single, columns: blank,
                        message: "表三“（六）其他处理”的部分栏目无法由2021年版的（六）1至3行相加得出（其中有空白单元格），已留空"))
            }
        }
        return result
    }

    private static func quoted(_ labels: [String]) -> String {
        labels.map { "“\($0)”" }.joined(separator: "、")
    }
}

/// A part of a report that a template migration could not carry over.
public struct MigrationGap: Sendable, Hashable, CustomStringConvertible {
    public enum Kind: String, Sendable, Hashable {
        /// Cells of the target template with no counterpart in the source: left blank.
        case leftBlank
        /// Values of the source template with no place in the target: not carried over.
        case notCarried
    }

    public var kind: Kind
    public var table: TableID
    public var row: RowKey
    /// The keys of the columns concerned.
    public var columns: [String]
    /// What happened, in Chinese, naming the table, row and columns.
    public var message: String

    /// The JSON path of the row: "proactive.regulations".
    public var location: String { "\(table.rawValue).\(row.rawValue)" }

    public var description: String { message }
}
