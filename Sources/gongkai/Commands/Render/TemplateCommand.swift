import ArgumentParser
import Foundation
import GongkaiCore

/// `gongkai template [--template 2021] [--agency 某某局] [--year 2025] [--to docx] [-o OUT]`:
/// the official blank report for an agency to fill.
struct TemplateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "template",
        abstract: "生成空白的年度报告模板：标题、六个部分的标题与填写提示、三张空表",
        discussion: """
            按官方格式（国办公开办函〔2019〕60号或〔2021〕30号）生成，与官方发布的 Word 模板版式一致，
            表格的合并单元格、标签与官方模板相同，所有单元格留空待填。
            不指定 --template 时按 --year 选择（2021年及以后用2021年版），都不指定时用2021年版。

            示例：
              gongkai template --template 2021 --agency 某某局 --year 2025 --to docx
              gongkai template --year 2025 --to xlsx -o 报表.xlsx

            输出文件默认为“<机关><年度>年政府信息公开工作年度报告.<格式>”，-o - 写到标准输出（仅文本格式）。
            退出码：0 成功；2 无法生成或写入。
            """
    )

    @Option(name: .long, help: ArgumentHelp("格式版本：2019 或 2021", valueName: "版本"))
    var template: TemplateVersion?

    @Option(name: .long, help: ArgumentHelp("机关名称，写入标题", valueName: "机关"))
    var agency: String?

    @Option(name: .long, help: ArgumentHelp("报告年度（统计年度）", valueName: "年度"))
    var year: Int?

    @Option(name: .customLong("to"), help: ArgumentHelp("输出格式：docx、pdf、html、xlsx、csv、md、json、txt", valueName: "格式"))
    var format: OutputFormat = .docx

    @Option(name: [.short, .customLong("output")], help: ArgumentHelp("输出文件（- 表示标准输出）", valueName: "输出文件"))
    var output: String?

    func validate() throws {
        if let year, !(2008...2100).contains(year) { throw ValidationError("--year 应为四位年份，如 2025") }
        if output == "-", !format.isText, Terminal.standardOutput.isTerminal {
            throw ValidationError("\(format.displayName)是二进制格式，不能输出到终端；请用 -o 指定文件")
        }
    }

    func run() throws {
        let printer = FindingPrinter(
            style: TerminalStyle(enabled: ColorMode.auto.isEnabled(for: Terminal.standardError)))
        let report = BlankTemplate.report(template: template, agency: agency, year: year)
        let destination = output ?? "\(report.title ?? "政府信息公开工作年度报告").\(format.fileExtension)"
        let bytes: [UInt8]
        do {
            bytes = try ReportRenderer().render(report, as: format)
        } catch {
            printer.failure(destination, error.message)
            throw ExitCode(2)
        }
        if destination == "-" {
            FileHandle.standardOutput.write(Data(bytes))
            return
        }
        do {
            try Data(bytes).write(to: URL(fileURLWithPath: destination), options: .atomic)
        } catch {
            printer.failure(destination, "无法写入：\(error.localizedDescription)")
            throw ExitCode(2)
        }
        printer.written("\(report.template.displayName)模板", destination, format: format)
    }
}
