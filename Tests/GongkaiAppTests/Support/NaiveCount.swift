import GongkaiCore

/// An independent count of table 3: it reads each request's events directly (not the core's
/// `RequestProgress`, `RequestCounting` or the SQL) and compares years, not dates.
struct NaiveCount {
    static let columns = [
        "naturalPerson": 0, "commercial": 1, "research": 2, "socialWelfare": 3, "legalService": 4, "other": 5,
    ]
    var counts: [String: [Int]] = [:]
    var members: [String: [[String]]] = [:]

    init(requests: [DisclosureRequest], year: Int, template: TemplateVersion) {
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
                members[row, default: Array(repeating: [], count: 7)][column].append(request.id.rawValue)
                members[row]![6].append(request.id.rawValue)
            }
        }
    }

    func count(_ row: RowKey, _ column: Int) -> Int { counts[row.rawValue]?[column] ?? 0 }
    func members(_ row: RowKey, _ column: Int) -> [String] { members[row.rawValue]?[column] ?? [] }
}
