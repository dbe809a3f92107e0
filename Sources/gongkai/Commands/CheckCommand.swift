import ArgumentParser
import Foundation
import GongkaiCore

/// `gongkai check [--json] PATH...`: read and audit reports, print findings and a summary.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "检查年度报告：表格是否齐全、单元格是否填写、勾稽关系是否成立、章节与正文是否规范",
        discussion: """
            可以指定文件或目录；目录会递归查找 .txt .html .htm .docx .pdf .md .json 文件，
            .zip 压缩包中的这些文件也会逐一检查（压缩包中的压缩包不展开）。
            同一机关相邻两年的报告一起检查时，会核对“上年结转”与上年“结转下年度”（CARRY_MISMATCH），
            并比较两年正文，照搬上年文字的章节给出警告（TEXT_COPIED）。

            问题分三级：错误（报告有误）、警告（可能有误或不合规范）、提示。
            每条问题给出规则代码、位置（如 requests.total[6] 表示表三“（七）总计”行第7列“总计”）和说明。

            退出码：0 没有错误级问题；1 至少一份报告有错误级问题；2 有文件无法读取（其余文件照常检查）。
            """
    )

    @Argument(help: ArgumentHelp("要检查的文件或目录", valueName: "路径"))
    var paths: [String]

    @Flag(name: .long, help: "以 JSON 输出：[{\"file\": …, \"report\": {…}, \"findings\": […]}]")
    var json = false

    @Option(name: .long, help: ArgumentHelp("彩色输出：auto（终端时）、always、never", valueName: "模式"))
    var color: ColorMode = .auto

    @Option(name: [.short, .long], help: ArgumentHelp("并行处理的文件数（默认为 CPU 核数）", valueName: "数量"))
    var jobs: Int?

    func validate() throws {
        if let jobs, jobs < 1 { throw ValidationError("--jobs 必须是正整数") }
    }

    func run() throws {
        let (inputs, problems) = InputFiles.inputs(paths)
        let progress = ProgressBar(total: inputs.count, enabled: !json && Terminal.standardError.isTerminal)
        var results = BatchChecker().check(
            inputs: inputs, jobs: jobs ?? ProcessInfo.processInfo.activeProcessorCount,
            progress: { done, total in progress.update(done) })
        progress.finish()
        results += problems.map { CheckResult(file: $0.file, error: $0) }

        if json {
            Terminal.standardOutput.write(JSONWriter.pretty(.array(results.map(\.jsonValue))) + "\n")
        } else {
            let style = TerminalStyle(enabled: color.isEnabled(for: Terminal.standardOutput))
            CheckPrinter(style: style).print(results, to: Terminal.standardOutput)
        }
        try ExitStatus.end(ExitStatus.code(for: results))
    }
}
