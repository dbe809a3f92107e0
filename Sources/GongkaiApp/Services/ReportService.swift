import FluentKit
import Foundation
import GongkaiCore
import SQLKit

/// Computes an agency's annual report from the stored records.
///
/// Table 3 is one `GROUP BY` over `requests` (see `requestGroups`): each request counted in the
/// year falls into exactly one (applicant column, new or carried over, result row or still open)
/// count, which is `RequestCounting.classify` in SQL. The groups are mapped onto
/// `Templates.layout`, so the identities of table 3 hold by construction and year N's 上年结转
/// is year N−1's 结转下年度. Tables 2 and 4 come from the registers and appeals through the
/// core's own counting (`AnnualReportBuilder`), since those are small.
public struct ReportService: Sendable {
    /// The caller's connection, logger and clock.
    public let context: ServiceContext

    /// A service working in `context`.
    public init(_ context: ServiceContext) {
        self.context = context
    }

    var sql: any SQLDatabase { context.sql }

    /// An annual report with the means to explain its cells.
    public struct AnnualReport: Sendable {
        /// The report (sections empty; tables 2–4 filled).
        public let report: Report
        /// The agency's id.
        public let agencyID: UUID
        /// The year reported on.
        public let year: Int
        /// The template filled.
        public let template: TemplateVersion
        /// The core's computation of tables 2 and 4 (its table 3 is unused: no requests given).
        let registersAndAppeals: ComputedAnnualReport
    }

    /// The report of `agency` for `year` in `template` (the one the year requires by default).
    public func annualReport(for agency: AgencyModel, year: Int, template: TemplateVersion? = nil) async throws
        -> AnnualReport
    {
        let template = template ?? TemplateVersion.required(forReportYear: year)
        let agencyID = try agency.requireID()
        let requests = try await requestsTable(agencyID: agencyID, year: year, template: template)
        let cases = CaseService(context)
        let appeals = try await cases.appeals(agencyID: agencyID)
        let registers = try await cases.registers(agencyID: agencyID)
        let computed = AnnualReportBuilder.build(
            AnnualReportInput(
                agency: agency.name, year: year, template: template, reconsiderations: appeals.reconsiderations,
                litigations: appeals.litigations, registers: registers, appealCounting: try agency.countingMode()))
        var report = computed.report
        report.requests = requests
        return AnnualReport(
            report: report, agencyID: agencyID, year: year, template: template, registersAndAppeals: computed)
    }

    // MARK: Table 3

    /// One group of the table-3 query.
    public struct RequestGroup: Sendable, Hashable {
        /// The applicant column, 0…5.
        public let column: Int
        /// Received in the year (一) rather than carried over (二).
        public let isNew: Bool
        /// The result when closed in the year; `nil` when still open at its end (四).
        public let result: ReplyResult?
        /// How many requests.
        public let count: Int
    }

    /// Table 3 of `year` in `template` for agency `agencyID`.
    public func requestsTable(agencyID: UUID, year: Int, template: TemplateVersion) async throws -> ReportTable {
        Self.requestsTable(from: try await requestGroups(agencyID: agencyID, year: year), template: template)
    }

    /// The groups of table 3: the requests received by 31 December and not closed before
    /// 1 January, by applicant column, new or carried over, and result (when closed in the year).
    ///
    /// One `GROUP BY applicant_column, result_row` — the same grouping as the bare aggregate, so
    /// both databases estimate it well and aggregate by hashing — counting per group all rows,
    /// those received in the year, those closed in the year, and those both (a request closed
    /// after the year keeps its later `result_row` but counts as open). The WHERE clause
    /// guarantees received ≤ 31 December and closed ≥ 1 January, so these four counts give the
    /// four cells: new and closed, new and open, carried over and closed, carried over and open.
    ///
    /// The year's bounds are written into the SQL as literals (they are `YYYY-MM-DD` made from an
    /// integer year, nothing from outside): PostgreSQL evaluates a constant faster than a bound
    /// parameter, and the comparisons run for every row.
    public func requestGroups(agencyID: UUID, year: Int) async throws -> [RequestGroup] {
        typealias C = RequestModel.Column
        let start = CivilDate.startOfYear(year).description
        let end = CivilDate.endOfYear(year).description
        let received = C.receivedOn.description
        let closed = C.closedOn.description
        let rows = try await sql.raw(
            """
            SELECT \(ident: C.applicantColumn.description) AS col, \(ident: C.resultRow.description) AS result,
                   COUNT(*) AS total,
                   COUNT(*) FILTER (WHERE \(ident: received) >= \(literal: start)) AS new_total,
                   COUNT(*) FILTER (WHERE \(ident: closed) <= \(literal: end)) AS closed_total,
                   COUNT(*) FILTER (WHERE \(ident: received) >= \(literal: start) AND \(ident: closed) <= \(literal: end)) AS new_closed
            FROM \(ident: RequestModel.schema)
            WHERE \(ident: C.agencyID.description) = \(bind: agencyID)
              AND \(ident: received) <= \(literal: end)
              AND (\(ident: closed) IS NULL OR \(ident: closed) >= \(literal: start))
            GROUP BY \(ident: C.applicantColumn.description), \(ident: C.resultRow.description)
            """
        ).all()
        var groups: [RequestGroup] = []
        for row in rows {
            // Values from the database are checked before they index anything: a corrupted row is
            // an error that names it, never a crash.
            let column = try row.decode(column: "col", as: Int.self)
            guard ApplicantType.allCases.indices.contains(column) else {
                let keys = try await caseNumbers(agencyID: agencyID, where: C.applicantColumn, equals: column)
                throw StoredDataError(
                    table: RequestModel.schema, key: keys,
                    reason: "申请人类型列 applicant_column 的值为 \(column)，应为 0 至 \(ApplicantType.allCases.count - 1)")
            }
            let raw = try row.decode(column: "result", as: String?.self)
            var result: ReplyResult?
            if let raw {
                guard let parsed = ReplyResult(rawValue: raw) else {
                    let keys = try await caseNumbers(agencyID: agencyID, where: C.resultRow, equals: raw)
                    throw StoredDataError(table: RequestModel.schema, key: keys, reason: "办理结果 result_row“\(raw)”无效")
                }
                result = parsed
            }
            let total = try row.decode(column: "total", as: Int.self)
            let new = try row.decode(column: "new_total", as: Int.self)
            let closed = try row.decode(column: "closed_total", as: Int.self)
            let newClosed = try row.decode(column: "new_closed", as: Int.self)
            for (count, isNew, closedInYear) in [
                (newClosed, true, true), (new - newClosed, true, false), (closed - newClosed, false, true),
                (total - new - closed + newClosed, false, false),
            ] where count > 0 {
                guard !closedInYear || result != nil else {
                    let keys = try await caseNumbers(agencyID: agencyID, closedWithoutResultBy: end)
                    throw StoredDataError(table: RequestModel.schema, key: keys, reason: "已办结的申请缺少办理结果 result_row")
                }
                groups.append(
                    RequestGroup(column: column, isNew: isNew, result: closedInYear ? result : nil, count: count))
            }
        }
        return groups
    }

    /// The case numbers (at most five, "、"-joined) of the agency's requests whose `column` holds
    /// `value`: how an error names the corrupted rows.
    func caseNumbers(agencyID: UUID, where column: FieldKey, equals value: some Encodable & Sendable) async throws
        -> String
    {
        typealias C = RequestModel.Column
        let rows = try await sql.raw(
            """
            SELECT \(ident: C.caseNumber.description) AS case_number FROM \(ident: RequestModel.schema)
            WHERE \(ident: C.agencyID.description) = \(bind: agencyID) AND \(ident: column.description) = \(bind: value)
            ORDER BY \(ident: C.caseNumber.description) LIMIT 5
            """
        ).all()
        return try rows.map { try $0.decode(column: "case_number", as: String.self) }.joined(separator: "、")
    }

    /// The case numbers of requests closed by `end` with no result.
    func caseNumbers(agencyID: UUID, closedWithoutResultBy end: String) async throws -> String {
        typealias C = RequestModel.Column
        let rows = try await sql.raw(
            """
            SELECT \(ident: C.caseNumber.description) AS case_number FROM \(ident: RequestModel.schema)
            WHERE \(ident: C.agencyID.description) = \(bind: agencyID) AND \(ident: C.closedOn.description) <= \(bind: end)
              AND \(ident: C.resultRow.description) IS NULL
            ORDER BY \(ident: C.caseNumber.description) LIMIT 5
            """
        ).all()
        return try rows.map { try $0.decode(column: "case_number", as: String.self) }.joined(separator: "、")
    }

    /// Table 3 from its groups, laid out by the template: 一 or 二 by intake, the result row (and
    /// （七）总计) or 四 by outcome, each also in the 总计 column.
    public static func requestsTable(from groups: [RequestGroup], template: TemplateVersion) -> ReportTable {
        let layout = Templates.layout(.requests, template)
        let totalColumn = Templates.requestsTotalColumn
        var counts = Array(
            repeating: Array(repeating: 0, count: Templates.requestsColumns.count), count: layout.rows.count)
        func add(_ key: RowKey, _ group: RequestGroup) {
            guard let row = layout.index(of: key) else { preconditionFailure("row \(key) not in \(template)") }
            counts[row][group.column] += group.count
            counts[row][totalColumn] += group.count
        }
        for group in groups {
            add(group.isNew ? Templates.Row.newReceived : Templates.Row.carriedOver, group)
            if let result = group.result {
                add(result.rowKey(in: template), group)
                add(Templates.Row.total, group)
            } else {
                add(Templates.Row.carriedForward, group)
            }
        }
        var table = ReportTable(layout: layout)
        for (row, values) in counts.enumerated() {
            for (column, value) in values.enumerated() { table[row: row, column: column] = .integer(value) }
        }
        return table
    }

    /// The plain aggregate the report's query is measured against: requests of the agency counted
    /// by applicant column and result, with no year logic. Returns the number of groups.
    public func bareGroupBy(agencyID: UUID) async throws -> Int {
        typealias C = RequestModel.Column
        let rows = try await sql.raw(
            """
            SELECT \(ident: C.applicantColumn.description), \(ident: C.resultRow.description), COUNT(*) AS n
            FROM \(ident: RequestModel.schema)
            WHERE \(ident: C.agencyID.description) = \(bind: agencyID)
            GROUP BY \(ident: C.applicantColumn.description), \(ident: C.resultRow.description)
            """
        ).all()
        return rows.count
    }
}
