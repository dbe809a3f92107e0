import Foundation
import Testing

/// The casework commands as scripts use them: a missing database is never created by a reading
/// command, and `--skip-bad` exits 1 when it skipped rows.
@Suite("gongkai cases and agency: exit codes and files")
struct CaseworkCommandTests {
    static func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("gongkai-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    @Test("cases list and report on a database file that does not exist exit 2 and do not create it")
    func missingDatabase() throws {
        let directory = try Self.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("没有.sqlite").path
        for arguments in [["cases", "list"], ["report", "--agency", "某局", "--year", "2025"], ["agency", "settings", "--agency", "某局"]] {
            let result = try CLIRunner.run(arguments + ["--database", path], environment: ["DATABASE_URL": ""])
            #expect(result.status == 2, "\(arguments)")
            #expect(result.standardError.contains(path))
            #expect(!FileManager.default.fileExists(atPath: path), "\(arguments) created the file")
        }
    }

    @Test("--skip-bad imports the good rows, writes the bad ones, names unknown columns, and exits 1")
    func skipBad() throws {
        let directory = try Self.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let database = directory.appendingPathComponent("办件.sqlite").path
        let ledger = directory.appendingPathComponent("台账.csv")
        let bad = directory.appendingPathComponent("问题行.csv").path
        try """
            申请编号,收到日期,申请人类型,申请人姓名/名称,证件号码,联系电话,申请内容,办理结果,答复日期,备注
            A-1,2025-03-04,自然人,张三,11010519491231002X,139,某信息,予以公开,2025-03-20,加急
            A-2,2025-13-04,自然人,李四,11010519491231002X,139,某信息,,,
            """.write(to: ledger, atomically: true, encoding: .utf8)
        let environment = ["DATABASE_URL": ""]
        #expect(try CLIRunner.run(["db", "migrate", "--database", database], environment: environment).status == 0)
        let result = try CLIRunner.run(
            ["cases", "import", ledger.path, "--agency", "江东市某局", "--skip-bad", bad, "--database", database],
            environment: environment)
        #expect(result.status == 1)
        #expect(result.standardOutput.contains("已导入 1 件申请"))
        #expect(result.standardError.contains("列“备注”未识别，已忽略"))
        #expect(result.standardError.contains("第3行：收到日期“2025-13-04”不是有效日期"))
        #expect(try String(contentsOfFile: bad, encoding: .utf8).contains("错误原因"))
        // Without bad rows the import exits 0.
        try "申请编号,收到日期,申请人类型,申请人姓名/名称,证件号码,联系电话,申请内容\nA-3,2025-03-05,律师,王律师,11010519491231002X,139,某信息\n"
            .write(to: ledger, atomically: true, encoding: .utf8)
        let clean = try CLIRunner.run(
            ["cases", "import", ledger.path, "--agency", "江东市某局", "--skip-bad", bad, "--database", database],
            environment: environment)
        #expect(clean.status == 0, "\(clean.standardError)")
        // The agency setting for table 4 is stored and shown.
        let set = try CLIRunner.run(
            ["agency", "settings", "--agency", "江东市某局", "--appeal-counting", "filed-in-year", "--database", database],
            environment: environment)
        #expect(set.status == 0)
        #expect(set.standardOutput.contains("已设置：表四统计口径：按本年受理（立案）统计"))
        let report = try CLIRunner.run(
            ["report", "--agency", "江东市某局", "--year", "2025", "--to", "md", "--database", database], environment: environment)
        #expect(report.status == 0)
        #expect(report.standardOutput.contains("不含上年度结转数量"))
    }
}
