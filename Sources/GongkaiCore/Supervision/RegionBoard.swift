/// The supervision board of one region and report year: which agencies have reported (and on
/// time), what is wrong with their reports, the region's summed tables with their drill-down,
/// the parent-versus-children comparisons, the scores and the ranking.
///
/// A pure value computed from the roster, the checked reports and the date: no file, database
/// or clock is touched, so the CLI (`gongkai collect`) and the web board build the same board
/// from the same inputs. Reports come in as `CollectedReport`s (made from `BatchChecker`'s
/// `CheckResult`s with `pairingYears: false`); every year's reports may be given together —
/// the year before is used for the cross-year checks, every year for the trend.
public struct RegionBoard: Sendable {
    public let roster: Roster
    /// The region the board covers (with every region below it); `nil` for the whole roster.
    public let scope: RegionID?
    /// The report year (统计年度): the reports are due in the year after.
    public let year: Int
    /// The date the board is drawn up on: decides whether a missing report is already overdue.
    public let asOf: CivilDate
    public let scheme: ScoringScheme
    /// What was done with each report given, in the order given.
    public let placements: [ReportPlacement]
    /// One line per agency of the region, in roster order.
    public let agencies: [AgencyStatus]
    /// The region's tables summed over its agencies' reports of the year.
    public let aggregate: RegionAggregate
    /// The region-wide governments' figures against their units' sums.
    public let comparisons: [AggregateComparison]
    /// Every agency of the region, best score first.
    public let ranking: [RankedAgency]
    /// The region's key figures for every year among the reports.
    public let trend: [YearTotals]

    /// Draws up the board.
    ///
    /// - Parameters:
    ///   - publicationDates: when agencies' reports of `year` were published, as the office
    ///     recorded them (the roster's 发布日期); a report's own `publishedOn` wins over it, and
    ///     either wins over the date under the report.
    public init(
        roster: Roster, reports: [CollectedReport], year: Int, asOf: CivilDate, scope: RegionID? = nil,
        publicationDates: [AgencyID: CivilDate] = [:], scheme: ScoringScheme = .standard,
        crossYear: CrossYearCheck = CrossYearCheck()
    ) {
        self.roster = roster
        self.scope = scope
        self.year = year
        self.asOf = asOf
        self.scheme = scheme
        let inScope = Set(roster.agencies(within: scope).map(\.id))
        let placed = ReportPlacer(roster: roster, inScope: inScope, year: year).place(reports)
        placements = placed.placements
        let chosen = placed.chosen
        let current: (AgencyID) -> CollectedReport? = { id in
            chosen[PlacementKey(agency: id, year: year)].map { reports[$0] }
        }

        // The parent-versus-children comparisons.
        let scoped = roster.agencies(within: scope)
        var comparisons: [AggregateComparison] = []
        for government in scoped where government.reportsRegionWide {
            guard let report = current(government.id)?.report else { continue }
            let units = roster.subordinates(of: government.id)
            let reporting = units.compactMap { unit in current(unit.id)?.report.map { (agency: unit.id, report: $0) } }
            let sum = RegionAggregate(year: year, reports: reporting)
            comparisons.append(
                AggregateMismatchRule().compare(
                    government: government.id, report: report, units: sum,
                    missing: units.filter { current($0.id) == nil }.map(\.id)))
        }
        self.comparisons = comparisons
        let comparisonFindings = Dictionary(uniqueKeysWithValues: comparisons.map { ($0.government, $0.findings) })

        // Each agency's line.
        var statuses: [AgencyStatus] = []
        var scores: [(agency: AgencyID, score: AgencyScore)] = []
        for agency in scoped {
            let deadline = agency.deadline(forReportYear: year)
            guard let collected = current(agency.id), let report = collected.report else {
                statuses.append(
                    AgencyStatus(
                        agency: agency, status: .missing, deadline: deadline, report: nil, publication: nil,
                        daysLate: nil, overdue: asOf > deadline, findings: [], match: nil))
                scores.append((agency.id, .none))
                continue
            }
            var findings = collected.result.findings
            if let previous = chosen[PlacementKey(agency: agency.id, year: year - 1)] {
                findings += crossYear.findings(collected.result, previous: reports[previous].result)
            }
            findings += comparisonFindings[agency.id] ?? []
            let publication = Self.publication(collected, given: publicationDates[agency.id])
            let late = publication.flatMap {
                LatePublicationRule().finding(publication: $0, kind: agency.kind, year: year)
            }
            if let late { findings.append(late) }
            let status: CollectionStatus = late != nil ? .late : collected.origin == .platform ? .published : .uploaded
            let match = placed.matches[agency.id]
            statuses.append(
                AgencyStatus(
                    agency: agency, status: status, deadline: deadline, report: collected, publication: publication,
                    daysLate: late != nil ? deadline.days(to: publication!.date) : nil, overdue: false,
                    findings: Auditor.ordered(findings), match: match))
            scores.append(
                (
                    agency.id,
                    AgencyScore(
                        report: report, findings: findings, late: late != nil, dateKnown: publication != nil,
                        scheme: scheme)
                ))
        }
        agencies = statuses
        ranking = Ranking.rank(scores)

        // The region's sums: every report of the year except region-wide governments' (compared above).
        let regionWide = Set(scoped.filter(\.reportsRegionWide).map(\.id))
        aggregate = RegionAggregate(
            year: year,
            reports: scoped.compactMap { agency in
                regionWide.contains(agency.id) ? nil : current(agency.id)?.report.map { (agency.id, $0) }
            },
            missing: statuses.filter { $0.status == .missing }.map(\.agency.id),
            excluded: scoped.filter { regionWide.contains($0.id) && current($0.id) != nil }.map(\.id))
        trend = YearTotals.trend(chosen: chosen, reports: reports, agencies: scoped, excluding: regionWide)
    }

    /// The publication date: given with the report, given by the office, or the date under it.
    private static func publication(_ report: CollectedReport, given: CivilDate?) -> PublicationDate? {
        if let date = report.publishedOn ?? given { return PublicationDate(date: date, source: .given) }
        return report.result.signatureDate.map { PublicationDate(date: $0, source: .signature) }
    }

    /// The region the board covers, if one was chosen.
    public var region: Region? { scope.flatMap(roster.region) }

    /// The board's title: "江东市 2025年度" or "2025年度" for a whole roster.
    public var title: String {
        let name = region?.name ?? (roster.topRegions.count == 1 ? roster.topRegions[0].name : "")
        return (name.isEmpty ? "" : "\(name) ") + "\(year)年度政府信息公开工作年度报告报送与检查情况"
    }

    /// How many agencies have each status.
    public func count(_ status: CollectionStatus) -> Int { agencies.filter { $0.status == status }.count }

    /// The status of `agency`, if it is on the board.
    public func status(of agency: AgencyID) -> AgencyStatus? { agencies.first { $0.agency.id == agency } }

    /// Reports whose agency a person must confirm (uncertain matches).
    public var needingConfirmation: [ReportPlacement] { placements.filter { $0.role == .needsConfirmation } }
}
