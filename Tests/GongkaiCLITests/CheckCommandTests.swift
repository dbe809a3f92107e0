import Foundation
import GongkaiCore
import Testing

/// `gongkai check` and `gongkai parse` as users run them: output, JSON, exit codes.
@Suite("gongkai check and parse")
struct CheckCommandTests {
    @Test("check Examples/ lists each real defect and a summary, and exits 1 for errors")
    func checkExamples() throws {
        let result = try CLIRunner.run(["check", "Examples/"])
        #expect(result.status == 1)
        let output = result.standardOutput
        #expect(output.contains("✗ Examples/000_a7bda0c74bde3af2.txt"))
        #expect(output.contains("错误 SECTION_MISSING 缺少第六部分“六、其他需要报告的事项”"))
        #expect(output.contains("警告 SECTION_NUMBERING 标题“3、收到和处理政府信息公开申请情况”编号写作“3、”，应为“三、”"))
        #expect(output.contains("错误 TABLE_MISSING 表三（收到和处理政府信息公开申请情况）被“无”代替"))
        #expect(output.contains("警告 YEAR_MISMATCH 第一部分写道“2019年，区政府办受理3件依申请公开…”"))
        #expect(output.contains("✓ Examples/004_4a845c3325581b0b.txt"))
        #expect(output.contains("汇总：检查 5 个文件 · 无问题 1 · 有错误 3 · 仅有警告 1 · 无法读取 0"))
        // Not a terminal: no colour codes.
        #expect(!output.contains("\u{1B}["))
    }

    @Test("--json prints one entry per file with metadata and findings")
    func checkJSON() throws {
        let result = try CLIRunner.run(["check", "--json", "Examples/"])
        #expect(result.status == 1)
        let value = try JSONParser.parse(result.standardOutput)
        let entries = try #require(value.arrayValue)
        #expect(entries.count == 5)
        let first = entries[0]
        #expect(first["file"] == .string("Examples/000_a7bda0c74bde3af2.txt"))
        #expect(first["report"]?["agency"] == .string("铜川市王益区教育科技体育局"))
        #expect(first["report"]?["year"] == .number("2020"))
        let codes = first["findings"]?.arrayValue?.compactMap { $0["code"]?.stringValue } ?? []
        #expect(codes.contains("SECTION_MISSING"))
        #expect(entries[4]["findings"] == .array([]))
    }

    @Test("an unreadable input gives exit 2, and the other files are still checked")
    func unreadable() throws {
        let junk = FileManager.default.temporaryDirectory.appendingPathComponent("gongkai-junk-\(UUID().uuidString).txt")
        try Data([0x00, 0xFF, 0xFE, 0x01, 0x02] + Array(repeating: 0x00, count: 512)).write(to: junk)
        defer { try? FileManager.default.removeItem(at: junk) }
        let result = try CLIRunner.run(["check", junk.path, "Examples/004_4a845c3325581b0b.txt", "没有这个文件.pdf"])
        #expect(result.status == 2)
        #expect(result.standardOutput.contains("无法读取"))
        #expect(result.standardOutput.contains("没有这个文件.pdf"))
        #expect(result.standardOutput.contains("✓ Examples/004_4a845c3325581b0b.txt"))
        #expect(result.standardOutput.contains("无法读取 2"))
    }

    @Test("a scanned PDF without a text layer gives exit 2 and says so")
    func scannedPDF() throws {
        let result = try CLIRunner.run(["check", "Tests/GongkaiCoreTests/Fixtures/scanned/huaian-city-2024-page1-scan.pdf"])
        #expect(result.status == 2)
        #expect(result.standardOutput.contains("该 PDF 为扫描图像，没有文字层"))
    }

    @Test("a clean report exits 0; --color always colours the output")
    func cleanAndColour() throws {
        let clean = try CLIRunner.run(["check", "Examples/004_4a845c3325581b0b.txt"])
        #expect(clean.status == 0)
        let coloured = try CLIRunner.run(["check", "--color", "always", "Examples/004_4a845c3325581b0b.txt"])
        #expect(coloured.standardOutput.contains("\u{1B}[32m"))
    }

    @Test("parse prints the canonical JSON, from a file or from standard input")
    func parse() throws {
        let result = try CLIRunner.run(["parse", "Examples/003_5378260b2f002a6c.txt"])
        #expect(result.status == 0)
        let report = try Report(canonicalJSON: result.standardOutput)
        #expect(report.agency == "铜川市耀州区人民政府办公室")
        #expect(report.requests?.integer(Templates.Row.newReceived, 6) == 3)
        #expect(result.standardOutput.hasPrefix("{\n  \"schema\": \"gongkai.report/1\",\n  \"template\": \"2019\",\n  \"year\": 2020,"))

        let input = try Data(contentsOf: CLIRunner.repository.appendingPathComponent("Examples/003_5378260b2f002a6c.txt"))
        let piped = try CLIRunner.run(["parse", "-"], input: input)
        #expect(piped.standardOutput == result.standardOutput)

        let missing = try CLIRunner.run(["parse", "没有这个文件.txt"])
        #expect(missing.status == 2)
        #expect(missing.standardError.contains("没有这个文件.txt：无法读取文件（文件不存在）"))
    }

    @Test("--help teaches in Chinese: commands, formats, exit codes")
    func help() throws {
        let root = try CLIRunner.run(["--help"])
        #expect(root.standardOutput.contains("政府信息公开工作年度报告的读取、检查与生成工具"))
        #expect(root.standardOutput.contains("check"))
        let check = try CLIRunner.run(["check", "--help"])
        #expect(check.standardOutput.contains("退出码：0 没有错误级问题；1 至少一份报告有错误级问题；2 有文件无法读取"))
        #expect(check.standardOutput.contains("--json"))
    }
}
