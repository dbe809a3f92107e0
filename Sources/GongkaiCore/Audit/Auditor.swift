/// What a rule looks at: the report, the observations made while reading it, and the same
/// agency's report for the year before, when there is one.
public struct AuditContext: Sendable {
    public var parsed: ParsedReport
    /// The same agency's report on the previous year, for cross-year checks.
    public var previous: Report?

    public var report: Report { parsed.report }
    public var notes: [ExtractionNote] { parsed.notes }
}

/// One check of the auditor. Rules never throw: they return findings.
public protocol AuditRule: Sendable {
    /// The codes this rule can report.
    var codes: [RuleCode] { get }
    func findings(in context: AuditContext) -> [Finding]
}

/// Checks a report against the template, its own identities (勾稽关系), its text and the previous
/// year's report, and says precisely what is wrong.
public struct Auditor: Sendable {
    public var rules: [any AuditRule]

    /// An auditor with every rule.
    public init(rules: [any AuditRule] = Auditor.standardRules) {
        self.rules = rules
    }

    public static let standardRules: [any AuditRule] = [
        StructureRule(), TemplateRule(), TitleRule(), CellRule(), LabelRule(), RequestsIdentityRule(),
        ReviewTotalRule(), CarryOverRule(), TextCopiedRule(), NarrativeRule(), OCRRule(),
    ]

    /// The findings for `parsed`, most serious first, then in document order. A finding about a
    /// part read by OCR says so (`source: .ocr`).
    public func audit(_ parsed: ParsedReport, previous: Report? = nil) -> [Finding] {
        let context = AuditContext(parsed: parsed, previous: previous)
        var findings = rules.flatMap { $0.findings(in: context) }
        if !parsed.report.ocr.isEmpty {
            for index in findings.indices {
                guard let part = ReportPart(location: findings[index].location), parsed.report.ocr.contains(part) else {
                    continue
                }
                findings[index].source = .ocr
            }
        }
        return Self.ordered(findings)
    }

    /// `findings` most serious first, otherwise in the order given.
    public static func ordered(_ findings: [Finding]) -> [Finding] {
        findings.enumerated().sorted { lhs, rhs in
            lhs.element.severity != rhs.element.severity
                ? lhs.element.severity < rhs.element.severity : lhs.offset < rhs.offset
        }.map(\.element)
    }

    /// The findings for a report that carries no reading notes (canonical JSON, computed reports).
    public func audit(_ report: Report, previous: Report? = nil) -> [Finding] {
        audit(ParsedReport(report: report, format: .json), previous: previous)
    }
}
