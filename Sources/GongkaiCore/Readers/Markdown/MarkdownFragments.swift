/// Mends the tables that PDF-to-Markdown converters break into pieces, as a person reading the
/// Markdown would put them back together:
///
/// - a header row of placeholders ("数据1 | 数据2 | …", "列1", "Column 1") is the converter's,
///   not the report's, and goes;
/// - a row label the converter set as a line of prose, followed by a table of numbers only, is
///   that table's label: labels and rows of numbers pair in order (one label per row; when the
///   counts differ the labels go before the rows, and the extractor's row alignment sorts
///   them by their likeness to the template's labels).
///
/// Prose that is no row label, and tables that have labels of their own, are left as written.
enum MarkdownFragments {
    static func joined(_ blocks: [SourceBlock]) -> [SourceBlock] {
        var result: [SourceBlock] = []
        var labels: [String] = []
        func releaseLabels() {
            result += labels.map(SourceBlock.paragraph)
            labels = []
        }
        for block in blocks {
            switch block {
            case .paragraph(let text):
                if isRowLabel(text) {
                    labels.append(text)
                } else {
                    releaseLabels()
                    result.append(block)
                }
            case .table(let table):
                let rows = table.rows.filter { !isPlaceholderRow($0) }
                guard !rows.isEmpty else { continue }  // a header of placeholders alone
                let numbersOnly = rows.allSatisfy { $0.allSatisfy { CellText.isValueLike($0.text) } }
                guard numbersOnly, !labels.isEmpty else {
                    releaseLabels()
                    result.append(.table(SourceTable(rows: rows)))
                    continue
                }
                let labelled =
                    labels.count == rows.count
                    ? zip(labels, rows).map { [SourceCell($0)] + $1 }
                    : labels.map { [SourceCell($0)] } + rows
                labels = []
                result.append(.table(SourceTable(rows: labelled)))
            }
        }
        releaseLabels()
        return result
    }

    /// A row whose every non-empty cell is a converter's placeholder name: "数据3", "列 2",
    /// "Column1", "Col 4", "字段5".
    static func isPlaceholderRow(_ row: [SourceCell]) -> Bool {
        var sawPlaceholder = false
        for cell in row {
            let text = LabelText.normalize(cell.text).lowercased()
            guard !text.isEmpty else { continue }
            guard let prefix = ["数据", "列", "字段", "column", "col"].first(where: { text.hasPrefix($0) }),
                text.dropFirst(prefix.count).allSatisfy(\.isASCIIDigit), text.count > prefix.count
            else { return false }
            sawPlaceholder = true
        }
        return sawPlaceholder
    }

    private static let matchers: [LabelMatcher] = TableID.allCases.flatMap { table in
        TemplateVersion.allCases.map { LabelMatcher(layout: Templates.layout(table, $0)) }
    }

    /// Whether a line of prose is a row label of one of the statutory tables ("（三）不予公开
    /// 1.属于国家秘密", "行政许可"): short, no sentence, and like a template label.
    static func isRowLabel(_ text: String) -> Bool {
        let normalized = LabelText.normalize(text)
        guard (2...40).contains(normalized.count), !normalized.contains("。") else { return false }
        return matchers.contains { matcher in
            matcher.exactRow(normalized) != nil || (matcher.scores(for: normalized).max() ?? 0) >= 0.8
        }
    }
}

extension Character {
    fileprivate var isASCIIDigit: Bool { isASCII && isNumber }
}
