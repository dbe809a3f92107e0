/// Why a JSON text is not a stored letter, and where (a JSON path such as `body[2]`).
public struct LetterDecodingError: Error, Sendable, Hashable, CustomStringConvertible {
    /// Where in the JSON.
    public let path: String
    /// What is wrong, in Chinese.
    public let reason: String

    /// "body[2]：应为字符串".
    public var description: String { path.isEmpty ? reason : "\(path)：\(reason)" }
}

extension OfficialLetter {
    /// The letter's stable JSON (`gongkai.letter/1`): keys always in this order, dates as
    /// `YYYY-MM-DD`, every text as issued, so a stored snapshot renders identically later.
    ///
    /// ```json
    /// {"schema": "gongkai.letter/1", "kind": "reply", "title": "…", "number": "…", "caseNumber": "…",
    ///  "addressee": "…", "body": ["…"], "legalBasis": [{"law": "…", "provision": "…"}],
    ///  "appealRights": "…" | null, "closing": "…", "issuer": "…", "date": "2026-01-05",
    ///  "contact": "…" | null, "copyTo": ["…"]}
    /// ```
    public var jsonValue: JSONValue {
        .object([
            JSONMember("schema", .string(Self.schema)),
            JSONMember("kind", .string(kind.rawValue)),
            JSONMember("title", .string(title)),
            JSONMember("number", .string(number)),
            JSONMember("caseNumber", .string(orNull: caseNumber)),
            JSONMember("addressee", .string(addressee)),
            JSONMember("body", .array(body.map(JSONValue.string))),
            JSONMember(
                "legalBasis",
                .array(
                    legalBasis.map {
                        .object([JSONMember("law", .string($0.law)), JSONMember("provision", .string(orNull: $0.provision))])
                    })),
            JSONMember("appealRights", .string(orNull: appealRights)),
            JSONMember("closing", .string(closing)),
            JSONMember("issuer", .string(issuer)),
            JSONMember("date", .string(date.description)),
            JSONMember("contact", .string(orNull: contact)),
            JSONMember("copyTo", .array(copyTo.map(JSONValue.string))),
        ])
    }

    /// The JSON text, indented.
    public var json: String { JSONWriter.pretty(jsonValue) }

    /// Reads a letter from its JSON text.
    public init(json text: String) throws(LetterDecodingError) {
        let value: JSONValue
        do {
            value = try JSONParser.parse(text)
        } catch {
            throw LetterDecodingError(path: "", reason: "不是有效的 JSON（第 \(error.offset) 字节）：\(error.reason)")
        }
        try self.init(jsonValue: value)
    }

    /// Reads a letter from its JSON value; every member is required (`null` where optional).
    public init(jsonValue value: JSONValue) throws(LetterDecodingError) {
        let reader = LetterJSONReader(value: value)
        guard value.objectValue != nil else { throw LetterDecodingError(path: "", reason: "应为 JSON 对象") }
        guard try reader.string("schema") == Self.schema else {
            throw LetterDecodingError(path: "schema", reason: "应为 \"\(Self.schema)\"")
        }
        guard let kind = LetterKind(rawValue: try reader.string("kind")) else {
            let names = LetterKind.allCases.map(\.rawValue).joined(separator: "、")
            throw LetterDecodingError(path: "kind", reason: "应为 \(names) 之一")
        }
        guard let date = CivilDate(iso: try reader.string("date")) else {
            throw LetterDecodingError(path: "date", reason: "应为 YYYY-MM-DD 格式的有效日期")
        }
        let citations = try reader.array("legalBasis").enumerated().map { offset, item throws(LetterDecodingError) in
            let citation = LetterJSONReader(value: item, path: "legalBasis[\(offset)]")
            return LegalCitation(try citation.string("law"), try citation.optionalString("provision"))
        }
        self.init(
            kind: kind, title: try reader.string("title"), number: try reader.string("number"),
            caseNumber: try reader.optionalString("caseNumber"), addressee: try reader.string("addressee"),
            body: try reader.strings("body"), legalBasis: citations,
            appealRights: try reader.optionalString("appealRights"), closing: try reader.string("closing"),
            issuer: try reader.string("issuer"), date: date, contact: try reader.optionalString("contact"),
            copyTo: try reader.strings("copyTo"))
    }
}

/// Typed access to the members of one JSON object, with the path for errors.
private struct LetterJSONReader {
    let value: JSONValue
    var path = ""

    private func location(_ key: String) -> String { path.isEmpty ? key : "\(path).\(key)" }

    private func member(_ key: String) throws(LetterDecodingError) -> JSONValue {
        guard value.objectValue != nil else { throw LetterDecodingError(path: path, reason: "应为 JSON 对象") }
        guard let member = value[key] else { throw LetterDecodingError(path: location(key), reason: "缺少此项") }
        return member
    }

    func string(_ key: String) throws(LetterDecodingError) -> String {
        guard let text = try member(key).stringValue else {
            throw LetterDecodingError(path: location(key), reason: "应为字符串")
        }
        return text
    }

    func optionalString(_ key: String) throws(LetterDecodingError) -> String? {
        let value = try member(key)
        if value.isNull { return nil }
        guard let text = value.stringValue else {
            throw LetterDecodingError(path: location(key), reason: "应为字符串或 null")
        }
        return text
    }

    func array(_ key: String) throws(LetterDecodingError) -> [JSONValue] {
        guard let items = try member(key).arrayValue else {
            throw LetterDecodingError(path: location(key), reason: "应为数组")
        }
        return items
    }

    func strings(_ key: String) throws(LetterDecodingError) -> [String] {
        try array(key).enumerated().map { offset, item throws(LetterDecodingError) in
            guard let text = item.stringValue else {
                throw LetterDecodingError(path: "\(location(key))[\(offset)]", reason: "应为字符串")
            }
            return text
        }
    }
}
