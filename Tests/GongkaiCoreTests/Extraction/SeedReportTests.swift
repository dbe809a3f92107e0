import Foundation
import Testing

@testable import GongkaiCore

/// The five seed reports (text extracted from .docx), every cell checked against the documents.
@Suite("Seed reports read cell by cell")
struct SeedReportTests {
    static func read(_ name: String) throws -> ParsedReport {
        try ReportReader().read(contentsOf: fixtureURL("seeds/\(name)"))
    }

    func expectTable(
        _ table: ReportTable?, _ rows: SeedExpectations.Rows, sourceLocation: SourceLocation = #_sourceLocation
    ) throws {
        let table = try #require(table, sourceLocation: sourceLocation)
        #expect(table.layout.rows.map(\.key.rawValue) == rows.map(\.0), sourceLocation: sourceLocation)
        for (key, expected) in rows {
            let actual = table[RowKey(key)]?.map { $0?.integerValue }
            #expect(actual == expected, "row \(key)", sourceLocation: sourceLocation)
        }
    }

    func expectProactive(
        _ table: ReportTable?, _ expected: [String: String?], sourceLocation: SourceLocation = #_sourceLocation
    ) throws {
        let table = try #require(table, sourceLocation: sourceLocation)
        var actual: [String: String?] = [:]
        for (row, column, value) in table.cells {
            actual.updateValue(value?.description, forKey: "\(row.key).\(row.columns[column].key)")
        }
        #expect(actual == expected, sourceLocation: sourceLocation)
    }

    @Test("000: 2019 template, blank rows in table 2, 采购总金额 missing, 结转 row blank, no section 六")
    func seed000() throws {
        let parsed = try Self.read("000_a7bda0c74bde3af2.txt")
        let report = parsed.report
        #expect(report.template == .v2019)
        #expect(report.year == 2020)
        #expect(report.agency == "铜川市王益区教育科技体育局")
        #expect(report.title == "2020年度信息公开年度报告")
        #expect(report.sections.map(\.number) == [1, 2, 3, 4, 5])
        #expect(report.sections[0].text.hasPrefix("2020年，区教科体局局全面贯彻落实"))
        #expect(report.sections[0].text.contains("（4） 平台建设"))
        #expect(!report.sections[4].text.contains("bookmark"))
        try expectProactive(report.proactive, SeedExpectations.proactive000)
        try expectTable(report.requests, SeedExpectations.requestsAllZeroCarryBlank)
        try expectTable(report.review, SeedExpectations.reviewAllZero)
        #expect(parsed.notes.contains(.cellsMissing(.proactive, "procurement", columns: [1])))
    }

    @Test("001: no year in the title, 3、 numbering, +10 behind a bookmark, 结转 row without cells")
    func seed001() throws {
        let parsed = try Self.read("001_18824da13ecba4ff.txt")
        let report = parsed.report
        #expect(report.template == .v2019)
        #expect(report.year == 2020)
        #expect(report.agency == "塔城地区教育局")
        #expect(report.title == "塔城地区教育局信息公开工作年度报告")
        #expect(report.sections.map(\.number) == [1, 2, 3, 4, 5, 6])
        #expect(report.section(6)?.text == "无。")
        #expect(parsed.headings[2].numbering == "3、")
        try expectProactive(report.proactive, SeedExpectations.proactive001)
        try expectTable(report.requests, SeedExpectations.requestsAllZeroCarryBlank)
        try expectTable(report.review, SeedExpectations.reviewAllZero)
        #expect(parsed.notes.contains(.cellsMissing(.requests, "carriedForward", columns: Array(0..<7))))
    }

    @Test("002: heading without 一、, signed changes, 元 amounts, tables 3 and 4 replaced by 无")
    func seed002() throws {
        let parsed = try Self.read("002_1b003a206c429a04.txt")
        let report = parsed.report
        #expect(report.template == .v2019)
        #expect(report.year == 2020)
        #expect(report.agency == "秀洲区教体局")
        #expect(report.title == "秀洲区教体局2020年度政府信息公开工作年度报告")
        #expect(parsed.headings[0].numbering == nil)
        #expect(report.sections.map(\.number) == [1, 2, 3, 4, 5, 6])
        try expectProactive(report.proactive, SeedExpectations.proactive002)
        #expect(report.requests == nil)
        #expect(report.review == nil)
        #expect(parsed.notes.contains(.tableReplacedByText(.requests, text: "无")))
        #expect(parsed.notes.contains(.tableReplacedByText(.review, text: "无")))
        #expect(parsed.notes.contains(.amountConverted(.proactive, "procurement", column: 1, written: "2626294.00元")))
    }

    @Test("003: title on two lines, 釆 for 采, 10万元, three applications")
    func seed003() throws {
        let parsed = try Self.read("003_5378260b2f002a6c.txt")
        let report = parsed.report
        #expect(report.template == .v2019)
        #expect(report.year == 2020)
        #expect(report.agency == "铜川市耀州区人民政府办公室")
        #expect(report.title == "铜川市耀州区人民政府办公室2020年政府信息公开工作年度报告")
        #expect(report.section(6)?.heading == "无其他需要报告的事项")
        #expect(report.section(6)?.text == "")
        try expectProactive(report.proactive, SeedExpectations.proactive003)
        try expectTable(report.requests, SeedExpectations.requests003)
        try expectTable(report.review, SeedExpectations.reviewAllZero)
    }

    @Test("004: the 2021 template in full, all zero but one licensing decision")
    func seed004() throws {
        let parsed = try Self.read("004_4a845c3325581b0b.txt")
        let report = parsed.report
        #expect(report.template == .v2021)
        #expect(report.year == 2024)
        #expect(report.agency == "尖山区教体局")
        #expect(report.title == "尖山区教体局2024年政府信息公开工作年度报告")
        #expect(report.sections.map(\.heading) == Templates.sections.map(\.heading))
        #expect(report.section(6)?.text == "无")
        try expectProactive(report.proactive, SeedExpectations.proactive004)
        try expectTable(report.requests, SeedExpectations.requests004)
        try expectTable(report.review, SeedExpectations.reviewAllZero)
    }
}
