import Foundation
import Testing

@testable import GongkaiCore

/// The board's workbook: every part parses, and LibreOffice Calc reads the same figures as the board.
@Suite("RegionBoard workbook (XLSX)")
struct BoardWorkbookTests {
    var board: RegionBoard {
        let roster = try! SupervisionFixtures.roster()
        var blank = SupervisionFixtures.report("城南区教育局", received: 12)
        blank.requests![Templates.Row.newReceived, 1] = nil
        let reports = [
            CollectedReport(
                SupervisionFixtures.checked(SupervisionFixtures.report("江东市教育局", received: 7), file: "a/教育局.txt")),
            CollectedReport(
                SupervisionFixtures.checked(
                    SupervisionFixtures.report("江东市财政局", received: 4), file: "b.txt", signed: "2026-02-09")),
            CollectedReport(SupervisionFixtures.checked(blank, file: "c.docx")),
            CollectedReport(SupervisionFixtures.checked(SupervisionFixtures.report("未知局"), file: "d & e.txt")),
        ]
        return RegionBoard(roster: roster, reports: reports, year: 2025, asOf: "2026-04-10")
    }

    @Test("Eight sheets; every XML part is well-formed; lists have filters")
    func package() throws {
        let parts = try RenderTestSupport.parts(try board.workbook())
        let workbook = String(decoding: try #require(parts["xl/workbook.xml"]), as: UTF8.self)
        for name in RegionBoard.sheetNames { #expect(workbook.contains("name=\"\(name)\"")) }
        #expect(RenderTestSupport.count("_xlnm._FilterDatabase", in: workbook) == 5)
        for (path, bytes) in parts where path.hasSuffix(".xml") || path.hasSuffix(".rels") {
            #expect(throws: Never.self, "\(path)") { try XMLCheck.parse(bytes) }
        }
    }

    @Test(
        "LibreOffice Calc reads the same statuses, scores, sums, gaps and findings as the board",
        .enabled(if: RenderTestSupport.libreOfficeInstalled))
    func opensInCalc() throws {
        let board = board
        let sheets = try RenderTestSupport.sheetsInCalc(try board.workbook())
        func sheet(_ name: String) throws -> [[String]] { try #require(sheets[name]).filter { $0 != [""] } }
        let status = try sheet("报送情况")
        #expect(status.count == board.agencies.count + 1)
        for (index, line) in board.agencies.enumerated() {
            let row = status[index + 1]
            #expect(row[1] == line.agency.name)
            #expect(row[4] == line.statusText)
            #expect(row[11] == String(line.count(.error)))
            #expect(row[12] == String(line.count(.warning)))
        }
        #expect(status[3][4] == "逾期9天")
        #expect(status[3][6] == "2026-02-09")
        let ranking = try sheet("排名")
        for (index, line) in board.ranking.enumerated() {
            #expect(ranking[index + 1][0] == String(line.rank))
            #expect(Double(ranking[index + 1][2]) == line.score.total)
        }
        let details = try sheet("汇总明细")
        let newReceived = try #require(details.first { $0[1] == "newReceived" && $0[3] == "naturalPerson" })
        #expect(newReceived[5] == "23")
        #expect(newReceived[6] == "3")
        let commercial = try #require(details.first { $0[1] == "newReceived" && $0[3] == "commercial" })
        #expect(commercial[5] == "0")
        #expect(commercial[7] == "1")  // 城南区教育局 left it blank: a gap, not a 0
        #expect(details.count == 1 + board.aggregate.tables.reduce(0) { $0 + $1.layout.cellCount })
        let requests = try sheet("表三汇总")
        let grid = TableGrid(board.aggregate.table(.requests).sums)
        for (offset, row) in grid.rows.enumerated() {
            var column = 0
            for cell in row {
                if !cell.continuesMerge { #expect(requests[3 + offset][column] == cell.text, "row \(offset)") }
                column += cell.columnSpan
            }
        }
        let findings = try sheet("问题清单")
        #expect(findings.count == 1 + board.agencies.reduce(0) { $0 + $1.findings.count })
        #expect(findings.contains { $0[2] == "LATE_PUBLICATION" && $0[0] == "江东市财政局" })
        let files = try sheet("报告文件")
        #expect(files.contains { $0[0] == "d & e.txt" && $0[3] == "未匹配" })
    }
}
