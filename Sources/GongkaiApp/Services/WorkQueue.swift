import FluentKit
import Foundation
import GongkaiCore
import SQLKit

/// An agency's open requests as its officers work them: counted and sorted by the reply
/// deadline in SQL (`requests.due_on`), so the queue stays fast at thousands of open cases.
///
/// The states agree with `StatutoryClock` (and so with `gongkai cases list`): overdue when the
/// due date is before today; due soon when it is at most `dueSoonThreshold` working days away;
/// paused or waiting for the applicant while the clock does not run.
public struct WorkQueue: Sendable {
    public let context: ServiceContext
    public let clock: StatutoryClock

    public init(_ context: ServiceContext, clock: StatutoryClock = StatutoryClock()) {
        self.context = context
        self.clock = clock
    }

    /// The counts at the top of the queue.
    public struct Counts: Sendable, Hashable {
        public let open: Int
        public let overdue: Int
        public let dueSoon: Int
        /// Consultations under way (clock paused).
        public let paused: Int
        /// Waiting for a correction or a fee payment.
        public let awaitingApplicant: Int
    }

    /// Which open requests to list.
    public enum Filter: String, Sendable, CaseIterable {
        case all, overdue, dueSoon, paused, awaitingApplicant
    }

    /// One row of the queue: no personal data (the applicant's column only).
    public struct Row: Sendable, Hashable {
        public let id: UUID
        public let caseNumber: String
        public let receivedOn: CivilDate
        public let applicantType: ApplicantType
        public let phase: RequestPhase
        public let dueOn: CivilDate?
        public let remainingWorkingDays: Int?
        public let state: DeadlineState
        public let content: String
    }

    /// The last day that still counts as due soon, seen from `today`.
    func dueSoonLimit(_ today: CivilDate) -> CivilDate {
        clock.calendar.addingWorkingDays(clock.dueSoonThreshold, to: today).value
    }

    /// The counts for `agencyID` on `today`, in one query.
    public func counts(agencyID: UUID, today: CivilDate) async throws -> Counts {
        typealias C = RequestModel.Column
        let row = try await context.sql.raw(
            """
            SELECT COUNT(*) AS open,
              COUNT(*) FILTER (WHERE \(ident: C.dueOn.description) < \(bind: today.description)) AS overdue,
              COUNT(*) FILTER (WHERE \(ident: C.dueOn.description) >= \(bind: today.description)
                AND \(ident: C.dueOn.description) <= \(bind: dueSoonLimit(today).description)) AS due_soon,
              COUNT(*) FILTER (WHERE \(ident: C.phase.description) = \(bind: RequestPhase.consulting.rawValue)) AS paused,
              COUNT(*) FILTER (WHERE \(ident: C.phase.description) IN (\(bind: RequestPhase.awaitingCorrection.rawValue), \(bind: RequestPhase.awaitingFee.rawValue))) AS waiting
            FROM \(ident: RequestModel.schema)
            WHERE \(ident: C.agencyID.description) = \(bind: agencyID) AND \(ident: C.closedOn.description) IS NULL
            """
        ).first()
        guard let row else { return Counts(open: 0, overdue: 0, dueSoon: 0, paused: 0, awaitingApplicant: 0) }
        return Counts(
            open: try row.decode(column: "open", as: Int.self), overdue: try row.decode(column: "overdue", as: Int.self),
            dueSoon: try row.decode(column: "due_soon", as: Int.self), paused: try row.decode(column: "paused", as: Int.self),
            awaitingApplicant: try row.decode(column: "waiting", as: Int.self))
    }

    /// A page of the queue, most urgent first: by due date, then (paused and waiting requests,
    /// which have none) by date of receipt. Read in two index-ordered parts, those with a due
    /// date and those without, so that no query sorts the agency's whole open list.
    public func rows(agencyID: UUID, today: CivilDate, filter: Filter = .all, offset: Int = 0, limit: Int = 50)
        async throws -> [Row]
    {
        typealias C = RequestModel.Column
        let due = C.dueOn.description
        let limit = max(1, min(limit, 500))
        let offset = max(0, offset)
        var withDue: SQLQueryString?
        var withoutDue: SQLQueryString?
        switch filter {
        case .all:
            withDue = " AND \(ident: due) IS NOT NULL"
            withoutDue = " AND \(ident: due) IS NULL"
        case .overdue: withDue = " AND \(ident: due) < \(bind: today.description)"
        case .dueSoon:
            withDue = " AND \(ident: due) >= \(bind: today.description) AND \(ident: due) <= \(bind: dueSoonLimit(today).description)"
        case .paused: withoutDue = " AND \(ident: C.phase.description) = \(bind: RequestPhase.consulting.rawValue)"
        case .awaitingApplicant:
            withoutDue =
                " AND \(ident: C.phase.description) IN (\(bind: RequestPhase.awaitingCorrection.rawValue), \(bind: RequestPhase.awaitingFee.rawValue))"
        }
        var rows: [Row] = []
        var skip = offset
        if let withDue {
            rows += try await page(agencyID: agencyID, today: today, condition: withDue, order: [due], offset: skip, limit: limit)
            if rows.count < limit, withoutDue != nil {
                skip = max(0, offset - (try await openCount(agencyID: agencyID, condition: withDue)))
            }
        }
        if let withoutDue, rows.count < limit {
            rows += try await page(
                agencyID: agencyID, today: today, condition: withoutDue, order: [], offset: skip, limit: limit - rows.count)
        }
        return rows
    }

    func openCount(agencyID: UUID, condition: SQLQueryString) async throws -> Int {
        typealias C = RequestModel.Column
        let query: SQLQueryString = """
            SELECT COUNT(*) AS n FROM \(ident: RequestModel.schema)
            WHERE \(ident: C.agencyID.description) = \(bind: agencyID) AND \(ident: C.closedOn.description) IS NULL
            """ + condition
        return try await context.sql.raw(query).first()?.decode(column: "n", as: Int.self) ?? 0
    }

    func page(agencyID: UUID, today: CivilDate, condition: SQLQueryString, order: [String], offset: Int, limit: Int)
        async throws -> [Row]
    {
        typealias C = RequestModel.Column
        let due = C.dueOn.description
        var query: SQLQueryString = """
            SELECT id, \(ident: C.caseNumber.description) AS case_number, \(ident: C.receivedOn.description) AS received_on,
                   \(ident: C.applicantColumn.description) AS col, \(ident: C.phase.description) AS phase,
                   \(ident: due) AS due_on, substr(\(ident: C.content.description), 1, 60) AS content
            FROM \(ident: RequestModel.schema)
            WHERE \(ident: C.agencyID.description) = \(bind: agencyID) AND \(ident: C.closedOn.description) IS NULL
            """
        query += condition
        query += " ORDER BY "
        for column in order { query += "\(ident: column), " }
        query += "\(ident: C.receivedOn.description), \(ident: C.caseNumber.description) LIMIT \(literal: limit) OFFSET \(literal: offset)"
        return try await context.sql.raw(query).all().map { row in
            let number = try row.decode(column: "case_number", as: String.self)
            func stored<T>(_ value: T?, _ what: String) throws -> T {
                guard let value else { throw StoredDataError(table: RequestModel.schema, key: number, reason: "\(what)无效") }
                return value
            }
            let column = try row.decode(column: "col", as: Int.self)
            let phase = try stored(RequestPhase(rawValue: try row.decode(column: "phase", as: String.self)), "办理阶段")
            let dueOn = try row.decode(column: "due_on", as: String?.self).map { try stored(CivilDate(iso: $0), "答复期限") }
            let remaining = dueOn.map { due in
                due >= today
                    ? clock.calendar.workingDays(from: today, to: due).value
                    : -clock.calendar.workingDays(from: due, to: today).value
            }
            let state: DeadlineState =
                switch phase {
                case .consulting: .paused
                case .awaitingCorrection, .awaitingFee: .awaitingApplicant
                case .closed: .closed
                case .processing:
                    remaining.map { $0 < 0 ? .overdue : $0 <= clock.dueSoonThreshold ? .dueSoon : .onTime } ?? .onTime
                }
            return Row(
                id: try row.decode(column: "id", as: UUID.self), caseNumber: number,
                receivedOn: try stored(CivilDate(iso: try row.decode(column: "received_on", as: String.self)), "收到日期"),
                applicantType: try stored(ApplicantType.allCases.first { $0.columnIndex == column }, "申请人类型"),
                phase: phase, dueOn: dueOn, remainingWorkingDays: remaining, state: state,
                content: try row.decode(column: "content", as: String.self))
        }
    }
}
