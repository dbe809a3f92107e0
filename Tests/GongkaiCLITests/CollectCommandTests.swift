import Foundation
import GongkaiCore
import Testing

/// `gongkai collect` as an office runs it: a folder (and a .zip) of reports and a roster.
@Suite("gongkai collect")
struct CollectCommandTests {
    /// A folder of reports in three formats and a zip, and a roster of four agencies:
    /// 江东市教育局 (2025 and a 2024 copy of its text), 江东市财政局 (published late),
    /// 江东市人民政府 (in a zip), 江东市民政局 (missing).
    final class Workspace {
        let root: URL
        var reports: URL { root.appendingPathComponent("报告") }
        var roster: URL { root.appendingPathComponent("名册.csv") }

        init() throws {
            root = FileManager.default.temporaryDirectory.appendingPathComponent("gongkai-collect-\(UUID().uuidString)")
            try FileManager.default.createDirectory(
                at: root.appendingPathComponent("报告"), withIntermediateDirectories: true)
            try Data(
                """
                机关名称,所属地区,上级地区,类型,含下级汇总,发布日期
                江东市人民政府,江东市,,政府,,
                江东市教育局,江东市,,部门,,2026-01-20
                江东市财政局,江东市,,部门,,2026-02-05
                江东市民政局,江东市,,部门,,

                """.utf8
            ).write(to: roster)
            var generator = SampleReportGenerator(seed: 7)
            func report(_ agency: String, _ year: Int) -> Report {
                var report = generator.report(template: .v2021, year: year)
                report.agency = agency
                report.title = "\(agency)\(year)年政府信息公开工作年度报告"
                return report
            }
            let renderer = ReportRenderer()
            let education = report("江东市教育局", 2025)
            var copied = report("江东市教育局", 2024)
            copied.sections = education.sections.map { section in
                var section = section
                section.text = section.text.replacingOccurrences(of: "2025年", with: "2024年")
                return section
            }
            try write(renderer.render([education], as: .text)[0], "教育局2025.txt")
            try write(renderer.render([copied], as: .docx)[0], "教育局2024.docx")
            try write(renderer.render([report("江东市财政局", 2025)], as: .html)[0], "财政局.html")
            let government = try renderer.render([report("江东市人民政府", 2025)], as: .docx)[0]
            try Data(try ZipFixture.archive([("市政府/年报.docx", government)])).write(
                to: reports.appendingPathComponent("政府.zip"))
        }

        func write(_ bytes: [UInt8], _ name: String) throws {
            try Data(bytes).write(to: reports.appendingPathComponent(name))
        }

        func run(_ extra: [String], roster: URL? = nil) throws -> CLIRunner.Result {
            try CLIRunner.run(
                [
                    "collect", reports.path, "--agencies", (roster ?? self.roster).path, "--year", "2025", "--as-of",
                    "2026-04-01",
                ]
                    + extra)
        }

        deinit { try? FileManager.default.removeItem(at: root) }
    }

    @Test("The text board: counts, lateness from the roster's date, the missing agency and the reminder; exit 1")
    func text() throws {
        let workspace = try Workspace()
        let result = try workspace.run([])
        #expect(result.status == 1, "\(result.standardError)")
        let output = result.standardOutput
        #expect(output.contains("江东市 2025年度政府信息公开工作年度报告报送与检查情况（截至2026年4月1日）"))
        #expect(output.contains("应报送 4 个机关：已发布 0 · 已上传 2 · 逾期 1 · 未提交 1（其中 1 个已过法定时限）"))
        #expect(output.contains("逾期5天"))
        #expect(output.contains("未提交（已过法定时限）"))
        #expect(output.contains("催报名单"))
        #expect(output.contains("1. 江东市民政局（法定时限2026年1月31日已过，《条例》第四十九条）"))
        #expect(output.contains("TEXT_COPIED（照搬上年文字）"))
        #expect(output.contains("区域汇总（3 个机关的报告相加，2021年版格式"))
        #expect(!output.contains("\u{1B}["))
    }

    @Test("--to json prints the board (gongkai.board/1) with every agency's findings")
    func json() throws {
        let workspace = try Workspace()
        let result = try workspace.run(["--to", "json"])
        #expect(result.status == 1)
        let board = try JSONParser.parse(result.standardOutput)
        #expect(board["schema"] == .string("gongkai.board/1"))
        #expect(board["counts"]?["missing"] == .number("1"))
        #expect(board["counts"]?["late"] == .number("1"))
        let agencies = try #require(board["agencies"]?.arrayValue)
        #expect(agencies.map { $0["agency"]?.stringValue } == ["江东市人民政府", "江东市教育局", "江东市财政局", "江东市民政局"])
        #expect(agencies[0]["file"]?.stringValue?.hasSuffix("政府.zip/市政府/年报.docx") == true)
        let codes = agencies[1]["findings"]?.arrayValue?.compactMap { $0["code"]?.stringValue } ?? []
        #expect(codes.contains("TEXT_COPIED"))
        #expect(codes.contains("CARRY_MISMATCH"))
        let files = try #require(board["files"]?.arrayValue)
        #expect(files.contains { $0["role"] == .string("previousYear") })
        #expect(result.standardError.isEmpty)
    }

    @Test("-o 汇总.xlsx writes the workbook, prints the summary and names the file; --charts writes three SVGs")
    func xlsx() throws {
        let workspace = try Workspace()
        let output = workspace.root.appendingPathComponent("汇总.xlsx")
        let charts = workspace.root.appendingPathComponent("图表")
        let result = try workspace.run(["-o", output.path, "--charts", charts.path])
        #expect(result.status == 1)
        let bytes = try Data(contentsOf: output)
        #expect(bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]))
        #expect(result.standardOutput.contains("应报送 4 个机关"))
        #expect(result.standardError.contains("已写入"))
        let files = try FileManager.default.contentsOfDirectory(atPath: charts.path).sorted()
        #expect(files == ["历年趋势.svg", "申请办理结果.svg", "错误按规则.svg"].sorted())
    }

    @Test("Every agency reported and no error finding: exit 0")
    func clean() throws {
        let workspace = try Workspace()
        let roster = workspace.root.appendingPathComponent("一个.csv")
        try Data("机关名称,所属地区,发布日期\n江东市教育局,江东市,2026-01-20\n".utf8).write(to: roster)
        let result = try workspace.run([], roster: roster)
        #expect(result.status == 0, "\(result.standardOutput)")
        #expect(result.standardOutput.contains("应报送 1 个机关"))
        #expect(result.standardOutput.contains("未匹配 2 份"))
    }

    @Test("A roster with errors stops before any work, each error with its line; exit 1 (fixable input)")
    func badRoster() throws {
        let workspace = try Workspace()
        let roster = workspace.root.appendingPathComponent("坏.csv")
        try Data("机关名称,所属地区,类型\n甲局,甲市,机构\n,甲市,部门\n".utf8).write(to: roster)
        let result = try workspace.run([], roster: roster)
        #expect(result.status == 1)
        #expect(result.standardError.contains("第2行：“类型”应为“政府”或“部门”，而不是“机构”"))
        #expect(result.standardError.contains("第3行：“机关名称”为空"))
        #expect(result.standardOutput.isEmpty)
    }

    @Test("A scoring scheme with an unknown key is refused (exit 1); a missing roster file is unreadable (exit 2)")
    func badScores() throws {
        let workspace = try Workspace()
        let scores = workspace.root.appendingPathComponent("评分.json")
        try Data(#"{"ontime": 30}"#.utf8).write(to: scores)
        let result = try workspace.run(["--scores", scores.path])
        #expect(result.status == 1)
        #expect(result.standardError.contains("评分方案有误：未知的键“ontime”"))
        let missing = try workspace.run([], roster: workspace.root.appendingPathComponent("没有.csv"))
        #expect(missing.status == 2)
        #expect(missing.standardError.contains("无法读取名册"))
    }

    @Test("--to xlsx needs -o; the help names the roster's columns")
    func usage() throws {
        let workspace = try Workspace()
        let result = try workspace.run(["--to", "xlsx"])
        #expect(result.status == 64)
        #expect(result.standardError.contains("--to xlsx 须用 -o 指定输出文件"))
        let help = try CLIRunner.run(["collect", "--help"])
        #expect(help.standardOutput.contains("机关名称（必填）  所属地区（必填）"))
    }
}
