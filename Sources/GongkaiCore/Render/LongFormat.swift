/// The long ("tidy") form of a report's tables for analysts: one record per cell of every
/// statutory table, with the report's agency, year and template on each. The CSV output and the
/// XLSX data sheet are both this list.
public struct LongFormatRecord: Sendable, Hashable {
    public var agency: String?
    public var year: Int?
    public var template: TemplateVersion
    public var table: TableID
    public var rowKey: RowKey
    /// The row's label with the labels of its groups: "三、本年度办理结果·（三）不予公开·1.属于国家秘密".
    public var rowLabel: String
    public var columnKey: String
    /// The column's label with its group: "法人或其他组织·商业企业".
    public var columnLabel: String
    /// `nil` for a blank cell.
    public var value: Cell?
}

public enum LongFormat {
    /// The column names, in order.
    public static let header = [
        "agency", "year", "template", "table", "row_key", "row_label", "column_key", "column_label", "value",
    ]

    /// One record per cell of every table the report has, in table and layout order.
    public static func records(_ report: Report) -> [LongFormatRecord] {
        TableID.allCases.flatMap { table -> [LongFormatRecord] in
            guard let values = report[table: table] else { return [] }
            return values.cells.map { row, column, value in
                LongFormatRecord(
                    agency: report.agency, year: report.year, template: report.template, table: table, rowKey: row.key,
                    rowLabel: rowLabel(row), columnKey: row.columns[column].key,
                    columnLabel: row.columns[column].displayLabel, value: value)
            }
        }
    }

    /// The row's label after its block caption (table 2) or group labels (tables 3 and 4).
    public static func rowLabel(_ row: RowDefinition) -> String {
        ((row.block.map { [$0.caption] } ?? []) + row.groups + [row.label]).joined(separator: "·")
    }

    /// The record's fields as text, in `header` order; a blank cell and an unknown agency or year are empty.
    public static func fields(_ record: LongFormatRecord) -> [String] {
        [
            record.agency ?? "", record.year.map(String.init) ?? "", record.template.rawValue, record.table.rawValue,
            record.rowKey.rawValue, record.rowLabel, record.columnKey, record.columnLabel,
            record.value?.description ?? "",
        ]
    }
}

/// Writes reports as CSV in long format (RFC 4180: comma-separated, CRLF line ends, fields with
/// commas, quotes or line breaks quoted): a header line, then one line per table cell.
public enum CSVRenderer {
    public static func render(_ report: Report) -> String {
        render([report])
    }

    /// Several reports in one file, one header line: the summary a supervising office compiles.
    public static func render(_ reports: [Report]) -> String {
        var lines = [line(LongFormat.header)]
        for report in reports {
            lines += LongFormat.records(report).map { line(LongFormat.fields($0)) }
        }
        return lines.joined(separator: "\r\n") + "\r\n"
    }

    static func line(_ fields: [String]) -> String {
        fields.map(quoted).joined(separator: ",")
    }

    /// The field, quoted (with its quotes doubled) when it holds a comma, a quote or a line break.
    static func quoted(_ field: String) -> String {
        guard field.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" }) else {
            return field
        }
        return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
