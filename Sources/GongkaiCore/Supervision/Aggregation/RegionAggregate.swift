/// What one agency put into a cell of the region's total: its value, or `nil` for a gap.
public struct Contribution: Sendable, Hashable {
    public let agency: AgencyID
    public let value: Cell?
}

/// A region's tables 2–4 summed over its agencies' reports, with the drill-down to each
/// agency's cell.
///
/// Reports are first put into the template of the year (`TemplateMigration`: a 2019-format
/// report's single （六）其他处理 counts under （六）3.其他; table-2 columns that have no counterpart stay
/// blank), so one report in the old format leaves gaps rather than wrong sums.
public struct RegionAggregate: Sendable {
    public let year: Int
    /// The template the sums are in: the one the year requires.
    public let template: TemplateVersion
    /// The agencies added up, in roster order.
    public let members: [AgencyID]
    /// Agencies expected but without a report: the sums lack them entirely.
    public let missing: [AgencyID]
    /// Governments whose region-wide figures are compared with their units' sum, not added.
    public let excluded: [AgencyID]
    /// Tables 2, 3 and 4.
    public let tables: [AggregateTable]
    private let reports: [AgencyID: Report]

    /// Sums the `reports` of `year` (roster order), noting `missing` and `excluded` agencies.
    public init(
        year: Int, reports: [(agency: AgencyID, report: Report)], missing: [AgencyID] = [], excluded: [AgencyID] = []
    ) {
        self.year = year
        let template = TemplateVersion.required(forReportYear: year)
        self.template = template
        let migrated = reports.map { ($0.agency, TemplateMigration.migrate($0.report, to: template).report) }
        members = migrated.map(\.0)
        self.missing = missing
        self.excluded = excluded
        tables = TableID.allCases.map { table in
            AggregateTable(layout: Templates.layout(table, template), tables: migrated.map { $0.1[table: table] })
        }
        self.reports = Dictionary(migrated, uniquingKeysWith: { first, _ in first })
    }

    /// The summed table `id`.
    public func table(_ id: TableID) -> AggregateTable {
        tables[TableID.allCases.firstIndex(of: id)!]
    }

    /// Each member's value in a cell, in member order: the drill-down behind one sum.
    public func contributions(_ table: TableID, row: RowKey, column: Int) -> [Contribution] {
        members.map { agency in
            Contribution(agency: agency, value: reports[agency]?[table: table]?[row, column])
        }
    }

    /// An agency's report as it was added (in the year's template).
    public func report(of agency: AgencyID) -> Report? { reports[agency] }
}
