import FluentKit
import Foundation
import GongkaiCore
import SQLKit

/// Times the annual report on a large table against the bare `GROUP BY` over the same rows.
///
/// One agency receives `rows` requests between 1 December of the year before and 31 December
/// (random applicants and histories from `CaseworkGenerator`), stored through the same bulk path
/// as an import (requests, applicants, events, audit entries) in transactions of 20,000; then
/// statistics are refreshed (ANALYZE; VACUUM on PostgreSQL, as autovacuum would) and each query
/// is run `repetitions` times, the median kept.
public struct ReportBenchmark: Sendable {
    /// The figures of one backend.
    public struct Figures: Sendable {
        public let backend: String
        public let rows: Int
        public let insertSeconds: Double
        /// The whole annual report (table 3 query and mapping, tables 2 and 4).
        public let reportSeconds: Double
        /// Table 3 alone (its GROUP BY and the mapping onto the template).
        public let table3Seconds: Double
        /// The plain `GROUP BY applicant_column, result_row`.
        public let bareSeconds: Double
        public var ratio: Double { reportSeconds / bareSeconds }
    }

    public let rows: Int
    public let year: Int
    public let repetitions: Int
    public let progress: @Sendable (String) -> Void
    /// Reuse the rows of an earlier run when the database already holds them.
    public let reuse: Bool

    public init(
        rows: Int, year: Int = 2025, repetitions: Int = 5, reuse: Bool = false,
        progress: @escaping @Sendable (String) -> Void = { _ in }
    ) {
        self.rows = rows
        self.reuse = reuse
        self.year = year
        self.repetitions = repetitions
        self.progress = progress
    }

    /// Fills `database` (empty, migrated) and measures it.
    public func run(on database: AppDatabase) async throws -> Figures {
        let clock = ContinuousClock()
        let service = CaseService(database.context())
        let agency = try await service.ensureAgency(named: "基准测试局", actor: "bench")
        let agencyID = try agency.requireID()
        let stored = try await RequestModel.query(on: database.db).filter(\.$agency.$id == agencyID).count()
        var generator = CaseworkGenerator(seed: 1_000_000)
        let from = CivilDate.startOfYear(year).adding(days: -31)
        let through = CivilDate.endOfYear(year)
        let span = from.days(to: through) + 1
        let chunk = 20_000
        let insertStart = clock.now
        var done = reuse && stored >= rows ? rows : 0
        while done < rows {
            let count = min(chunk, rows - done)
            let requests = (0..<count).map { index in
                generator.request(
                    id: RecordID("b\(done + index + 1)"), agencyID: AgencyID(agencyID.uuidString),
                    receivedOn: from.adding(days: generator.below(span)))
            }
            try await database.db.transaction { db in
                _ = try await service.insert(requests, agencyID: agencyID, actor: "bench", on: db)
            }
            done += count
            progress("\(database.location.backendName)：已插入 \(done)/\(rows)")
        }
        let insertSeconds = Self.seconds(clock.now - insertStart)
        if database.isPostgres {
            try await database.sql.raw("VACUUM ANALYZE requests").run()
        } else {
            try await database.sql.raw("ANALYZE").run()
        }
        let reports = ReportService(database.context())
        var reportTimes: [Double] = []
        var table3Times: [Double] = []
        var bareTimes: [Double] = []
        for _ in 0..<repetitions {
            let table3Start = clock.now
            _ = try await reports.requestsTable(agencyID: agencyID, year: year, template: .v2021)
            table3Times.append(Self.seconds(clock.now - table3Start))
            let start = clock.now
            let annual = try await reports.annualReport(for: agency, year: year)
            reportTimes.append(Self.seconds(clock.now - start))
            precondition(annual.report.requests?.integer("newReceived", 6) ?? 0 > 0)
            let bareStart = clock.now
            _ = try await reports.bareGroupBy(agencyID: agencyID)
            bareTimes.append(Self.seconds(clock.now - bareStart))
        }
        return Figures(
            backend: database.location.backendName, rows: rows, insertSeconds: insertSeconds,
            reportSeconds: Self.median(reportTimes), table3Seconds: Self.median(table3Times), bareSeconds: Self.median(bareTimes))
    }

    static func seconds(_ duration: Duration) -> Double {
        Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
    }

    static func median(_ values: [Double]) -> Double { values.sorted()[values.count / 2] }
}
