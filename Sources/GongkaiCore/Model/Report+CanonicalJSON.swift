import Foundation

/// Why a JSON text is not a canonical report, and where (a JSON path such as `requests.total[6]`).
public struct ReportDecodingError: Error, Sendable, Hashable, CustomStringConvertible {
    public let path: String
    public let reason: String

    public var description: String { path.isEmpty ? reason : "\(path)：\(reason)" }
}

extension Report {
    /// The canonical JSON of the report (`report-json.md`): keys in order, `null` for blank.
    public func canonicalJSON() -> String {
        JSONWriter.pretty(canonicalJSONValue())
    }

    /// The canonical JSON as a value, for embedding in larger documents (`check --json`).
    public func canonicalJSONValue() -> JSONValue {
        var members = metadataMembers()
        members.append(
            JSONMember(
                "sections",
                .array(
                    sections.map {
                        .object([
                            JSONMember("number", .int($0.number)),
                            JSONMember("heading", .string($0.heading)),
                            JSONMember("text", .string($0.text)),
                        ])
                    })))
        for table in TableID.allCases {
            if let values = self[table: table] { members.append(JSONMember(table.rawValue, values.jsonValue)) }
        }
        if !ocr.isEmpty { members.append(ocrMember) }
        return .object(members)
    }

    /// The report's metadata only (schema, template, year, agency, title, and the parts read by
    /// OCR if any), as `check --json` lists it.
    public func metadataJSONValue() -> JSONValue {
        var members = metadataMembers()
        if !ocr.isEmpty { members.append(ocrMember) }
        return .object(members)
    }

    /// `"ocr": ["requests", …]`: the parts read by OCR, in the order of `report-json.md`.
    private var ocrMember: JSONMember {
        JSONMember("ocr", .array(ocr.sorted().map { .string($0.rawValue) }))
    }

    private func metadataMembers() -> [JSONMember] {
        [
            JSONMember("schema", .string(Report.schema)),
            JSONMember("template", .string(template.rawValue)),
            JSONMember("year", year.map(JSONValue.int) ?? .null),
            JSONMember("agency", .string(orNull: agency)),
            JSONMember("title", .string(orNull: title)),
        ]
    }

    /// Reads a report from its canonical JSON text.
    public init(canonicalJSON text: String) throws(ReportDecodingError) {
        let value: JSONValue
        do {
            value = try JSONParser.parse(text)
        } catch {
            throw ReportDecodingError(path: "", reason: "不是有效的 JSON（第 \(error.offset) 字节）：\(error.reason)")
        }
        try self.init(canonicalJSONValue: value)
    }

    /// Reads a report from its canonical JSON value.
    public init(canonicalJSONValue value: JSONValue) throws(ReportDecodingError) {
        guard case .object = value else { throw ReportDecodingError(path: "", reason: "应为 JSON 对象") }
        if let schema = value["schema"], schema != .string(Report.schema) {
            throw ReportDecodingError(path: "schema", reason: "应为 \"\(Report.schema)\"")
        }
        guard let templateText = value["template"]?.stringValue, let template = TemplateVersion(rawValue: templateText)
        else { throw ReportDecodingError(path: "template", reason: "应为 \"2019\" 或 \"2021\"") }
        self.init(template: template)
        year = try Self.optionalInteger(value["year"], path: "year")
        agency = try Self.optionalString(value["agency"], path: "agency")
        title = try Self.optionalString(value["title"], path: "title")
        if let sectionsValue = value["sections"], !sectionsValue.isNull {
            guard let items = sectionsValue.arrayValue else {
                throw ReportDecodingError(path: "sections", reason: "应为数组")
            }
            sections = try items.enumerated().map { offset, item throws(ReportDecodingError) in
                let path = "sections[\(offset)]"
                guard let number = try Self.optionalInteger(item["number"], path: path + ".number"), (1...6).contains(number)
                else { throw ReportDecodingError(path: path + ".number", reason: "应为 1 至 6 的整数") }
                return ReportSection(
                    number: number,
                    heading: try Self.optionalString(item["heading"], path: path + ".heading") ?? "",
                    text: try Self.optionalString(item["text"], path: path + ".text") ?? "")
            }
        }
        for table in TableID.allCases {
            guard let tableValue = value[table.rawValue], !tableValue.isNull else { continue }
            self[table: table] = try ReportTable(jsonValue: tableValue, table: table, template: template)
        }
        if let ocrValue = value["ocr"], !ocrValue.isNull {
            guard let items = ocrValue.arrayValue else { throw ReportDecodingError(path: "ocr", reason: "应为数组") }
            for (offset, item) in items.enumerated() {
                guard let name = item.stringValue, let part = ReportPart(rawValue: name) else {
                    throw ReportDecodingError(
                        path: "ocr[\(offset)]", reason: "应为 \"proactive\"、\"requests\"、\"review\" 或 \"sections\"")
                }
                ocr.insert(part)
            }
        }
    }

    private static func optionalString(_ value: JSONValue?, path: String) throws(ReportDecodingError) -> String? {
        guard let value, !value.isNull else { return nil }
        guard let text = value.stringValue else { throw ReportDecodingError(path: path, reason: "应为字符串或 null") }
        return text
    }

    private static func optionalInteger(_ value: JSONValue?, path: String) throws(ReportDecodingError) -> Int? {
        guard let value, !value.isNull else { return nil }
        guard case .number(let literal) = value, let number = Int(literal) else {
            throw ReportDecodingError(path: path, reason: "应为整数或 null")
        }
        return number
    }
}

extension ReportTable {
    /// The JSON of the table: an object from row key to the row's cells (an object of named fields
    /// for table 2, an array for tables 3 and 4).
    var jsonValue: JSONValue {
        .object(
            layout.rows.indices.map { index in
                let row = layout.rows[index]
                let cells = rows[index].map { $0.map { JSONValue.number($0.description) } ?? .null }
                if layout.rowsAreObjects {
                    return JSONMember(
                        row.key.rawValue,
                        .object(zip(row.columns, cells).map { JSONMember($0.key, $1) }))
                }
                return JSONMember(row.key.rawValue, .array(cells))
            })
    }

    init(jsonValue: JSONValue, table: TableID, template: TemplateVersion) throws(ReportDecodingError) {
        guard let members = jsonValue.objectValue else {
            throw ReportDecodingError(path: table.rawValue, reason: "应为 JSON 对象")
        }
        // A hybrid report keeps the table-3 rows its document has: the single 2019 （六） row
        // in a 2021 report, or the reverse.
        var version = template
        if table == .requests {
            if members.contains(where: { $0.key == Templates.Row.otherHandling.rawValue }) {
                version = .v2019
            } else if members.contains(where: { $0.key.hasPrefix(Templates.Row.otherHandling.rawValue + ".") }) {
                version = .v2021
            }
        }
        self.init(layout: Templates.layout(table, version))
        for member in members {
            let path = "\(table.rawValue).\(member.key)"
            guard let rowIndex = layout.index(of: RowKey(member.key)) else {
                throw ReportDecodingError(path: path, reason: "\(version.displayName)的\(table.shortName)没有这一行")
            }
            let row = layout.rows[rowIndex]
            let values: [JSONValue]
            if layout.rowsAreObjects {
                guard let fields = member.value.objectValue else { throw ReportDecodingError(path: path, reason: "应为 JSON 对象") }
                for field in fields where !row.columns.contains(where: { $0.key == field.key }) {
                    throw ReportDecodingError(path: "\(path).\(field.key)", reason: "这一行没有该栏目")
                }
                values = row.columns.map { column in fields.first { $0.key == column.key }?.value ?? .null }
            } else {
                guard let items = member.value.arrayValue, items.count == row.columns.count else {
                    throw ReportDecodingError(path: path, reason: "应为 \(row.columns.count) 个单元格的数组")
                }
                values = items
            }
            for (column, item) in values.enumerated() {
                let cellPath = layout.rowsAreObjects ? "\(path).\(row.columns[column].key)" : "\(path)[\(column)]"
                self[row: rowIndex, column: column] = try Self.cell(item, kind: row.columns[column].kind, path: cellPath)
            }
        }
    }

    private static func cell(_ value: JSONValue, kind: CellKind, path: String) throws(ReportDecodingError) -> Cell? {
        switch value {
        case .null: return nil
        case .number(let literal):
            if kind == .amount {
                guard let amount = Decimal(string: literal, locale: Locale(identifier: "en_US_POSIX")) else {
                    throw ReportDecodingError(path: path, reason: "不是有效的数字")
                }
                return .decimal(amount)
            }
            guard let count = Int(literal) else { throw ReportDecodingError(path: path, reason: "应为整数") }
            return .integer(count)
        default:
            throw ReportDecodingError(path: path, reason: "应为数字或 null")
        }
    }
}
