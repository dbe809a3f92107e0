/// LATE_PUBLICATION: the report was published after its statutory date — 31 January of the
/// following year for departments (《条例》第四十九条), 31 March for people's governments (第五十条).
public struct LatePublicationRule: Sendable {
    public init() {}

    /// The finding for a report on `year` by an agency of `kind` published on `publication`,
    /// or `nil` when it was on time.
    public func finding(publication: PublicationDate, kind: AgencyKind, year: Int) -> Finding? {
        let deadline = kind.deadline(forReportYear: year)
        guard publication.date > deadline else { return nil }
        let days = deadline.days(to: publication.date)
        return Finding(
            code: .latePublication, severity: .warning, location: "publication",
            message:
                "\(year)年度报告的\(publication.sourceName)为\(publication.date.chineseText)，晚于《条例》\(kind.article)规定的\(deadline.chineseText)，逾期\(days)天"
        )
    }
}
