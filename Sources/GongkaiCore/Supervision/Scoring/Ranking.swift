/// One line of the ranking.
public struct RankedAgency: Sendable, Hashable {
    /// 1 for the best; agencies with the same total share a rank and the next rank is skipped
    /// (1, 2, 2, 4: "standard competition ranking").
    public let rank: Int
    public let agency: AgencyID
    public let score: AgencyScore
    /// Whether another agency has the same total.
    public let tied: Bool
}

/// Ranks agencies by total score (one decimal place, as shown), best first; ties keep the
/// roster order and share their rank.
public enum Ranking {
    public static func rank(_ scores: [(agency: AgencyID, score: AgencyScore)]) -> [RankedAgency] {
        let ordered = scores.enumerated().sorted { lhs, rhs in
            lhs.element.score.total != rhs.element.score.total
                ? lhs.element.score.total > rhs.element.score.total : lhs.offset < rhs.offset
        }.map(\.element)
        var counts: [Double: Int] = [:]
        for entry in ordered { counts[entry.score.total, default: 0] += 1 }
        var result: [RankedAgency] = []
        for (position, entry) in ordered.enumerated() {
            let rank = result.last.map { $0.score.total == entry.score.total ? $0.rank : position + 1 } ?? 1
            result.append(
                RankedAgency(rank: rank, agency: entry.agency, score: entry.score, tied: counts[entry.score.total]! > 1)
            )
        }
        return result
    }
}
