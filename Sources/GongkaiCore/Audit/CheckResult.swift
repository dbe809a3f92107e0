/// The outcome of checking one file: the report's summary and its findings, or why it could not
/// be read.
public struct CheckResult: Sendable {
    public var file: String
    /// The report without its section text: the metadata and tables, which is what a summary of
    /// thousands of files needs to keep in memory.
    public var report: Report?
    /// The format the file was read as.
    public var format: SourceFormat?
    public var error: ReadError?
    public var findings: [Finding]
    /// Sampled fingerprints of the section texts, for TEXT_COPIED across years (the text itself is dropped).
    public var narrative: NarrativeFingerprint?
    /// The date under the report (落款日期), when the document ends with one.
    public var signatureDate: CivilDate?

    public init(
        file: String, report: Report? = nil, format: SourceFormat? = nil, error: ReadError? = nil,
        findings: [Finding] = [], narrative: NarrativeFingerprint? = nil, signatureDate: CivilDate? = nil
    ) {
        self.file = file
        self.report = report
        self.format = format
        self.error = error
        self.findings = findings
        self.narrative = narrative
        self.signatureDate = signatureDate
    }

    /// The summary of a report read from `file` and audited: its section text dropped, its
    /// narrative kept as sampled fingerprints.
    public init(file: String, parsed: ParsedReport, findings: [Finding]) {
        var summary = parsed.report
        let narrative = NarrativeFingerprint(summary, maximumShingles: NarrativeFingerprint.batchShingles)
        for number in summary.sections.indices { summary.sections[number].text = "" }
        self.init(
            file: file, report: summary, format: parsed.format, findings: findings, narrative: narrative,
            signatureDate: parsed.signatureDate)
    }

    /// Whether any finding is an error.
    public var hasErrors: Bool { findings.contains { $0.severity == .error } }

    /// `{"file": …, "report": {…metadata…}, "findings": [ … ]}`; an unreadable file has
    /// `"report": null` and an `"error"` message.
    public var jsonValue: JSONValue {
        var members = [JSONMember("file", .string(file))]
        if let error { members.append(JSONMember("error", .string(error.reason.message))) }
        members.append(JSONMember("report", report.map { $0.metadataJSONValue() } ?? .null))
        members.append(JSONMember("findings", .array(findings.map(\.jsonValue))))
        return .object(members)
    }

    /// Adds `extra` findings, keeping the order the auditor gives: most serious first, then as found.
    public mutating func add(_ extra: [Finding]) {
        guard !extra.isEmpty else { return }
        findings = Auditor.ordered(findings + extra)
    }
}
