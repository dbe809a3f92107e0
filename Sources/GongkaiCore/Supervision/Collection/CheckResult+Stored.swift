/// A checked report kept between the check and the board: the web platform checks uploads in
/// background jobs and draws the board later, possibly in another process, from what was stored.
///
/// The stored form is a JSON object: the report summary in its canonical JSON (section text
/// already dropped by `CheckResult`), the findings as `report-json.md` gives them, the date under
/// the report, the format, for an unreadable file the reason in Chinese, and the sampled section
/// fingerprints (`narrative`), so that the board finds TEXT_COPIED across years as `collect` does.
extension CheckResult {
    /// The stored form ("gongkai.checked/1").
    public var storedJSON: String {
        var members = [JSONMember("schema", .string(Self.storedSchema))]
        members.append(JSONMember("format", .string(orNull: format?.rawValue)))
        members.append(JSONMember("error", .string(orNull: error?.reason.message)))
        members.append(JSONMember("signatureDate", .string(orNull: signatureDate?.description)))
        members.append(JSONMember("findings", .array(findings.map(\.jsonValue))))
        members.append(JSONMember("report", report?.canonicalJSONValue() ?? .null))
        if let narrative { members.append(JSONMember("narrative", narrative.storedJSONValue)) }
        return JSONWriter.compact(.object(members))
    }

    static let storedSchema = "gongkai.checked/1"

    /// A result read back from `storedJSON`, named `file`.
    /// - Throws: `ReportDecodingError` when the text is not a stored result.
    public init(file: String, storedJSON text: String) throws(ReportDecodingError) {
        let value: JSONValue
        do {
            value = try JSONParser.parse(text)
        } catch {
            throw ReportDecodingError(path: "", reason: "检查结果不是有效的 JSON：\(error.reason)")
        }
        guard value["schema"]?.stringValue == Self.storedSchema else {
            throw ReportDecodingError(path: "schema", reason: "应为 \"\(Self.storedSchema)\"")
        }
        let findings = try (value["findings"]?.arrayValue ?? []).enumerated().map { index, item throws(ReportDecodingError) in
            try Finding(storedJSON: item, path: "findings[\(index)]")
        }
        var report: Report?
        if let reportValue = value["report"], !reportValue.isNull {
            report = try Report(canonicalJSONValue: reportValue)
        }
        self.init(
            file: file, report: report, format: value["format"]?.stringValue.flatMap(SourceFormat.init(rawValue:)),
            error: value["error"]?.stringValue.map { ReadError(file: file, reason: .io(detail: $0)) },
            findings: findings, narrative: value["narrative"].flatMap(NarrativeFingerprint.init(storedJSON:)),
            signatureDate: value["signatureDate"]?.stringValue.flatMap { CivilDate(iso: $0) })
    }
}

extension Finding {
    /// A finding read back from its `jsonValue`.
    init(storedJSON value: JSONValue, path: String) throws(ReportDecodingError) {
        guard let code = value["code"]?.stringValue, let severityText = value["severity"]?.stringValue,
            let severity = Severity(rawValue: severityText), let location = value["location"]?.stringValue,
            let message = value["message"]?.stringValue
        else { throw ReportDecodingError(path: path, reason: "应有 code、severity、location、message") }
        self.init(code: RuleCode(rawValue: code), severity: severity, location: location, message: message)
    }
}
