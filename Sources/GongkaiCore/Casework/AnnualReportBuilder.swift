/// Computes tables 2–4 of an annual report from casework records.
///
/// The result is `Report.skeleton` with the six sections left empty and every cell of tables 2,
/// 3 and 4 a number (0, never blank). Table 3 is the sum of `RequestCounting.classify` over the
/// requests, table 4 of `AppealCounting.cell` (in the agency's counting mode, whose note goes
/// under the table), table 2 is `ProactiveCounting.tally`; so the
/// identities of templates.md §4.1 (H1–H4) hold by construction, and every cell can be traced to
/// the records counted in it (`ComputedAnnualReport.records(in:)`).
public enum AnnualReportBuilder {
    /// The report for `input`, with drill-down.
    public static func build(_ input: AnnualReportInput) -> ComputedAnnualReport {
        var report = Report.skeleton(template: input.template, year: input.year, agency: input.agency)
        let requests = RequestsTableTally(input.requests, year: input.year, template: input.template)
        let review = ReviewTableTally(
            input.reconsiderations, input.litigations, year: input.year, mode: input.appealCounting)
        let proactive = ProactiveCounting.tally(input.registers, year: input.year, template: input.template)
        report.requests = requests.table
        report.review = review.table
        report.tableNotes[.review] = input.appealCounting.footnote
        var proactiveTable = ReportTable(layout: Templates.layout(.proactive, input.template))
        for cell in proactive { proactiveTable[cell.row, cell.column] = cell.value }
        report.proactive = proactiveTable
        return ComputedAnnualReport(
            report: report, year: input.year, template: input.template, requests: requests, review: review,
            proactive: proactive)
    }
}

/// Table 3 counted from requests, keeping each row's members compactly for drill-down.
struct RequestsTableTally: Sendable {
    let layout: TableLayout
    let table: ReportTable
    /// The ids of the counted requests, in input order.
    let ids: [RecordID]
    /// The applicant column of each counted request.
    let columns: [Int8]
    /// For each layout row, the positions (into `ids`) of the requests counted in it, ascending.
    /// （七）总计 holds every request closed in the year.
    let rowMembers: [[Int32]]

    init(_ requests: [DisclosureRequest], year: Int, template: TemplateVersion) {
        let layout = Templates.layout(.requests, template)
        let totalRow = layout.index(of: Templates.Row.total)!
        let totalColumn = Templates.requestsTotalColumn
        var counts = Array(
            repeating: Array(repeating: 0, count: Templates.requestsColumns.count), count: layout.rows.count)
        var ids: [RecordID] = []
        var columns: [Int8] = []
        var rowMembers: [[Int32]] = Array(repeating: [], count: layout.rows.count)
        for request in requests {
            let classification = RequestCounting.classify(request, year: year, template: template)
            guard let intake = classification.intake, let outcome = classification.outcome,
                let intakeRow = layout.index(of: intake), let outcomeRow = layout.index(of: outcome)
            else { continue }
            let column = classification.column
            let position = Int32(ids.count)
            var rows = [intakeRow, outcomeRow]
            if classification.outcomeIsResult { rows.append(totalRow) }
            for row in rows {
                counts[row][column] += 1
                counts[row][totalColumn] += 1
                rowMembers[row].append(position)
            }
            ids.append(request.id)
            columns.append(Int8(column))
        }
        var table = ReportTable(layout: layout)
        for (row, values) in counts.enumerated() {
            for (column, value) in values.enumerated() { table[row: row, column: column] = .integer(value) }
        }
        self.layout = layout
        self.table = table
        self.ids = ids
        self.columns = columns
        self.rowMembers = rowMembers
    }

    /// The requests counted in row `key`, column `column`; `nil` when there is no such cell.
    func records(row key: RowKey, column: Int) -> [RecordID]? {
        guard let row = layout.index(of: key), Templates.requestsColumns.indices.contains(column) else { return nil }
        let members = rowMembers[row]
        if column == Templates.requestsTotalColumn { return members.map { ids[Int($0)] } }
        return members.filter { Int(columns[Int($0)]) == column }.map { ids[Int($0)] }
    }
}

/// Table 4 counted from appeal cases.
struct ReviewTableTally: Sendable {
    let table: ReportTable
    /// Per row key, per column 0…3, the cases counted there.
    let members: [RowKey: [[RecordID]]]

    init(
        _ reconsiderations: [ReconsiderationCase], _ litigations: [LitigationCase], year: Int, mode: AppealCountingMode
    ) {
        let layout = Templates.layout(.review, .v2021)
        var members: [RowKey: [[RecordID]]] = [:]
        for row in layout.rows { members[row.key] = Array(repeating: [], count: Templates.reviewTotalColumn) }
        for item in reconsiderations {
            if let cell = AppealCounting.cell(of: item, year: year, mode: mode) {
                members[cell.row]![cell.outcome.columnIndex].append(item.id)
            }
        }
        let superseded = AppealCounting.supersessions(in: litigations)
        for item in litigations {
            if let cell = AppealCounting.cell(of: item, year: year, mode: mode, supersededOn: superseded[item.id]) {
                members[cell.row]![cell.outcome.columnIndex].append(item.id)
            }
        }
        var table = ReportTable(layout: layout)
        for row in layout.rows {
            let counts = members[row.key]!.map(\.count)
            for (column, count) in counts.enumerated() { table[row.key, column] = .integer(count) }
            table[row.key, Templates.reviewTotalColumn] = .integer(counts.reduce(0, +))
        }
        self.table = table
        self.members = members
    }

    /// The cases counted in row `key`, column `column` (总计: all four columns); `nil` when there
    /// is no such cell.
    func records(row key: RowKey, column: Int) -> [RecordID]? {
        guard let columns = members[key], Templates.reviewColumns.indices.contains(column) else { return nil }
        return column == Templates.reviewTotalColumn ? columns.flatMap { $0 } : columns[column]
    }
}
