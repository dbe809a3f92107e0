import Foundation
import Testing

@testable import GongkaiCore

/// The workbook reader for ledgers: cells in place, and hostile workbooks refused with a reason
/// instead of exhausting memory, reading local files or hanging.
@Suite("XLSX workbooks: cells, and hostile files (zip bomb, XXE, billion laughs, truncated, a million rows) (Xlsx)")
struct XlsxWorkbookReaderTests {
    static func workbook(sheet: String, shared: String? = nil, extra: [ZipPackage.Part] = []) throws -> [UInt8] {
        var parts = [ZipPackage.Part("xl/worksheets/sheet1.xml", xml: sheet)]
        if let shared { parts.append(.init("xl/sharedStrings.xml", xml: shared)) }
        return try ZipPackage.archive(parts + extra)
    }

    static func sheet(_ rows: String) -> String {
        #"<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>"#
            + rows + "</sheetData></worksheet>"
    }

    func refusal(_ bytes: [UInt8], limits: XlsxWorkbookReader.Limits = .standard) -> XlsxReadError.Reason? {
        do {
            _ = try XlsxWorkbookReader.firstSheet(bytes, limits: limits)
            Issue.record("the workbook was read")
            return nil
        } catch {
            return error.reason
        }
    }

    @Test("shared, inline, rich and phonetic strings, numbers and booleans land in their columns")
    func cells() throws {
        let shared = #"<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>申请编号</t></si><si><r><t>收到</t></r><r><t>日期</t></r><rPh><t>しゅう</t></rPh></si></sst>"#
        let rows = #"<row r="1"><c r="A1" t="s"><v>0</v></c><c r="C1" t="s"><v>1</v></c></row>"#
            + #"<row r="3"><c r="A3" t="inlineStr"><is><t>江1〔2025〕1号</t></is></c><c r="B3" t="b"><v>1</v></c><c r="C3"><v>45720.0</v></c></row>"#
        let result = try XlsxWorkbookReader.firstSheet(try Self.workbook(sheet: Self.sheet(rows), shared: shared))
        #expect(result == [
            .init(number: 1, cells: ["申请编号", "", "收到日期"]),
            .init(number: 3, cells: ["江1〔2025〕1号", "TRUE", "45720"]),
        ])
    }

    @Test("the first sheet is the one the workbook lists first, through its relationships")
    func firstListedSheet() throws {
        let workbook = #"<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="台账" sheetId="2" r:id="rId7"/><sheet name="说明" sheetId="1" r:id="rId1"/></sheets></workbook>"#
        let relationships = #"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Target="worksheets/sheet1.xml"/><Relationship Id="rId7" Target="/xl/worksheets/ledger.xml"/></Relationships>"#
        let bytes = try Self.workbook(
            sheet: Self.sheet(#"<row r="1"><c r="A1" t="inlineStr"><is><t>说明</t></is></c></row>"#),
            extra: [
                .init("xl/workbook.xml", xml: workbook), .init("xl/_rels/workbook.xml.rels", xml: relationships),
                .init("xl/worksheets/ledger.xml", xml: Self.sheet(#"<row r="1"><c r="A1" t="inlineStr"><is><t>台账</t></is></c></row>"#)),
            ])
        #expect(try XlsxWorkbookReader.firstSheet(bytes).first?.cells == ["台账"])
    }

    @Test("a zip bomb stops at the part cap")
    func zipBomb() throws {
        // 4 MB of one repeated row compresses to a few kilobytes; the cap here is 1 MB.
        let row = #"<row><c t="inlineStr"><is><t>AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA</t></is></c></row>"#
        let bytes = try Self.workbook(sheet: Self.sheet(String(repeating: row, count: 4 << 20 / row.utf8.count)))
        #expect(bytes.count < 200_000)
        let limits = XlsxWorkbookReader.Limits(partSize: 1 << 20, rows: 1_000_000, cells: 10_000_000)
        #expect(refusal(bytes, limits: limits) == .partTooLarge(part: "xl/worksheets/sheet1.xml", limit: 1 << 20))
        #expect(XlsxReadError(.partTooLarge(part: "xl/worksheets/sheet1.xml", limit: 1 << 20)).description.contains("压缩炸弹"))
    }

    @Test("XXE: an external entity naming a local file is refused before parsing")
    func externalEntity() throws {
        let sheet = #"<?xml version="1.0"?><!DOCTYPE worksheet [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>"#
            + #"<worksheet><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&xxe;</t></is></c></row></sheetData></worksheet>"#
        #expect(refusal(try Self.workbook(sheet: sheet)) == .xmlDeclarationsRefused(part: "xl/worksheets/sheet1.xml"))
    }

    @Test("billion laughs in the shared strings is refused before parsing")
    func billionLaughs() throws {
        var entities = #"<!ENTITY lol "lol">"#
        for level in 1...9 {
            let previous = level == 1 ? "lol" : "lol\(level - 1)"
            entities += "<!ENTITY lol\(level) \"" + String(repeating: "&\(previous);", count: 10) + "\">"
        }
        let shared = "<?xml version=\"1.0\"?><!DOCTYPE sst [\(entities)]><sst><si><t>&lol9;</t></si></sst>"
        let bytes = try Self.workbook(sheet: Self.sheet(#"<row r="1"><c r="A1" t="s"><v>0</v></c></row>"#), shared: shared)
        #expect(refusal(bytes) == .xmlDeclarationsRefused(part: "xl/sharedStrings.xml"))
    }

    @Test("a truncated workbook, a damaged sheet and a non-zip are refused with a reason")
    func damaged() throws {
        let bytes = try Self.workbook(sheet: Self.sheet(#"<row r="1"><c r="A1"><v>1</v></c></row>"#))
        guard case .corruptArchive = refusal(Array(bytes.prefix(bytes.count / 2))) else {
            Issue.record("a truncated workbook was not reported as damaged")
            return
        }
        guard case .corruptArchive = refusal(Array("申请编号,收到日期\n".utf8)) else {
            Issue.record("a CSV was not reported as damaged")
            return
        }
        guard case .malformedXML(let part, _, _) = refusal(try Self.workbook(sheet: "<worksheet><sheetData><row>")) else {
            Issue.record("a cut sheet was read")
            return
        }
        #expect(part == "xl/worksheets/sheet1.xml")
        #expect(refusal(try ZipPackage.archive([.init("docProps/app.xml", xml: "<x/>")])) == .noWorksheet)
    }

    @Test("a million rows stop at the row cap, quickly")
    func millionRows() throws {
        let sheet = Self.sheet(String(repeating: #"<row><c><v>1</v></c></row>"#, count: 1_000_000))
        let bytes = try ZipPackage.archive([.init("xl/worksheets/sheet1.xml", xml: sheet)])
        let started = ContinuousClock.now
        #expect(refusal(bytes) == .tooManyRows(limit: XlsxWorkbookReader.Limits.standard.rows))
        // Bounded work: the refusal does not parse the rows after the cap (seconds even in debug builds).
        #expect(ContinuousClock.now - started < .seconds(60))
    }

    @Test("a cell beyond column XFD, a bad shared-string index and a sheet too wide are refused")
    func hostileCells() throws {
        let far = try Self.workbook(sheet: Self.sheet(#"<row r="2"><c r="ZZZZZZZZZZZZ2"><v>1</v></c></row>"#))
        #expect(refusal(far) == .columnOutOfRange(reference: "ZZZZZZZZZZZZ2", row: 2))
        let index = try Self.workbook(sheet: Self.sheet(#"<row r="4"><c r="B4" t="s"><v>7</v></c></row>"#), shared: "<sst><si><t>a</t></si></sst>")
        #expect(refusal(index) == .sharedStringOutOfRange(reference: "B4", row: 4))
        // Each row one cell at XFD: 16,384 cells a row once laid out.
        let wide = try Self.workbook(sheet: Self.sheet(String(repeating: #"<row><c r="XFD1"><v>1</v></c></row>"#, count: 100)))
        let limits = XlsxWorkbookReader.Limits(partSize: 1 << 20, rows: 1000, cells: 1_000_000)
        #expect(refusal(wide, limits: limits) == .tooManyCells(limit: 1_000_000))
    }
}
