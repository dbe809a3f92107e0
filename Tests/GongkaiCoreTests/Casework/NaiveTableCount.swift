import Testing

@testable import GongkaiCore

/// An independent count of table 3: it reads each request's events directly (not
/// `RequestProgress` or `RequestCounting`) and compares years, not dates.
struct NaiveTableCount {
    /// The applicant columns, spelled out here rather than taken from `ApplicantType.columnIndex`.
    static let columns = [
        "naturalPerson": 0, "commercial": 1, "research": 2, "socialWelfare": 3, "legalService": 4, "other": 5,
    ]
    var counts: [String: [Int]] = [:]
    /// Random cells (about 60) with the ids of the requests that fall in them, in input order.
    var sampledMembers: [CellAddress: [RecordID]] = [:]

    init(requests: [DisclosureRequest], year: Int, template: TemplateVersion, rng: inout SplitMix64) {
        let layout = Templates.layout(.requests, template)
        var sample: Set<CellAddress> = []
        while sample.count < 60 {
            let row = layout.rows[rng.below(layout.rows.count)].key
            sample.insert(CellAddress(.requests, row, rng.below(7)))
        }
        for cell in sample { sampledMembers[cell] = [] }
        let sampledRows = Set(sample.map(\.row.rawValue))

        for request in requests {
            var closedOn: CivilDate?
            var resultRow: String?
            for event in request.events {
                switch event.kind {
                case .replied(let result): (closedOn, resultRow) = (event.date, result.rawValue)
                case .correctionLapsed: (closedOn, resultRow) = (event.date, "otherHandling.noCorrection")
                case .feeLapsed: (closedOn, resultRow) = (event.date, "otherHandling.unpaidFee")
                case .withdrawn: (closedOn, resultRow) = (event.date, "otherHandling.other")
                default: continue
                }
            }
            if template == .v2019, let row = resultRow, row.hasPrefix("otherHandling") { resultRow = "otherHandling" }
            let receivedYear = request.receivedOn.year
            let closedYear = closedOn?.year
            var rows: [String] = []
            if receivedYear == year { rows.append("newReceived") }
            if receivedYear < year, closedYear == nil || closedYear! >= year { rows.append("carriedOver") }
            if receivedYear <= year, let closedYear, closedYear == year { rows += [resultRow!, "total"] }
            if receivedYear <= year, closedYear == nil || closedYear! > year { rows.append("carriedForward") }
            let column = Self.columns[request.applicant.type.rawValue]!
            for row in rows {
                counts[row, default: Array(repeating: 0, count: 7)][column] += 1
                counts[row]![6] += 1
                guard sampledRows.contains(row) else { continue }
                for target in [column, 6] where sample.contains(CellAddress(.requests, RowKey(row), target)) {
                    sampledMembers[CellAddress(.requests, RowKey(row), target)]!.append(request.id)
                }
            }
        }
    }

    func count(_ row: RowKey, _ column: Int) -> Int { counts[row.rawValue]?[column] ?? 0 }
}
