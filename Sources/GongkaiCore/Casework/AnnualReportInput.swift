/// Everything an annual report is computed from: who, which year, which template, and the records.
///
/// The records are the agency's own; the builder does not filter by agency. Records outside the
/// year are fine (and needed: requests received in earlier years feed 上年结转).
public struct AnnualReportInput: Sendable {
    /// The agency's name, as it appears in the report title.
    public var agency: String
    /// The year reported on (统计期限).
    public var year: Int
    /// The template to fill (`TemplateVersion.required(forReportYear:)` for the official one).
    public var template: TemplateVersion
    /// The agency's requests, of any year.
    public var requests: [DisclosureRequest]
    /// The agency's reconsideration cases, of any year.
    public var reconsiderations: [ReconsiderationCase]
    /// The agency's lawsuits, of any year.
    public var litigations: [LitigationCase]
    /// The registers behind table 2.
    public var registers: ProactiveRegisters
    /// How the agency counts table 4 (its setting); the matching note goes under the table.
    public var appealCounting: AppealCountingMode

    /// An input; `template` defaults to the one the year requires.
    public init(
        agency: String, year: Int, template: TemplateVersion? = nil, requests: [DisclosureRequest] = [],
        reconsiderations: [ReconsiderationCase] = [], litigations: [LitigationCase] = [],
        registers: ProactiveRegisters = ProactiveRegisters(), appealCounting: AppealCountingMode = .handledInYear
    ) {
        self.agency = agency
        self.year = year
        self.template = template ?? TemplateVersion.required(forReportYear: year)
        self.requests = requests
        self.reconsiderations = reconsiderations
        self.litigations = litigations
        self.registers = registers
        self.appealCounting = appealCounting
    }
}
