import ArgumentParser
import Foundation
import GongkaiApp
import GongkaiCore

/// `gongkai report --agency NAME --year 2025`: the annual report computed from the casework.
struct ReportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "根据办件记录生成年度报告的表二至表四（默认输出标准 JSON）",
        discussion: """
            表三由数据库按申请人类型、收到年份和办结结果分组统计，勾稽关系（一＋二＝三＋四）自然成立，
            本年“上年结转”等于上年“结转下年度”。表二来自主动公开登记，表四来自行政复议、行政诉讼记录。
            六个章节的正文留空，由机关填写。表四按机关设置的统计口径计算（gongkai agency settings），复议机关作为
            共同被告的诉讼不计入（国办公开办函〔2016〕201号），生成文档时在表四下注明口径。年末仍未登记的逾期未补正、
            逾期未缴费申请会在标准错误输出中提示。

            --explain 列出某个单元格统计了哪些记录，位置写法与 gongkai check 的问题位置相同，例如
            requests.total[6]（表三“（七）总计”行“总计”列）、requests.granted[0]、review.reconsideration[3]、
            proactive.licensing.decisions。

            示例：
              gongkai report --agency 江东市教育局 --year 2025
              gongkai report --agency 江东市教育局 --year 2025 --explain requests.carriedForward[6]
              gongkai report --agency 江东市教育局 --year 2025 --to docx -o 报告.docx

            退出码：0 成功；1 机关不存在或单元格位置无效；2 数据库无法打开或文件无法写入。
            """
    )

    @Option(name: .long, help: ArgumentHelp("机关名称", valueName: "机关名称"))
    var agency: String

    @Option(name: .long, help: ArgumentHelp("统计年度", valueName: "年份"))
    var year: Int

    @Option(name: .long, help: ArgumentHelp("格式版本：2019 或 2021（默认按年度：2020年及以前为2019版）", valueName: "版本"))
    var template: String?

    @Option(name: .long, help: ArgumentHelp("列出该单元格统计的记录，如 requests.total[6]", valueName: "位置"))
    var explain: String?

    @Option(
        name: .long,
        help: ArgumentHelp(
            "输出格式：" + OutputFormat.allCases.map(\.rawValue).joined(separator: "、") + "（默认 json）", valueName: "格式"))
    var to: String?

    @Option(name: [.short, .customLong("output")], help: ArgumentHelp("写入该文件，而不是标准输出", valueName: "输出文件"))
    var output: String?

    @OptionGroup var options: DatabaseOptions

    func validate() throws {
        if let template, TemplateVersion(rawValue: template) == nil { throw ValidationError("--template 应为 2019 或 2021") }
        if let to, OutputFormat(rawValue: to) == nil {
            throw ValidationError("--to 应为 " + OutputFormat.allCases.map(\.rawValue).joined(separator: "、"))
        }
        if let to, let format = OutputFormat(rawValue: to), !format.isText, output == nil {
            throw ValidationError("\(format.displayName)须用 -o 指定输出文件")
        }
        guard (2000...2100).contains(year) else { throw ValidationError("--year 应为四位年份") }
    }

    func run() async throws {
        let template = self.template.flatMap(TemplateVersion.init(rawValue:))
        let (agencyName, year, explain) = (agency, self.year, self.explain)
        let result = try await options.with { context, _ in
            let agency = try await CaseService(context).requireAgency(named: agencyName)
            let service = ReportService(context)
            let annual = try await service.annualReport(for: agency, year: year, template: template)
            var explanation: ReportService.CellExplanation?
            if let explain {
                explanation = try await service.explain(try CellLocation(explain, template: annual.template), in: annual)
            }
            let pending = try await service.pendingLapses(agencyID: annual.agencyID, year: year)
            return (annual.report, explanation, pending)
        }
        // Requests whose correction or payment deadline passed in the year but are still open:
        // the officer records the lapse, or they stay in 结转下年度.
        for lapse in result.2 { Terminal.standardError.write("提示：\(lapse.message)\n") }
        if let explanation = result.1 {
            printExplanation(explanation)
            return
        }
        let format = to.flatMap(OutputFormat.init(rawValue:)) ?? .json
        let bytes: [UInt8]
        do {
            bytes = try ReportRenderer().render(result.0, as: format)
        } catch {
            ExitStatus.fail("无法生成\(format.displayName)：\(error)", code: 2)
        }
        if let output {
            guard FileManager.default.createFile(atPath: output, contents: Data(bytes)) else {
                ExitStatus.fail("无法写入 \(output)", code: 2)
            }
            Terminal.standardError.write("已写入 \(output)（\(format.displayName)）\n")
        } else {
            Terminal.standardOutput.write(String(decoding: bytes, as: UTF8.self))
        }
    }

    func printExplanation(_ explanation: ReportService.CellExplanation) {
        let value = explanation.value.map(\.description) ?? "空"
        Terminal.standardOutput.write(
            "\(explanation.location)  \(explanation.location.label)  = \(value)，统计了 \(explanation.records.count) 件：\n")
        for record in explanation.records {
            Terminal.standardOutput.write(record.detail.isEmpty ? "  \(record.id)\n" : "  \(record.id)  \(record.detail)\n")
        }
    }
}
