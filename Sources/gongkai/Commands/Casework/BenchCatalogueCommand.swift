import ArgumentParser
import Foundation
import GongkaiApp

/// `gongkai bench-catalogue`: the catalogue's search and list pages on 100,000 items, SQLite and PostgreSQL.
struct BenchCatalogueCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench-catalogue",
        abstract: "基准测试：政府信息公开目录全文检索和列表在大量条目上的耗时",
        discussion: """
            在临时 SQLite 文件中（以及 --postgres 或 GONGKAI_BENCH_POSTGRES_URL 指定的 PostgreSQL 的 gongkai_bench_catalogue 模式中）
            写入指定数量的已发布目录条目及其二元字索引，然后计时门户网站的检索和列表查询（取中位数）。
            请用 release 构建运行：swift run -c release gongkai bench-catalogue
            """,
        shouldDisplay: false
    )

    @Option(name: .long, help: "条目数量")
    var items: Int = 100_000

    @Option(name: .long, help: "PostgreSQL 地址（默认取 GONGKAI_BENCH_POSTGRES_URL；都没有则只测 SQLite）")
    var postgres: String?

    func run() async throws {
        let benchmark = CatalogueBenchmark(items: items, progress: { line in Terminal.standardError.write("\r\(line)   ") })
        var figures: [CatalogueBenchmark.Figures] = []
        let path = NSTemporaryDirectory() + "gongkai-catalogue-bench-\(UUID().uuidString).sqlite"
        defer { for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) } }
        figures.append(
            try await ExitStatus.reporting {
                try await AppDatabase.with(.sqlite(path: path), logger: CommandLogging.logger) { database in
                    try await database.migrate()
                    return try await benchmark.run(on: database)
                }
            })
        Terminal.standardError.write("\n")
        if let url = postgres ?? ProcessInfo.processInfo.environment["GONGKAI_BENCH_POSTGRES_URL"] {
            figures.append(
                try await ExitStatus.reporting {
                    try await BenchSchema.run(url: url, schema: "gongkai_bench_catalogue") { database in
                        try await benchmark.run(on: database)
                    }
                })
            Terminal.standardError.write("\n")
        }
        var lines = ["| 后端 | 条目 | 索引行 | 写入耗时 |", "|---|---:|---:|---:|"]
        for item in figures {
            lines.append("| \(item.backend) | \(item.items) | \(item.gramRows) | \(String(format: "%.1f s", item.insertSeconds)) |")
        }
        lines += ["", "| 查询 | " + figures.map { "\($0.backend)（结果数） | \($0.backend)（毫秒，中位数）" }.joined(separator: " | ") + " |"]
        lines.append("|---|" + figures.map { _ in "---:|---:" }.joined(separator: "|") + "|")
        for (index, query) in (figures.first?.queries ?? []).enumerated() {
            lines.append("| \(query.label) | " + figures.map { "\($0.queries[index].results) | " + String(format: "%.1f", $0.queries[index].milliseconds) }.joined(separator: " | ") + " |")
        }
        Terminal.standardOutput.write(lines.joined(separator: "\n") + "\n")
    }
}
