import ArgumentParser
import Foundation
import GongkaiApp
import GongkaiCore

/// `gongkai collect DIR --agencies agencies.csv --year 2025`: the supervision board of a region
/// drawn up offline from a folder of reports — collection status, checking, the region's sums,
/// the parent-versus-children comparison, scores and the ranking.
struct CollectCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "collect",
        abstract: "汇总检查一个地区的年度报告：报送情况、问题、区域汇总、上下级比对、评分排名",
        discussion: """
            读取目录（及其中的 .zip 压缩包）里的全部年度报告，按名册逐一对应到机关，检查每份报告，
            并给出：各机关报送状态（已上传、逾期、未提交）、问题数、区域表二至表四合计（空白单元格
            单独计数，不按 0 计）、政府全区口径数字与所属单位之和的比对（AGGREGATE_MISMATCH）、
            相邻两年的结转核对（CARRY_MISMATCH）与照搬上年文字（TEXT_COPIED）、评分与排名、催报名单。

            名册（--agencies）为 CSV 文件，第一行为表头：
              机关名称（必填）  所属地区（必填）  上级地区  类型（政府/部门）  上级单位
              别名  含下级汇总（是/否）  发布日期
            法定时限：部门为次年1月31日（《条例》第四十九条），政府为次年3月31日（第五十条）。
            公布日期取名册的“发布日期”；没有时取报告末尾的落款日期。

            --year 为报告所属年度（统计年度）。目录中上一年度的报告用于跨年核对，其他年度用于趋势。
            名称只能大致对应的报告列为“待确认”，不计入；确认后在名册“别名”列写上报告中的名称。

            输出：--to text（默认，中文摘要）、json（gongkai.board/1）、xlsx（报送情况、排名、汇总表、
            问题清单等工作表，须用 -o 指定文件）；-o 的扩展名为 .xlsx 或 .json 时可省略 --to。
            --charts 目录 另存三张 SVG 图表。

            示例：
              gongkai collect 报告/ --agencies 名册.csv --year 2025
              gongkai collect 报告.zip --agencies 名册.csv --year 2025 -o 汇总.xlsx
              gongkai collect 报告/ --agencies 名册.csv --year 2025 --to json --scores 评分.json

            退出码：0 全部报送且没有错误级问题；1 有报告存在错误级问题、有机关未提交，
            或名册、评分方案有误（逐项列出）；2 有文件无法读取（其余照常汇总），或名册无法打开。
            """
    )

    @Argument(help: ArgumentHelp("报告所在的目录、文件或 .zip 压缩包", valueName: "路径"))
    var paths: [String]

    @Option(name: .long, help: ArgumentHelp("机关名册（CSV）", valueName: "名册"))
    var agencies: String

    @Option(name: .long, help: ArgumentHelp("报告所属年度（统计年度），例如 2025", valueName: "年度"))
    var year: Int

    @Option(name: .long, help: ArgumentHelp("只汇总名册中的这个地区（含下级地区）", valueName: "地区"))
    var region: String?

    @Option(name: .customLong("as-of"), help: ArgumentHelp("按此日期判断是否已过法定时限（默认今天）", valueName: "YYYY-MM-DD"))
    var asOf: String?

    @Option(name: .customLong("to"), help: ArgumentHelp("输出格式：text、json、xlsx", valueName: "格式"))
    var format: BoardFormat?

    @Option(name: [.short, .customLong("output")], help: ArgumentHelp("输出文件（- 表示标准输出）", valueName: "输出"))
    var output: String?

    @Option(name: [.short, .long], help: ArgumentHelp("并行处理的文件数（默认为 CPU 核数）", valueName: "数量"))
    var jobs: Int?

    @Option(name: .long, help: ArgumentHelp("评分方案（JSON），未写的项取默认值", valueName: "文件"))
    var scores: String?

    @Option(name: .long, help: ArgumentHelp("把图表（SVG）写入此目录", valueName: "目录"))
    var charts: String?

    @Option(name: .long, help: ArgumentHelp("彩色输出：auto（终端时）、always、never", valueName: "模式"))
    var color: ColorMode = .auto

    /// The format asked for, or the one the output file's extension names, or text.
    var resolvedFormat: BoardFormat {
        if let format { return format }
        switch output.map({ URL(fileURLWithPath: $0).pathExtension.lowercased() }) {
        case "xlsx": return .xlsx
        case "json": return .json
        default: return .text
        }
    }

    func validate() throws {
        if let jobs, jobs < 1 { throw ValidationError("--jobs 必须是正整数") }
        guard (2008...2100).contains(year) else { throw ValidationError("--year 应为报告所属的年度，例如 2025") }
        if let asOf { _ = try civilDate(asOf, option: "--as-of") }
        if resolvedFormat == .xlsx {
            guard let output else { throw ValidationError("--to xlsx 须用 -o 指定输出文件，例如 -o 汇总.xlsx") }
            if output == "-", Terminal.standardOutput.isTerminal {
                throw ValidationError("xlsx 是二进制格式，不能输出到终端；请用 -o 指定文件")
            }
        }
    }

    func run() throws {
        let rosterFile = try readRoster()
        let scheme = try readScheme()
        let scope = try resolveScope(rosterFile.roster)
        let today = try asOf.map { try civilDate($0, option: "--as-of") } ?? CivilDate(Date())

        let (inputs, problems) = InputFiles.inputs(paths)
        let quiet = resolvedFormat != .text && output == nil
        let progress = ProgressBar(total: inputs.count, enabled: !quiet && Terminal.standardError.isTerminal)
        var results = BatchChecker().check(
            inputs: inputs, jobs: jobs ?? ProcessInfo.processInfo.activeProcessorCount, pairingYears: false,
            progress: { done, _ in progress.update(done) })
        progress.finish()
        results += problems.map { CheckResult(file: $0.file, error: $0) }

        let board = RegionBoard(
            roster: rosterFile.roster, reports: results.map { CollectedReport($0) }, year: year, asOf: today,
            scope: scope, publicationDates: rosterFile.publicationDates, scheme: scheme)
        let style = TerminalStyle(enabled: color.isEnabled(for: Terminal.standardOutput))
        for note in rosterFile.notes { Terminal.standardError.write("提示：\(note)\n") }
        if let charts { try writeCharts(board, to: charts) }
        try write(board, style: style)
        try ExitStatus.end(ExitStatus.code(for: results, board: board))
    }

    private func readRoster() throws -> RosterFile {
        guard let data = FileManager.default.contents(atPath: agencies) else {
            fail("无法读取名册 \(agencies)（文件不存在或没有读取权限）", .unreadableInput)
        }
        do {
            return try Roster.readCSV([UInt8](data), file: agencies)
        } catch {
            ExitStatus.fail(error)
        }
    }

    private func readScheme() throws -> ScoringScheme {
        guard let scores else { return .standard }
        guard let data = FileManager.default.contents(atPath: scores) else {
            fail("无法读取评分方案 \(scores)（文件不存在或没有读取权限）", .unreadableInput)
        }
        do {
            return try ScoringScheme(json: String(decoding: data, as: UTF8.self))
        } catch {
            fail("\(scores)：\(error.description)", error.category)
        }
    }

    private func resolveScope(_ roster: Roster) throws -> RegionID? {
        guard let region else { return nil }
        let found = roster.regions.filter { $0.name == region || $0.id.rawValue == region }
        guard found.count == 1 else {
            let names = roster.regions.map(\.name).joined(separator: "、")
            fail(
                found.isEmpty ? "名册中没有地区“\(region)”；名册中的地区：\(names)" : "名册中有多个“\(region)”，请写出完整路径，如 \(found[0].id)",
                .invalidInput)
        }
        return found[0].id
    }

    private func writeCharts(_ board: RegionBoard, to directory: String) throws {
        let url = URL(fileURLWithPath: directory)
        do {
            try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
            for chart in board.charts().named {
                try Data(chart.svg.utf8).write(to: url.appendingPathComponent(chart.name), options: .atomic)
            }
        } catch {
            fail("无法写入图表目录 \(directory)：\(error.localizedDescription)", .unreadableInput)
        }
    }

    private func write(_ board: RegionBoard, style: TerminalStyle) throws {
        let format = resolvedFormat
        let printer = BoardPrinter(style: style)
        let bytes: [UInt8]
        switch format {
        case .text:
            bytes = Array(printer.text(board).utf8)
        case .json:
            bytes = Array((JSONWriter.pretty(board.jsonValue) + "\n").utf8)
        case .xlsx:
            do {
                bytes = try board.workbook()
            } catch {
                fail("无法生成 Excel 文件：\(error.message)", error.category)
            }
        }
        guard let output, output != "-" else {
            FileHandle.standardOutput.write(Data(bytes))
            return
        }
        do {
            try Data(bytes).write(to: URL(fileURLWithPath: output), options: .atomic)
        } catch {
            fail("无法写入 \(output)：\(error.localizedDescription)", .unreadableInput)
        }
        if format != .text { Terminal.standardOutput.write(printer.summary(board)) }
        Terminal.standardError.write("\(style.green("✓")) 已写入 \(style.bold(output))\n")
    }

    private func fail(_ message: String, _ category: ErrorCategory) -> Never {
        ExitStatus.fail(message, code: ExitStatus.code(for: category))
    }
}

/// What `collect` writes.
enum BoardFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json, xlsx
}
