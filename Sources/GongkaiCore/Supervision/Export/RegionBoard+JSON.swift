/// The board as JSON (`gongkai.board/1`): what `gongkai collect --to json` prints and what the
/// web API will serve. Keys in a fixed order; dates as `YYYY-MM-DD`; a blank sum is `null`.
extension RegionBoard {
    /// The identifier of the board's JSON format.
    public static let schema = "gongkai.board/1"

    public var jsonValue: JSONValue {
        let ranks = Dictionary(ranking.map { ($0.agency, $0) }, uniquingKeysWith: { first, _ in first })
        return .object([
            JSONMember("schema", .string(Self.schema)),
            JSONMember("title", .string(title)),
            JSONMember(
                "region",
                region.map {
                    .object([JSONMember("id", .string($0.id.rawValue)), JSONMember("name", .string($0.name))])
                } ?? .null),
            JSONMember("year", .int(year)),
            JSONMember("asOf", .string(asOf.description)),
            JSONMember("template", .string(aggregate.template.rawValue)),
            JSONMember("counts", countsJSON),
            JSONMember("agencies", .array(agencies.map { agencyJSON($0, rank: ranks[$0.agency.id]) })),
            JSONMember("ranking", .array(ranking.map(rankJSON))),
            JSONMember("aggregate", aggregateJSON),
            JSONMember("comparisons", .array(comparisons.map(comparisonJSON))),
            JSONMember("trend", .array(trend.map(trendJSON))),
            JSONMember("files", .array(placements.map(placementJSON))),
            JSONMember("scheme", scheme.jsonValue),
        ])
    }

    private var countsJSON: JSONValue {
        .object(
            [JSONMember("expected", .int(agencies.count))]
                + CollectionStatus.allCases.map { JSONMember($0.rawValue, .int(count($0))) }
                + [JSONMember("overdue", .int(agencies.filter(\.overdue).count))])
    }

    private func agencyJSON(_ line: AgencyStatus, rank score: RankedAgency?) -> JSONValue {
        .object([
            JSONMember("agency", .string(line.agency.name)),
            JSONMember("kind", .string(line.agency.kind.rawValue)),
            JSONMember("region", .string(line.agency.region.rawValue)),
            JSONMember("status", .string(line.status.rawValue)),
            JSONMember("statusText", .string(line.statusText)),
            JSONMember("deadline", .string(line.deadline.description)),
            JSONMember(
                "publication",
                line.publication.map {
                    .object([
                        JSONMember("date", .string($0.date.description)),
                        JSONMember("source", .string($0.source.rawValue)),
                    ])
                } ?? .null),
            JSONMember("daysLate", line.daysLate.map(JSONValue.int) ?? .null),
            JSONMember("file", .string(orNull: line.report?.file)),
            JSONMember("match", line.match.map(matchJSON) ?? .null),
            JSONMember("rank", score.map { .int($0.rank) } ?? .null),
            JSONMember("score", score.map { scoreJSON($0.score) } ?? .null),
            JSONMember("findings", .array(line.findings.map(\.jsonValue))),
        ])
    }

    private func matchJSON(_ match: AgencyMatch) -> JSONValue {
        .object([
            JSONMember("name", .string(orNull: match.name)),
            JSONMember("agency", .string(orNull: match.agency.flatMap { roster.agency($0)?.name })),
            JSONMember("confidence", .string(match.confidence.rawValue)),
            JSONMember(
                "candidates",
                .array(
                    match.candidates.map { candidate in
                        .object([
                            JSONMember(
                                "agency", .string(roster.agency(candidate.agency)?.name ?? candidate.agency.rawValue)),
                            JSONMember("score", .number(ScoringScheme.format(candidate.score))),
                        ])
                    })),
        ])
    }

    private func scoreJSON(_ score: AgencyScore) -> JSONValue {
        func number(_ value: Double) -> JSONValue { .number(ScoringScheme.format((value * 10).rounded() / 10)) }
        return .object([
            JSONMember("total", number(score.total)),
            JSONMember("onTime", number(score.onTime)),
            JSONMember("completeness", number(score.completeness)),
            JSONMember("accuracy", number(score.accuracy)),
            JSONMember("conformity", number(score.conformity)),
            JSONMember("originality", number(score.originality)),
            JSONMember("partsPresent", .int(score.partsPresent)),
            JSONMember("errors", .int(score.errors)),
            JSONMember("warnings", .int(score.warnings)),
            JSONMember("copiedSections", .int(score.copiedSections)),
        ])
    }

    private func rankJSON(_ line: RankedAgency) -> JSONValue {
        .object([
            JSONMember("rank", .int(line.rank)),
            JSONMember("agency", .string(roster.agency(line.agency)?.name ?? line.agency.rawValue)),
            JSONMember("total", .number(ScoringScheme.format(line.score.total))),
            JSONMember("tied", .bool(line.tied)),
        ])
    }

    private func cellJSON(_ cell: AggregateCell) -> JSONValue {
        .object([
            JSONMember("sum", cell.sum.map { .number($0.description) } ?? .null),
            JSONMember("reported", .int(cell.reported)),
            JSONMember("gaps", .int(cell.gaps)),
        ])
    }

    private var aggregateJSON: JSONValue {
        func names(_ ids: [AgencyID]) -> JSONValue {
            .array(ids.map { .string(roster.agency($0)?.name ?? $0.rawValue) })
        }
        return .object([
            JSONMember("template", .string(aggregate.template.rawValue)),
            JSONMember("members", names(aggregate.members)),
            JSONMember("missing", names(aggregate.missing)),
            JSONMember("excluded", names(aggregate.excluded)),
            JSONMember(
                "tables",
                .object(
                    aggregate.tables.map { table in
                        JSONMember(
                            table.layout.table.rawValue,
                            .object(
                                table.layout.rows.enumerated().map { index, row in
                                    JSONMember(row.key.rawValue, .array(table.cells[index].map(cellJSON)))
                                }))
                    })),
        ])
    }

    private func comparisonJSON(_ comparison: AggregateComparison) -> JSONValue {
        .object([
            JSONMember(
                "government", .string(roster.agency(comparison.government)?.name ?? comparison.government.rawValue)),
            JSONMember("subordinates", .int(comparison.subordinates.count)),
            JSONMember("missing", .array(comparison.missing.map { .string(roster.agency($0)?.name ?? $0.rawValue) })),
            JSONMember("compared", .int(comparison.compared)),
            JSONMember("incomplete", .int(comparison.incomplete)),
            JSONMember("findings", .array(comparison.findings.map(\.jsonValue))),
        ])
    }

    private func trendJSON(_ totals: YearTotals) -> JSONValue {
        .object([
            JSONMember("year", .int(totals.year)),
            JSONMember("reports", .int(totals.reports)),
            JSONMember("newRequests", cellJSON(totals.newRequests)),
            JSONMember("reconsiderations", cellJSON(totals.reconsiderations)),
            JSONMember("lawsuits", cellJSON(totals.lawsuits)),
        ])
    }

    private func placementJSON(_ placement: ReportPlacement) -> JSONValue {
        .object([
            JSONMember("file", .string(placement.file)),
            JSONMember("role", .string(placement.role.rawValue)),
            JSONMember("year", placement.year.map(JSONValue.int) ?? .null),
            JSONMember("match", placement.match.map(matchJSON) ?? .null),
        ])
    }
}
