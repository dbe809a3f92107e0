import ArgumentParser
import Foundation
import GongkaiCore

/// `gongkai render INPUT... --to FORMAT [-o OUT] [--template 2021] [--force]`: write reports in
/// the official layout (or for analysts), from canonical JSON or any report the readers read.
struct RenderCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "render",
        abstract: "把年度报告生成为正式格式：Word、PDF、网页、Excel、CSV、Markdown 或标准 JSON",
        discussion: """
            输入可以是标准 JSON，也可以是任何能读取的报告（.txt .html .docx .pdf .md），例如把网上
            发布的 PDF 转成规范的 Word 文档。表格按官方格式（国办公开办函〔2019〕60号、〔2021〕30号）
            绘制，合并单元格与官方模板一致；空白单元格保持空白，不会写成 0。

            格式：
              docx  Word 文档：A4，GB/T 9704 页边距，方正小标宋简体标题、仿宋_GB2312 正文、页码
              pdf   由 Word 文档经 LibreOffice 转换（需安装 libreoffice-writer-nogui）
              html  单个网页，适合屏幕阅读与打印
              xlsx  每张表一个工作表（按官方表格合并单元格），另有“数据”长表
              csv   长表：每个单元格一行（机关、年度、格式、表、行、列、数值）
              md    Markdown；json 标准 JSON；txt Word 导出文本格式

            生成前先检查报告，问题输出到标准错误；有错误级问题时不生成，除非使用 --force
            （此时照原样生成，并列出问题）。
            --template 把报告转换为另一版格式：能对应的数据照搬（表三、表四，2019年版“（六）其他处理”
            计入2021年版“（六）3.其他”），无法对应的单元格留空并列出，不会编造数字。

            输出文件默认与输入同名、扩展名改为新格式（与输入同名同格式时加 .rendered）；
            -o - 写到标准输出（仅文本格式）。多个输入时 -o 可指定目录；csv 与 xlsx 可合并为一个文件。

            示例：
              gongkai render 报告.pdf --to docx                 PDF 转为规范的 Word 文档
              gongkai render 报告.json --to pdf -o 报告.pdf
              gongkai render 2020年报告.docx --template 2021 --to docx --force
              gongkai render Examples/*.txt --to csv -o 汇总.csv  多份报告合并为一个长表

            退出码：0 成功；1 有报告因错误级问题未生成；2 有输入无法读取或转换失败。
            """
    )

    @Argument(help: ArgumentHelp("年度报告文件（- 表示标准输入）", valueName: "输入"))
    var inputs: [String]

    @Option(name: .customLong("to"), help: ArgumentHelp("输出格式：docx、pdf、html、xlsx、csv、md、json、txt", valueName: "格式"))
    var format: OutputFormat

    @Option(name: [.short, .customLong("output")], help: ArgumentHelp("输出文件或目录（- 表示标准输出）", valueName: "输出"))
    var output: String?

    @Option(name: .long, help: ArgumentHelp("转换为该版格式：2019 或 2021", valueName: "版本"))
    var template: TemplateVersion?

    @Flag(name: .long, help: "有错误级问题时仍然生成")
    var force = false

    @Option(name: .long, help: ArgumentHelp("彩色输出：auto（终端时）、always、never", valueName: "模式"))
    var color: ColorMode = .auto

    func validate() throws {
        if inputs.filter({ $0 == "-" }).count > 1 { throw ValidationError("标准输入（-）只能出现一次") }
        if output == "-", !format.isText, Terminal.standardOutput.isTerminal {
            throw ValidationError("\(format.displayName)是二进制格式，不能输出到终端；请用 -o 指定文件")
        }
        if output == "-", inputs.count > 1, format != .csv {
            throw ValidationError("多个输入只有 csv 格式可以合并输出到标准输出")
        }
    }

    func run() throws {
        let printer = FindingPrinter(style: TerminalStyle(enabled: color.isEnabled(for: Terminal.standardError)))
        var status: Int32 = 0
        var names = inputs.filter { $0 == "-" }
        let (files, missing) = InputFiles.collect(inputs.filter { $0 != "-" })
        names += files.map(\.relativePath)
        for error in missing {
            printer.failure(error.file, error.reason.message)
            status = 2
        }
        let destination = RenderOutput(format: format, output: output, inputCount: names.count, printer: printer)
        try destination.validate()
        var jobs: [RenderJob] = []
        for input in names {
            switch prepare(input, printer: printer) {
            case .success(let job): jobs.append(job)
            case .failure(let failure): status = max(status, failure.code)
            }
        }
        let written = destination.write(jobs)
        status = max(status, written)
        if status != 0 { throw ExitCode(status) }
    }

    /// Reads, migrates and audits one input; a failure carries the exit code it earns.
    private func prepare(_ input: String, printer: FindingPrinter) -> Result<RenderJob, RenderFailure> {
        let reader = ReportReader()
        let parsed: ParsedReport
        do {
            if input == "-" {
                parsed = try reader.read([UInt8](FileHandle.standardInput.readDataToEndOfFile()), name: "<标准输入>")
            } else {
                parsed = try reader.read(contentsOf: URL(fileURLWithPath: input))
            }
        } catch {
            printer.failure(input, error.reason.message)
            return .failure(RenderFailure(code: 2))
        }
        var report = parsed.report
        var gaps: [MigrationGap] = []
        if let template, template != report.template || report.requests.map({ $0.layout.version != template }) == true {
            let migration = TemplateMigration.migrate(report, to: template)
            report = migration.report
            gaps = migration.gaps
        }
        let findings = Auditor().audit(ParsedReport(report: report, format: parsed.format, notes: parsed.notes))
        let blocked = !force && findings.contains { $0.severity == .error }
        printer.report(input, gaps: gaps, findings: findings, blocked: blocked)
        if blocked { return .failure(RenderFailure(code: 1)) }
        return .success(RenderJob(input: input, report: report))
    }
}

/// One report to write, with the input it came from.
struct RenderJob {
    var input: String
    var report: Report
}

struct RenderFailure: Error {
    var code: Int32
}

extension OutputFormat: ExpressibleByArgument {}
extension TemplateVersion: ExpressibleByArgument {}
