/// A region's key figures for one year, for the trend over years.
public struct YearTotals: Sendable, Hashable {
    public let year: Int
    /// Reports of the year added up.
    public let reports: Int
    /// 表三 一、本年新收政府信息公开申请数量, 总计.
    public let newRequests: AggregateCell
    /// 表四 行政复议, 总计.
    public let reconsiderations: AggregateCell
    /// 表四 行政诉讼 (直接起诉 and 复议后起诉), 总计.
    public let lawsuits: AggregateCell

    /// The totals of every year among the `chosen` reports of `agencies`, oldest first; the
    /// region-wide governments' reports are left out as in the region's sums.
    static func trend(
        chosen: [PlacementKey: Int], reports: [CollectedReport], agencies: [RosterAgency], excluding: Set<AgencyID>
    ) -> [YearTotals] {
        let years = Set(chosen.keys.map(\.year)).sorted()
        return years.map { year in
            let members = agencies.compactMap { agency -> (agency: AgencyID, report: Report)? in
                guard !excluding.contains(agency.id), let index = chosen[PlacementKey(agency: agency.id, year: year)],
                    let report = reports[index].report
                else { return nil }
                return (agency.id, report)
            }
            let sums = RegionAggregate(year: year, reports: members)
            let requests = sums.table(.requests)
            let review = sums.table(.review)
            let total = Templates.requestsTotalColumn
            let reviewTotal = Templates.reviewTotalColumn
            return YearTotals(
                year: year, reports: members.count,
                newRequests: requests[Templates.Row.newReceived, total]!,
                reconsiderations: review[Templates.Row.reconsideration, reviewTotal]!,
                lawsuits: combined(
                    review[Templates.Row.litigationDirect, reviewTotal]!,
                    review[Templates.Row.litigationAfterReconsideration, reviewTotal]!))
        }
    }

    private static func combined(_ a: AggregateCell, _ b: AggregateCell) -> AggregateCell {
        let sum: Cell? =
            a.sum == nil && b.sum == nil ? nil : .integer((a.sum?.integerValue ?? 0) + (b.sum?.integerValue ?? 0))
        return AggregateCell(sum: sum, reported: min(a.reported, b.reported), gaps: max(a.gaps, b.gaps))
    }
}
