/// An agency and a report year: where a report is placed.
struct PlacementKey: Hashable {
    let agency: AgencyID
    let year: Int
}

/// Places reports on the board: matches each to a roster agency, keeps one report per agency
/// and year, and says what became of the others.
struct ReportPlacer {
    let roster: Roster
    let inScope: Set<AgencyID>
    let year: Int

    struct Result {
        var placements: [ReportPlacement]
        /// The report counted for each agency and year (an index into the reports).
        var chosen: [PlacementKey: Int]
        /// The match of each agency's report of the board's year.
        var matches: [AgencyID: AgencyMatch]
    }

    func place(_ reports: [CollectedReport]) -> Result {
        let matcher = AgencyMatcher(roster: roster)
        var cache: [String: AgencyMatch] = [:]
        var roles: [ReportPlacement.Role?] = Array(repeating: nil, count: reports.count)
        var matches: [AgencyMatch?] = Array(repeating: nil, count: reports.count)
        var groups: [PlacementKey: [Int]] = [:]
        for (index, collected) in reports.enumerated() {
            guard collected.result.error == nil, let report = collected.report else {
                roles[index] = .unreadable
                continue
            }
            let match: AgencyMatch
            if let confirmed = collected.confirmedAgency, roster.agency(confirmed) != nil {
                match = .confirmed(confirmed, name: report.agency)
            } else if let known = cache[report.agency ?? ""] {
                match = known
            } else {
                match = matcher.match(report.agency)
                cache[report.agency ?? ""] = match
            }
            matches[index] = match
            guard match.confidence.isAccepted, let agency = match.agency else {
                roles[index] = match.confidence == .uncertain ? .needsConfirmation : .unmatched
                continue
            }
            guard inScope.contains(agency) else {
                roles[index] = .outOfScope
                continue
            }
            guard let reportYear = report.year else {
                roles[index] = .yearUnknown
                continue
            }
            groups[PlacementKey(agency: agency, year: reportYear), default: []].append(index)
        }
        var chosen: [PlacementKey: Int] = [:]
        var currentMatches: [AgencyID: AgencyMatch] = [:]
        for (key, indices) in groups {
            // One report per agency and year: the platform's first, then the surer match, the
            // fewer errors, the first file.
            let best = indices.min { lhs, rhs in
                let a = reports[lhs]
                let b = reports[rhs]
                if a.origin != b.origin { return a.origin == .platform }
                let ca = matches[lhs]!.confidence
                let cb = matches[rhs]!.confidence
                if ca != cb { return ca < cb }
                let ea = a.result.findings.filter { $0.severity == .error }.count
                let eb = b.result.findings.filter { $0.severity == .error }.count
                if ea != eb { return ea < eb }
                return a.file < b.file
            }!
            chosen[key] = best
            for index in indices {
                roles[index] =
                    index != best
                    ? .duplicate : key.year == year ? .current : key.year == year - 1 ? .previousYear : .otherYear
            }
            if key.year == year { currentMatches[key.agency] = matches[best] }
        }
        let placements = reports.indices.map { index in
            ReportPlacement(
                file: reports[index].file, match: matches[index], year: reports[index].report?.year, role: roles[index]!
            )
        }
        return Result(placements: placements, chosen: chosen, matches: currentMatches)
    }
}
