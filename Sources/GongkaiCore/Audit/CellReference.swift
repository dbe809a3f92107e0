/// Names cells, rows and tables for findings: a JSON path for `location`, Chinese for messages.
enum CellReference {
    /// `requests.total[6]`, `proactive.licensing.change`, `review.reconsideration[4]`.
    static func path(_ layout: TableLayout, _ row: RowDefinition, column: Int? = nil) -> String {
        let base = "\(layout.table.rawValue).\(row.key.rawValue)"
        guard let column else { return base }
        return layout.rowsAreObjects ? "\(base).\(row.columns[column].key)" : "\(base)[\(column)]"
    }

    /// 表三“（三）不予公开 1.属于国家秘密”行
    static func rowName(_ layout: TableLayout, _ row: RowDefinition) -> String {
        "\(layout.table.shortName)“\(rowLabel(layout, row))”\(layout.table == .review ? "" : "行")"
    }

    /// The row's label as officials read it: the review groups with their parent (行政诉讼·复议后起诉).
    static func rowLabel(_ layout: TableLayout, _ row: RowDefinition) -> String {
        if layout.table == .review, let group = row.groups.first { return "\(group)·\(row.label)" }
        return row.displayLabel
    }

    /// 表三“（七）总计”行“总计”列
    static func cellName(_ layout: TableLayout, _ row: RowDefinition, column: Int) -> String {
        "\(rowName(layout, row))“\(row.columns[column].label)”\(layout.table == .review ? "" : "列")"
    }
}
