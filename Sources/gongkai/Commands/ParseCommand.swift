import ArgumentParser
import Foundation
import GongkaiCore

/// `gongkai parse FILE [-o OUT]`: the canonical JSON of one report.
struct ParseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "parse",
        abstract: "读取一份年度报告，输出标准 JSON（gongkai.report/1）",
        discussion: """
            格式按文件内容识别（.txt、.html、.docx、.pdf、.md）；读取 PDF 需要 pdftotext（poppler-utils）。
            空白单元格输出为 null（不会当作 0）；文档中没有的表格不输出。
            文件名为 - 时从标准输入读取。

            退出码：0 成功；2 文件无法读取。
            """
    )

    @Argument(help: ArgumentHelp("年度报告文件", valueName: "文件"))
    var file: String

    @Option(name: [.short, .customLong("output")], help: ArgumentHelp("写入该文件，而不是标准输出", valueName: "输出文件"))
    var output: String?

    func run() throws {
        let reader = ReportReader()
        let parsed: ParsedReport
        do {
            if file == "-" {
                let data = FileHandle.standardInput.readDataToEndOfFile()
                parsed = try reader.read([UInt8](data), name: "<标准输入>")
            } else {
                parsed = try reader.read(contentsOf: URL(fileURLWithPath: file))
            }
        } catch {
            Terminal.standardError.write("gongkai: \(error.description)\n")
            throw ExitCode(2)
        }
        let json = parsed.report.canonicalJSON() + "\n"
        if let output {
            do {
                try json.write(toFile: output, atomically: true, encoding: .utf8)
            } catch {
                Terminal.standardError.write("gongkai: 无法写入 \(output)：\(error.localizedDescription)\n")
                throw ExitCode(2)
            }
        } else {
            Terminal.standardOutput.write(json)
        }
    }
}
