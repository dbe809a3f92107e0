import ArgumentParser
import Foundation
import GongkaiApp

/// `gongkai bench-seed-queue`: open requests for the web benchmark's work queue.
struct BenchSeedCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench-seed-queue",
        abstract: "基准测试：为某机关写入大量在办申请（用于待办工作页面的压力测试）",
        shouldDisplay: false
    )

    @Option(name: .long, help: "机关名称")
    var agency = "江东市教育局"

    @Option(name: .long, help: "写入的在办申请数量")
    var open = 5_000

    @OptionGroup var options: DatabaseOptions

    func run() async throws {
        let (agencyName, count) = (agency, open)
        let total = try await options.with { context, _ in
            let agency = try await CaseService(context).requireAgency(named: agencyName)
            return try await QueueLoad(context).add(count, agencyID: try agency.requireID())
        }
        Terminal.standardOutput.write("已写入 \(count) 件在办申请；\(agencyName)现有在办申请 \(total) 件。\n")
    }
}
