import ArgumentParser
import Foundation
import GongkaiApp
import GongkaiCore

/// `gongkai demo`: a region with several agencies and two years of casework.
struct DemoCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo",
        abstract: "生成演示数据：江东市的若干机关及两个年度的依申请公开办件、复议诉讼和主动公开登记",
        discussion: """
            先建表（相当于 gongkai db migrate），再为每个机关生成2024、2025两个年度的申请（含补正、征求意见、延期、
            收费、撤回、逾期等各种情形，部分申请跨年结转），以及行政复议、行政诉讼和主动公开登记。
            已存在的机关会跳过，可重复运行。相同的 --seed 生成相同的数据。

            之后可运行：
              gongkai report --agency 江东市教育局 --year 2025
              gongkai cases list --agency 江东市教育局 --as-of 2026-01-12 --overdue

            退出码：0 成功；2 数据库无法打开。
            """
    )

    @Option(name: .long, help: ArgumentHelp("随机种子", valueName: "数字"))
    var seed: UInt64 = 2025

    @OptionGroup var options: DatabaseOptions

    func run() async throws {
        let seed = self.seed
        let summaries = try await options.with(migrated: false) { context, database in
            try await database.migrate()
            return try await DemoGenerator(context, seed: seed).run()
        }
        let location = options.location
        guard !summaries.isEmpty else {
            Terminal.standardOutput.write("演示数据已存在（\(location)），未重复生成。\n")
            return
        }
        Terminal.standardOutput.write("已在 \(location) 中生成\(DemoGenerator.region)演示数据：\n")
        for summary in summaries {
            Terminal.standardOutput.write(
                "  \(summary.name)：申请 \(summary.requests) 件（截至2026年1月12日在办 \(summary.openOnAsOf) 件），"
                    + "复议诉讼 \(summary.appeals) 件，主动公开登记 \(summary.registerRecords) 条\n")
        }
        let first = summaries[0].name
        Terminal.standardOutput.write(
            """

            试试：
              gongkai report --agency \(first) --year 2025
              gongkai report --agency \(first) --year 2025 --explain requests.carriedOver[6]
              gongkai cases list --agency \(first) --as-of 2026-01-12 --overdue

            """)
    }
}
