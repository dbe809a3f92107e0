import Testing

@testable import GongkaiCore

@Suite("HTMLReader")
struct HTMLReaderTests {
    static let cornerNote = "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）"

    private func read(_ html: String) throws -> SourceDocument {
        try HTMLReader.read(Array(html.utf8))
    }

    // MARK: - A real-looking portal page

    @Test("reads the three report tables of a portal page, in order with the section headings")
    func portalPageTables() throws {
        let document = try HTMLReader.read(fixtureBytes("html/portal-2021-utf8.html"))
        #expect(document.tables.count == 3)
        #expect(document.tables.map(\.rows.count) == [14, 28, 4])

        let headings = ["二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况", "四、政府信息公开行政复议、行政诉讼情况"]
        for (heading, table) in zip(headings, document.tables) {
            let headingIndex = try #require(document.blocks.firstIndex(of: .paragraph(heading)))
            #expect(document.blocks[headingIndex + 1] == .table(table), "the table follows \(heading)")
        }
    }

    @Test("keeps table 3's official merges: corner 3×3, 三 over 22 rows, groups over 8/3/5/3 rows")
    func table3Merges() throws {
        let table = try #require(HTMLReader.read(fixtureBytes("html/portal-2021-utf8.html")).tables.dropFirst().first)
        let rows = table.rows
        #expect(rows[0] == [SourceCell(Self.cornerNote, columnSpan: 3, rowSpan: 3), SourceCell("申请人情况", columnSpan: 7)])
        #expect(rows[1] == [SourceCell("自然人", rowSpan: 2), SourceCell("法人或其他组织", columnSpan: 5), SourceCell("总计", rowSpan: 2)])
        #expect(rows[2].map(\.text) == ["商业\n企业", "科研\n机构", "社会公益组织", "法律服务机构", "其他"])
        #expect(rows[3] == [SourceCell("一、本年新收政府信息公开申请数量", columnSpan: 3)] + ["52", "6", "0", "1", "2", "0", "61"])
        #expect(rows[5].prefix(2) == [SourceCell("三、本年度办理结果", rowSpan: 22), SourceCell("（一）予以公开", columnSpan: 2)])
        #expect(rows[5].count == 9)
        #expect(rows[7][0] == SourceCell("（三）不予公开", rowSpan: 8))
        #expect(rows[8].count == 8, "later sub-items have the item label and 7 values only")
        #expect(rows[15][0] == SourceCell("（四）无法提供", rowSpan: 3))
        #expect(rows[18][0] == SourceCell("（五）不予处理", rowSpan: 5))
        #expect(rows[23][0] == SourceCell("（六）其他处理", rowSpan: 3))
        #expect(rows[26][0] == SourceCell("（七）总计", columnSpan: 2))
        #expect(rows[27][0] == SourceCell("四、结转下年度继续办理", columnSpan: 3))
        #expect(rows.allSatisfy { !$0.contains { $0.continuesMerge } }, "HTML does not mark continuation cells")
    }

    @Test("a cell holding only &nbsp; reads as an empty string")
    func nbspCellsAreEmpty() throws {
        let tables = try HTMLReader.read(fixtureBytes("html/portal-2021-utf8.html")).tables
        #expect(tables[1].rows[13].map(\.text) == ["7.属于行政执法案卷", "", "", "", "", "", "", ""])
        #expect(tables[0].rows[10] == ["行政强制", SourceCell("", columnSpan: 3)])
        #expect(tables[0].rows[0] == [SourceCell("第二十条第（一）项", columnSpan: 4)], "rows in <thead> are read too")
    }

    @Test("<br /> inside a cell label becomes a line break in the cell text")
    func breaksInsideLabels() throws {
        let table = try #require(HTMLReader.read(fixtureBytes("html/portal-2021-utf8.html")).tables.last)
        #expect(table.rows[1].prefix(2).map(\.text) == ["结果\n维持", "结果\n纠正"])
        #expect(table.rows[1][0].rowSpan == 2)
        #expect(table.rows[3].count == 15)
    }

    @Test("page chrome comes out as paragraphs; scripts, styles, head and hidden text do not")
    func pageChrome() throws {
        let paragraphs = try HTMLReader.read(fixtureBytes("html/portal-2021-utf8.html")).paragraphs
        #expect(paragraphs.prefix(6) == ["某某市人民政府", "首页", "政务公开", "政务服务", "互动交流", "当前位置：首页 > 政府信息公开 > 年度报告"])
        #expect(paragraphs.contains("市交通运输局2021年政府信息公开工作年度报告"))
        #expect(paragraphs.contains("发布时间：2022-01-20 来源：市交通运输局"))
        #expect(paragraphs.last == "网站标识码：1234000000 ICP备案号：某ICP备00000000号")
        let all = paragraphs.joined(separator: "\n")
        for absent in ["不应出现的脚本文字", "line-height", "浏览次数", "请启用脚本", "document.write"] {
            #expect(!all.contains(absent), "\(absent) should not be read")
        }
    }

    @Test("<br> splits a paragraph; leading &nbsp; and ideographic spaces are trimmed")
    func paragraphText() throws {
        let paragraphs = try HTMLReader.read(fixtureBytes("html/portal-2021-utf8.html")).paragraphs
        let split = try #require(paragraphs.firstIndex(of: "（一）主动公开"))
        #expect(paragraphs[split + 1] == "全年主动公开政府信息120条。")
        #expect(paragraphs[split + 2] == "其中政策文件12条。")
        #expect(paragraphs.contains { $0.hasPrefix("本报告根据《中华人民共和国政府信息公开条例》") })
        #expect(paragraphs.contains("本年度未收取信息处理费。"))
    }

    @Test("a line break in the HTML source between two Chinese characters leaves no space")
    func sourceLineBreakBetweenCJK() throws {
        let paragraphs = try HTMLReader.read(fixtureBytes("html/portal-2021-utf8.html")).paragraphs
        #expect(paragraphs.contains("2021年，市交通运输局认真贯彻落实《条例》和上级政务公开工作要点，持续深化政务公开。"))
        #expect(try read("<p>Annual\n  report 2021</p><p>第一\n 行 ab</p>").paragraphs == ["Annual report 2021", "第一行 ab"])
    }

    // MARK: - Encodings

    @Test("a GB2312 page declared in <meta http-equiv> reads the same as its UTF-8 twin")
    func gb2312Page() throws {
        let bytes = fixtureBytes("html/portal-2021-gb2312.html")
        #expect(String(validating: bytes, as: UTF8.self) == nil, "the fixture really is GB-encoded")
        let gbk = try HTMLReader.read(bytes)
        let utf8 = try HTMLReader.read(fixtureBytes("html/portal-2021-utf8.html"))
        #expect(gbk == utf8)
        #expect(gbk.tables[1].rows[9][0].text == "3.危及“三安全一稳定”")
    }

    @Test("libxml2 does not re-decode the UTF-8 copy by the page's own charset declaration")
    func declaredCharsetIsNotReapplied() throws {
        // UTF-16 pages are decoded by their byte-order mark; the declarations that remain in the
        // text must not make libxml2 read Gongkai's UTF-8 as GBK.
        let pages = [
            "<html><head><meta charset=\"gbk\"></head><body><p>政府信息公开</p></body></html>",
            "<html><head><META http-equiv=\"Content-Type\" content=\"text/html; charset=GB2312\"></head><body><p>政府信息公开</p></body></html>",
            "<?xml version=\"1.0\" encoding=\"gb2312\"?><html><body><p>政府信息公开</p></body></html>",
            "<html><body><p>政府信息公开</p><meta charset=\"gbk\"><p>政府信息公开</p></body></html>",
        ]
        for page in pages {
            #expect(try HTMLReader.read(utf16Bytes(page, bigEndian: false)).paragraphs.allSatisfy { $0 == "政府信息公开" }, "\(page)")
            #expect(try HTMLReader.read(utf16Bytes(page, bigEndian: false)).paragraphs.isEmpty == false)
        }
    }

    @Test("finds the charset in <meta charset>, <meta http-equiv> and an XML declaration")
    func charsetDeclarations() {
        func declared(_ html: String) -> TextDecoding.Encoding? { HTMLCharset.declaredEncoding(in: Array(html.utf8)) }
        #expect(declared("<meta charset=\"GBK\">") == .gb18030)
        #expect(declared("<META HTTP-EQUIV=\"Content-Type\" CONTENT=\"text/html; charset=gb2312\">") == .gb18030)
        #expect(declared("<meta content='text/html;charset=UTF-8' http-equiv='Content-Type'/>") == .utf8)
        #expect(declared("<?xml version=\"1.0\" encoding=\"GB2312\"?><html>") == .gb18030)
        #expect(declared("<meta name=\"keywords\" content=\"年报\"><meta charset=gb18030>") == .gb18030)
        #expect(declared("<meta charset=\"big5\">") == nil)
        #expect(declared("<p>charset=gbk</p>") == nil, "only inside a <meta> tag")
        #expect(declared("<html><body>") == nil)
    }

    @Test("bytes in no supported encoding are refused as undecodable")
    func undecodable() {
        // 0xFF can start neither UTF-8 nor GB18030.
        #expect(throws: ReadError.Reason.undecodableText) { try HTMLReader.read([0x3C, 0x70, 0x3E, 0xFF, 0xFF, 0xFF]) }
    }

    // MARK: - Layout tables

    @Test("a page laid out in tables yields its report tables and paragraphs, not one giant cell")
    func layoutTablePage() throws {
        let document = try HTMLReader.read(fixtureBytes("html/portal-2021-layout-table.html"))
        let reference = try HTMLReader.read(fixtureBytes("html/portal-2021-utf8.html")).tables
        #expect(document.tables.suffix(3) == reference[...], "the three report tables, intact")
        #expect(document.tables.first?.rows == [["信息公开指南"], ["信息公开年报"]], "the side menu is a small table")
        let heading = try #require(document.blocks.firstIndex(of: .paragraph("三、收到和处理政府信息公开申请情况")))
        #expect(document.blocks[heading + 1] == .table(reference[1]))
        #expect(document.paragraphs.first == "某县人民政府门户网站")
        #expect(document.paragraphs.contains("某县某镇2021年政府信息公开工作年度报告"))
        #expect(document.paragraphs.contains("2021年，某镇认真贯彻落实《条例》，政务公开工作稳步推进。"))
        #expect(document.paragraphs.last == "版权所有：某县人民政府")
    }

    @Test("a one-cell table is layout; a nested one-row table is flattened into its cell")
    func smallTables() throws {
        let boxed = try read("<table><tr><td><p>附件：</p><p>说明</p></td></tr></table>")
        #expect(boxed.blocks == [.paragraph("附件："), .paragraph("说明")])
        let nested = try read(
            "<table><tr><td>项目</td><td><table><tr><td>甲</td><td>乙</td></tr></table></td></tr><tr><td>a</td><td>b</td></tr></table>")
        #expect(nested.blocks == [.table(SourceTable(rows: [["项目", "甲\n乙"], ["a", "b"]]))])
    }

    @Test("a cell with long text over several paragraphs makes its table a layout table")
    func longTextCell() throws {
        let sentence = String(repeating: "政府信息公开工作稳步推进。", count: 10)
        let html = "<table><tr><td>菜单</td><td><p>\(sentence)</p><p>\(sentence)</p></td></tr></table>"
        #expect(try read(html).blocks == [.paragraph("菜单"), .paragraph(sentence), .paragraph(sentence)])
    }

    // MARK: - Cells and spans

    @Test("cell lines come from <p>, <div> and <br>; white space collapses; blank lines vanish")
    func cellLines() throws {
        let html = """
            <table><tr><td><p> 本年新 </p><div>制作<br/>  数量 </div><p>&nbsp;</p></td><td>  \u{3000}\u{00A0} </td></tr>
            <tr><td><span>a</span> <b>b</b></td><td>x</td></tr></table>
            """
        #expect(try read(html).tables == [SourceTable(rows: [["本年新\n制作\n数量", ""], ["a b", "x"]])])
    }

    @Test("colspan and rowspan are clamped to 1…1000; garbage reads as 1")
    func spanParsing() throws {
        let html = """
            <table><tr><td colspan="0">a</td><td colspan="abc">b</td><td rowspan=" 3px">c</td>\
            <td colspan="99999999999999999999">d</td><td rowspan="-2">e</td><td colspan="+2">f</td></tr>\
            <tr><td>g</td></tr></table>
            """
        let row = try #require(read(html).tables.first?.rows.first)
        #expect(row.map(\.columnSpan) == [1, 1, 1, 1000, 1, 2])
        #expect(row.map(\.rowSpan) == [1, 1, 3, 1, 1, 1])
    }

    @Test("a table's caption comes before it as a paragraph; cells outside rows join the last row")
    func captionsAndStrayCells() throws {
        let html = "<table><caption>表1 主动公开</caption><tr><th>项目</th><th>数量</th></tr><tr><td>规章</td><td>0</td></tr></table>"
        #expect(try read(html).blocks == [.paragraph("表1 主动公开"), .table(SourceTable(rows: [["项目", "数量"], ["规章", "0"]]))])
    }

    // MARK: - Sniffing

    @Test("looksLikeHTML finds markup in the first 2 KB, in any case, after a BOM")
    func sniffing() {
        #expect(HTMLReader.looksLikeHTML(Array("\u{FEFF}  \n<!DOCTYPE HTML><html>".utf8)))
        #expect(HTMLReader.looksLikeHTML(Array("<TABLE><tr><td>1</td></tr></TABLE>".utf8)))
        #expect(HTMLReader.looksLikeHTML(Array("<P>一、总体情况</P>".utf8)))
        #expect(HTMLReader.looksLikeHTML(utf16Bytes("<html>", bigEndian: false)))
        #expect(HTMLReader.looksLikeHTML(fixtureBytes("html/portal-2021-gb2312.html")))
        #expect(!HTMLReader.looksLikeHTML(fixtureBytes("seeds/000_a7bda0c74bde3af2.txt")))
        #expect(!HTMLReader.looksLikeHTML(Array("一、总体情况\n\t自然人\n".utf8)))
        #expect(!HTMLReader.looksLikeHTML(Array((String(repeating: "文", count: 1000) + "<html>").utf8)), "beyond 2 KB")
    }
}
