import ArgumentParser
import Foundation
import GongkaiApp

/// `gongkai bench-report`: the annual report on 1,000,000 requests, SQLite and PostgreSQL.
struct BenchReportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench-report",
        abstract: "基准测试：在大量申请上计算年报表三的耗时，并与单纯 GROUP BY 比较",
        discussion: """
            在临时 SQLite 文件中（以及 --postgres 或 GONGKAI_BENCH_POSTGRES_URL 指定的 PostgreSQL 的 gongkai_bench 模式中）
            写入指定数量的申请，然后分别计时：完整年报（表三分组统计及表二、表四）和同一张表上的单纯 GROUP BY。
            请用 release 构建运行：swift run -c release gongkai bench-report
            """,
        shouldDisplay: false
    )

    @Option(name: .long, help: "申请数量")
    var rows: Int = 1_000_000

    @Option(name: .long, help: "统计年度")
    var year: Int = 2025

    @Option(name: .long, help: "PostgreSQL 地址（默认取 GONGKAI_BENCH_POSTGRES_URL；都没有则只测 SQLite）")
    var postgres: String?

    @Option(name: .customLong("sqlite-file"), help: "SQLite 文件（默认临时文件，测完删除）")
    var sqliteFile: String?

    @Flag(name: .long, help: "数据库中已有足够的行时不再写入（配合 --sqlite-file 和同一 PostgreSQL）")
    var reuse = false

    @Flag(name: .customLong("skip-sqlite"), help: "只测 PostgreSQL")
    var skipSQLite = false

    func run() async throws {
        let benchmark = ReportBenchmark(
            rows: rows, year: year, reuse: reuse,
            progress: { line in Terminal.standardError.write("\r\(line)   ") })
        var figures: [ReportBenchmark.Figures] = []
        let path = sqliteFile ?? NSTemporaryDirectory() + "gongkai-bench-\(UUID().uuidString).sqlite"
        let temporary = sqliteFile == nil
        defer {
            if temporary { for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) } }
        }
        if !skipSQLite {
            figures.append(
                try await ExitStatus.reporting {
                    try await AppDatabase.with(.sqlite(path: path), logger: CommandLogging.logger) { database in
                        try await database.migrate()
                        return try await benchmark.run(on: database)
                    }
                })
            Terminal.standardError.write("\n")
        }
        if let url = postgres ?? ProcessInfo.processInfo.environment["GONGKAI_BENCH_POSTGRES_URL"] {
            let reuse = self.reuse
            figures.append(
                try await ExitStatus.reporting {
                    try await BenchSchema.run(url: url, schema: "gongkai_bench", reuse: reuse) { database in
                        try await benchmark.run(on: database)
                    }
                })
            Terminal.standardError.write("\n")
        }
        func format(_ seconds: Double) -> String { String(format: "%.3f s", seconds) }
        var lines = [
            "| 后端 | 申请行数 | 写入耗时 | 年报（表二至表四） | 其中表三 | 单纯 GROUP BY | 比值（年报/GROUP BY） |",
            "|---|---:|---:|---:|---:|---:|---:|",
        ]
        for item in figures {
            lines.append(
                "| \(item.backend) | \(item.rows) | \(String(format: "%.1f s", item.insertSeconds)) | \(format(item.reportSeconds)) | \(format(item.table3Seconds)) | "
                    + "\(format(item.bareSeconds)) | \(String(format: "%.2f", item.ratio)) |")
        }
        Terminal.standardOutput.write(lines.joined(separator: "\n") + "\n")
    }
}
