import Foundation
import Testing

@testable import GongkaiCore

@Suite("CSVRenderer: long format for analysts")
struct CSVRendererTests {
    @Test("A header, then one line per table cell with agency, year, template, table, row, column and value")
    func longFormat() throws {
        let report = try RenderTestSupport.seeds()[0].report  // 000: blank cells in table 2 and row 四
        let lines = CSVRenderer.render(report).components(separatedBy: "\r\n")
        #expect(lines[0] == "agency,year,template,table,row_key,row_label,column_key,column_label,value")
        let cells = TableID.allCases.compactMap { report[table: $0]?.layout.cellCount }.reduce(0, +)
        #expect(lines.count == cells + 2 && lines.last == "")
        #expect(lines.contains("铜川市王益区教育科技体育局,2020,2019,requests,carriedForward,四、结转下年度继续办理,total,总计,"))
        #expect(
            lines.contains(
                "铜川市王益区教育科技体育局,2020,2019,requests,denied.stateSecret,三、本年度办理结果·（三）不予公开·1.属于国家秘密,commercial,法人或其他组织·商业企业,0"
            ))
        #expect(
            lines.contains {
                $0.hasPrefix("铜川市王益区教育科技体育局,2020,2019,proactive,procurement,第二十条第（九）项·政府集中采购,projects,采购项目数量,")
            })
        #expect(lines.contains("铜川市王益区教育科技体育局,2020,2019,review,litigationDirect,行政诉讼·未经复议直接起诉,upheld,结果维持,0"))
    }

    @Test("Fields with commas, quotes or line breaks are quoted, quotes doubled (RFC 4180)")
    func quoting() {
        #expect(CSVRenderer.quoted("某局") == "某局")
        #expect(CSVRenderer.quoted("甲,乙") == "\"甲,乙\"")
        #expect(CSVRenderer.quoted("“a”\"b\"") == "\"“a”\"\"b\"\"\"")
        #expect(CSVRenderer.quoted("a\nb") == "\"a\nb\"")
        let report = Report.skeleton(template: .v2021, year: 2024, agency: "甲,乙局")
        #expect(
            CSVRenderer.render(report).components(separatedBy: "\r\n")[1].hasPrefix("\"甲,乙局\",2024,2021,proactive,"))
    }

    @Test("Several reports share one header: a supervising office's summary")
    func summary() throws {
        let seeds = try RenderTestSupport.seeds().map(\.report)
        let lines = CSVRenderer.render(seeds).components(separatedBy: "\r\n")
        #expect(lines.filter { $0.hasPrefix("agency,") }.count == 1)
        #expect(lines.count - 2 == seeds.map { LongFormat.records($0).count }.reduce(0, +))
    }

    @Test("Decimals are written exactly and a report without agency or year leaves those fields empty")
    func values() {
        var report = Report.skeleton(template: .v2021)
        report.proactive?["fees", 0] = .decimal(Decimal(string: "0.0325")!)
        let line = CSVRenderer.render(report).components(separatedBy: "\r\n").first { $0.contains(",fees,") }
        #expect(line == ",,2021,proactive,fees,第二十条第（八）项·行政事业性收费,amountWan,本年收费金额（单位：万元）,0.0325")
    }
}
