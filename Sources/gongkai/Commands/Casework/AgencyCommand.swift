import ArgumentParser
import Foundation
import GongkaiApp
import GongkaiCore

/// `gongkai agency …`: agencies and their settings.
struct AgencyCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "agency",
        abstract: "机关设置（表四统计口径等）",
        subcommands: [SettingsCommand.self]
    )

    /// `gongkai agency settings --agency NAME [--appeal-counting MODE]`.
    struct SettingsCommand: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "settings",
            abstract: "查看或修改机关的设置",
            discussion: """
                --appeal-counting 设置表四（行政复议、行政诉讼情况）的统计口径：
                  handled-in-year  本年审结的案件（不论何年受理）加截至12月31日尚未审结的案件，含上年度结转（默认）
                  filed-in-year    本年受理（立案）的案件及其截至12月31日的状态，不含上年度结转
                生成年度报告时在表四下注明所用口径。

                示例：
                  gongkai agency settings --agency 江东市生态环境局
                  gongkai agency settings --agency 江东市生态环境局 --appeal-counting filed-in-year

                退出码：0 成功；1 机关不存在；2 数据库无法打开。
                """
        )

        @Option(name: .long, help: ArgumentHelp("机关名称", valueName: "机关名称"))
        var agency: String

        @Option(
            name: .customLong("appeal-counting"),
            help: ArgumentHelp("表四统计口径：handled-in-year 或 filed-in-year", valueName: "口径"))
        var appealCounting: String?

        @OptionGroup var options: DatabaseOptions

        static let modes: [String: AppealCountingMode] = ["handled-in-year": .handledInYear, "filed-in-year": .filedInYear]

        func validate() throws {
            if let appealCounting, Self.modes[appealCounting] == nil {
                throw ValidationError("--appeal-counting 应为 handled-in-year 或 filed-in-year")
            }
        }

        func run() async throws {
            let (name, mode) = (agency, appealCounting.flatMap { Self.modes[$0] })
            let current = try await options.with { context, _ in
                let service = CaseService(context)
                let agency = try await service.requireAgency(named: name)
                if let mode { try await service.setAppealCounting(mode, for: agency, actor: "cli") }
                return try agency.countingMode()
            }
            let verb = mode == nil ? "" : "已设置："
            Terminal.standardOutput.write("\(name)\n  \(verb)表四统计口径：\(current.label)\n")
        }
    }
}
