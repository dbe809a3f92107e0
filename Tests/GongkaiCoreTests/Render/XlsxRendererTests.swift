import Foundation
import Testing

@testable import GongkaiCore

/// The workbook: a sheet per table on the official grid with its merges, numbers as numbers, and
/// the long-format data sheet; LibreOffice Calc opens it and reads the same numbers.
@Suite("XlsxRenderer: the official tables and a long-format sheet")
struct XlsxRendererTests {
    let report = try! RenderTestSupport.seeds()[3].report  // 003: 2019 template, 10万元

    @Test("Three table sheets and the data sheet; every part parses")
    func package() throws {
        let parts = try RenderTestSupport.parts(try XlsxRenderer.render(report))
        let workbook = String(decoding: try #require(parts["xl/workbook.xml"]), as: UTF8.self)
        for table in TableID.allCases { #expect(workbook.contains("name=\"\(XlsxRenderer.sheetName(table))\"")) }
        #expect(workbook.contains("name=\"\(XlsxRenderer.dataSheetName)\""))
        for (path, bytes) in parts where path.hasSuffix(".xml") || path.hasSuffix(".rels") {
            #expect(throws: Never.self, "\(path)") { try XMLCheck.parse(bytes) }
        }
        #expect(parts["xl/worksheets/sheet4.xml"] != nil)
    }

    @Test("Table 3's sheet merges the corner, the applicant groups and the result groups; numbers are numbers")
    func requestsSheet() throws {
        let sheet = try RenderTestSupport.part("xl/worksheets/sheet2.xml", of: try XlsxRenderer.render(report))
        #expect(sheet.contains(#"<mergeCell ref="A4:C6"/>"#))  // the corner note, below title and heading
        #expect(sheet.contains(#"<mergeCell ref="D4:J4"/>"#))  // 申请人情况
        #expect(sheet.contains(#"<mergeCell ref="E5:I5"/>"#))  // 法人或其他组织
        #expect(sheet.contains(#"<mergeCell ref="A9:A28"/>"#))  // 三、本年度办理结果 over 20 rows (2019)
        #expect(sheet.contains(#"<c r="J7" s="3"><v>3</v></c>"#))  // 一、本年新收 总计 = 3, a number
        #expect(!sheet.contains(#"t="inlineStr"><is><t xml:space="preserve">3</t>"#))
    }

    @Test("The data sheet has one row per cell, the amount as an exact number, blanks empty")
    func dataSheet() throws {
        let sheet = try RenderTestSupport.part("xl/worksheets/sheet4.xml", of: try XlsxRenderer.render(report))
        let cells = LongFormat.records(report).count
        #expect(RenderTestSupport.count("<row ", in: sheet) == cells + 1)
        #expect(sheet.contains("<v>10</v>"))
        #expect(sheet.contains(#"<autoFilter ref="A1:I\#(cells + 1)"/>"#))
    }

    @Test(
        "LibreOffice Calc opens the workbook: its CSV of every sheet holds the official grid and the records",
        .enabled(if: RenderTestSupport.libreOfficeInstalled))
    func opensInCalc() throws {
        var generator = SampleReportGenerator(seed: 11)
        let sample = generator.variedReport(template: .v2021, variation: [.blankCells, .largeNumbers])
        let sheets = try RenderTestSupport.sheetsInCalc(try XlsxRenderer.render(sample))
        func sheet(_ name: String) throws -> [[String]] { try #require(sheets[name]) }
        let data = try sheet(XlsxRenderer.dataSheetName)
        #expect(data[0] == LongFormat.header)
        let expected = LongFormat.records(sample).map(LongFormat.fields)
        #expect(Array(data[1...expected.count]) == expected)
        let requests = try sheet(XlsxRenderer.sheetName(.requests))
        let grid = TableGrid(try #require(sample.requests))
        for (offset, row) in grid.rows.enumerated() {
            let written = requests[3 + offset]
            var column = 0
            for cell in row {
                if !cell.continuesMerge { #expect(written[column] == cell.text, "row \(offset), column \(column)") }
                column += cell.columnSpan
            }
        }
    }
}

/// Splits a line of CSV as LibreOffice writes it (quotes around fields with commas or quotes).
enum CSVLine {
    static func fields(_ line: String) -> [String] {
        var fields: [String] = []
        var field = ""
        var quoted = false
        var iterator = Array(line.replacingOccurrences(of: "\r", with: "")).makeIterator()
        var pending: Character? = nil
        while let character = pending ?? iterator.next() {
            pending = nil
            if quoted {
                if character == "\"" {
                    if let next = iterator.next() {
                        if next == "\"" { field.append("\"") } else { quoted = false; pending = next }
                    } else {
                        quoted = false
                    }
                } else {
                    field.append(character)
                }
            } else if character == "\"" {
                quoted = true
            } else if character == "," {
                fields.append(field)
                field = ""
            } else {
                field.append(character)
            }
        }
        fields.append(field)
        return fields
    }
}
