import FluentKit
import Foundation
import SQLKit

/// The job table of the background checks (`check_jobs`): one job per stored file.
///
/// Workers claim jobs in batches with one UPDATE: on PostgreSQL the rows are picked with
/// `FOR UPDATE SKIP LOCKED`, so several server processes take disjoint batches without waiting
/// on each other; SQLite has one writer at a time, so the same UPDATE is already exclusive.
/// A claim is a lease: a job whose worker died (a restart, a crash) is claimed again once its
/// lease has run out, so nothing uploaded is left unchecked.
public struct CheckJobQueue: Sendable {
    public static let schema = "check_jobs"

    /// Column names.
    public enum Column {
        public static let fileID: FieldKey = "file_id"
        public static let regionID: FieldKey = "region_id"
        public static let state: FieldKey = "state"
        public static let attempts: FieldKey = "attempts"
        public static let claimedBy: FieldKey = "claimed_by"
        public static let leaseUntil: FieldKey = "lease_until"
        public static let createdAt: FieldKey = "created_at"
        public static let finishedAt: FieldKey = "finished_at"
    }

    /// A job's state.
    public enum State: String, Sendable {
        case queued, running, done
    }

    /// A claimed job.
    public struct Claim: Sendable, Hashable {
        public let jobID: UUID
        public let fileID: UUID
    }

    /// How far the checks of a region have come.
    public struct Progress: Sendable, Hashable {
        public let total: Int
        public let done: Int
        public var pending: Int { total - done }
        public var isRunning: Bool { done < total }
    }

    public let context: ServiceContext

    public init(_ context: ServiceContext) { self.context = context }

    /// The rows to insert for new jobs on `files` (inside the upload's transaction).
    static func rows(files: [UUID], regionID: UUID, at now: Date) -> [[any Encodable & Sendable]] {
        files.map { [UUID(), $0, regionID, State.queued.rawValue, 0, now] }
    }

    static let insertColumns = [FieldKey.id, Column.fileID, Column.regionID, Column.state, Column.attempts, Column.createdAt]

    /// Claims up to `limit` jobs for `worker` until `lease` from now: queued jobs, oldest first,
    /// and running jobs whose lease has run out.
    public func claim(worker: String, limit: Int, lease: TimeInterval) async throws -> [Claim] {
        let now = context.clock.now()
        let lock = context.isPostgres ? " FOR UPDATE SKIP LOCKED" : ""
        let statement: SQLQueryString = """
            UPDATE \(ident: Self.schema) SET state = \(bind: State.running.rawValue), claimed_by = \(bind: worker),
              lease_until = \(bind: now.addingTimeInterval(lease)), attempts = attempts + 1
            WHERE id IN (
              SELECT id FROM \(ident: Self.schema)
              WHERE state = \(bind: State.queued.rawValue) OR (state = \(bind: State.running.rawValue) AND lease_until < \(bind: now))
              ORDER BY created_at LIMIT \(bind: limit)\(unsafeRaw: lock))
            RETURNING id, file_id
            """
        let rows = try await context.db.writeTransaction { db in
            try await (db as! any SQLDatabase).raw(statement).all()
        }
        return try rows.map { Claim(jobID: try $0.decode(column: "id", as: UUID.self), fileID: try $0.decode(column: "file_id", as: UUID.self)) }
    }

    /// Marks `jobs` done (on the connection of the transaction that stored their results).
    static func finish(_ jobs: [UUID], at now: Date, on db: any Database) async throws {
        guard !jobs.isEmpty else { return }
        try await (db as! any SQLDatabase).update(Self.schema)
            .set(SQLIdentifier(Column.state.description), to: SQLBind(State.done.rawValue))
            .set(SQLIdentifier(Column.finishedAt.description), to: SQLBind(now))
            .where(SQLIdentifier("id"), .in, SQLBind.group(jobs))
            .run()
    }

    /// The progress of the checks of the regions `regionIDs`.
    public func progress(regionIDs: [UUID]) async throws -> Progress {
        guard !regionIDs.isEmpty else { return Progress(total: 0, done: 0) }
        let rows = try await context.sql.select()
            .column(SQLIdentifier(Column.state.description))
            .column(SQLFunction("COUNT", args: SQLLiteral.all), as: "n")
            .from(Self.schema)
            .where(SQLIdentifier(Column.regionID.description), .in, SQLBind.group(regionIDs))
            .groupBy(SQLIdentifier(Column.state.description))
            .all()
        var total = 0
        var done = 0
        for row in rows {
            let count = try row.decode(column: "n", as: Int.self)
            total += count
            if try row.decode(column: Column.state.description, as: String.self) == State.done.rawValue { done += count }
        }
        return Progress(total: total, done: done)
    }
}
