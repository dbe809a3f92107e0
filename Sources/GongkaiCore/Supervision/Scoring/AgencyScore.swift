/// An agency's score and how it was made up, part by part (see `ScoringScheme`).
public struct AgencyScore: Sendable, Hashable {
    public let onTime: Double
    public let completeness: Double
    public let accuracy: Double
    public let conformity: Double
    public let originality: Double
    /// The nine statutory parts present (six sections, three tables), of nine.
    public let partsPresent: Int
    /// Error findings counted against accuracy.
    public let errors: Int
    /// Warnings counted against conformity.
    public let warnings: Int
    /// Sections that repeat last year's text.
    public let copiedSections: Int

    /// The total, rounded to one decimal place (as shown and as ranked).
    public var total: Double { ((onTime + completeness + accuracy + conformity + originality) * 10).rounded() / 10 }

    /// The score of a missing report: nothing.
    public static let none = AgencyScore(
        onTime: 0, completeness: 0, accuracy: 0, conformity: 0, originality: 0, partsPresent: 0, errors: 0,
        warnings: 0, copiedSections: 0)

    public init(
        onTime: Double, completeness: Double, accuracy: Double, conformity: Double, originality: Double,
        partsPresent: Int, errors: Int, warnings: Int, copiedSections: Int
    ) {
        self.onTime = onTime
        self.completeness = completeness
        self.accuracy = accuracy
        self.conformity = conformity
        self.originality = originality
        self.partsPresent = partsPresent
        self.errors = errors
        self.warnings = warnings
        self.copiedSections = copiedSections
    }

    /// Scores a present report with `findings` (all of them: the auditor's, the cross-year
    /// checks', lateness, aggregate comparison) under `scheme`; `late` and `dateKnown` give timeliness.
    public init(report: Report, findings: [Finding], late: Bool, dateKnown: Bool, scheme: ScoringScheme) {
        let sections = Set(report.sections.map(\.number)).intersection(1...6).count
        let tables = TableID.allCases.filter { report[table: $0] != nil }.count
        let partsPresent = sections + tables
        let missingParts: Set<RuleCode> = [.tableMissing, .sectionMissing]
        let errors = findings.filter { $0.severity == .error && !missingParts.contains($0.code) }.count
        let ownPart: Set<RuleCode> = [.latePublication, .textCopied]
        let warnings = findings.filter { $0.severity == .warning && !ownPart.contains($0.code) }.count
        let copied = findings.filter { $0.code == .textCopied }.count
        let credit = late ? scheme.lateCredit : dateKnown ? 1 : scheme.unknownDateCredit
        self.init(
            onTime: scheme.onTime * credit,
            completeness: scheme.completeness * Double(partsPresent) / 9,
            accuracy: max(0, scheme.accuracy - scheme.perError * Double(errors)),
            conformity: max(0, scheme.conformity - scheme.perWarning * Double(warnings)),
            originality: max(0, scheme.originality - scheme.perCopiedSection * Double(copied)),
            partsPresent: partsPresent, errors: errors, warnings: warnings, copiedSections: copied)
    }
}
