import Testing

@testable import GongkaiCore

@Suite("DocxReader")
struct DocxReaderTests {
    typealias W = DocxBuilder

    private func read(body: String, extraNamespaces: String = "") throws -> SourceDocument {
        try DocxReader.read(W.docx(documentXML: W.document(body, extraNamespaces: extraNamespaces)))
    }

    // MARK: - The official blank template

    @Test("reads the official 2021 blank template: headings in order and three tables")
    func blankTemplateOutline() throws {
        let document = try DocxReader.read(fixtureBytes("blank-template-2021.docx"))
        #expect(document.tables.map(\.rows.count) == [14, 28, 4])
        #expect(document.paragraphs.first == "政府信息公开工作年度报告格式模板")
        let headings = ["一、总体情况", "二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况",
            "四、政府信息公开行政复议、行政诉讼情况", "五、存在的主要问题及改进情况", "六、其他需要报告的事项"]
        let positions = try headings.map { try #require(document.blocks.firstIndex(of: .paragraph($0))) }
        #expect(positions == positions.sorted())
        #expect(document.blocks[positions[2] + 1] == .table(document.tables[1]), "table 3 follows its heading")
    }

    @Test("template table 2: caption rows span 4 columns, value cells span 3, ideographic-space cells are empty")
    func blankTemplateTable2() throws {
        let rows = try DocxReader.read(fixtureBytes("blank-template-2021.docx")).tables[0].rows
        #expect(rows[0] == [SourceCell("第二十条第（一）项", columnSpan: 4)])
        #expect(rows[1] == ["信息内容", "本年制发件数", "本年废止件数", "现行有效件数"])
        #expect(rows[2] == ["规章", "", "", ""])
        #expect(rows[5] == ["信息内容", SourceCell("本年处理决定数量", columnSpan: 3)])
        #expect(rows[13] == ["行政事业性收费", SourceCell("", columnSpan: 3)])
    }

    @Test("template table 3: the corner cell spans 3×3; vertical merges carry rowSpan and continuation cells")
    func blankTemplateTable3() throws {
        let rows = try DocxReader.read(fixtureBytes("blank-template-2021.docx")).tables[1].rows
        #expect(rows[0] == [
            SourceCell(HTMLReaderTests.cornerNote, columnSpan: 3, rowSpan: 3), SourceCell("申请人情况", columnSpan: 7),
        ])
        #expect(rows[1] == [
            SourceCell("", columnSpan: 3, continuesMerge: true), SourceCell("自然人", rowSpan: 2),
            SourceCell("法人或其他组织", columnSpan: 5), SourceCell("总计", rowSpan: 2),
        ])
        #expect(rows[2].map(\.text) == ["", "", "商业\n企业", "科研\n机构", "社会公益组织", "法律服务机构", "其他", ""])
        #expect(rows[2].map(\.continuesMerge) == [true, true, false, false, false, false, false, true])
        #expect(rows[3] == [SourceCell("一、本年新收政府信息公开申请数量", columnSpan: 3)] + Array(repeating: SourceCell(""), count: 7))
        #expect(Array(rows[5].prefix(2)) == [SourceCell("三、本年度办理结果", rowSpan: 22), SourceCell("（一）予以公开", columnSpan: 2)])
        #expect(rows[7][1] == SourceCell("（三）不予公开", rowSpan: 8))
        #expect(rows[15][1] == SourceCell("（四）无法提供", rowSpan: 3))
        #expect(rows[18][1] == SourceCell("（五）不予处理", rowSpan: 5))
        #expect(rows[23][1] == SourceCell("（六）其他处理", rowSpan: 3))
        #expect(rows[9][2].text == "3.危及“三安全一稳定”")
        #expect(rows[8].prefix(2).allSatisfy { $0.continuesMerge })
        #expect(rows[26][1] == SourceCell("（七）总计", columnSpan: 2))
        #expect(rows[27][0] == SourceCell("四、结转下年度继续办理", columnSpan: 3))
        #expect(rows[7...25].allSatisfy { $0.count == 10 && $0[0].continuesMerge }, "sub-items: merged 三, group, item, 7 values")
        #expect([rows[6].count, rows[26].count] == [9, 9], "（二） and （七） span the group and item columns")
    }

    @Test("template table 4: five header cells merge down over the sub-header row")
    func blankTemplateTable4() throws {
        let rows = try DocxReader.read(fixtureBytes("blank-template-2021.docx")).tables[2].rows
        #expect(rows[0] == [SourceCell("行政复议", columnSpan: 5), SourceCell("行政诉讼", columnSpan: 10)])
        #expect(rows[1].prefix(5).map(\.rowSpan) == [2, 2, 2, 2, 2])
        #expect(rows[1].prefix(5).map(\.text) == ["结果维持", "结果\n纠正", "其他\n结果", "尚未\n审结", "总计"], "text-wrapping breaks")
        #expect(rows[2].count == 15)
        #expect(rows[2].prefix(5).allSatisfy { $0.continuesMerge })
        #expect(rows[3].count == 15)
    }

    // MARK: - Paragraphs

    @Test("runs join into one paragraph; tabs read as spaces; w:br splits the paragraph")
    func paragraphRuns() throws {
        let body = """
            <w:p><w:pPr><w:tabs><w:tab w:val="left" w:pos="420"/></w:tabs></w:pPr>\
            <w:r><w:t>一、</w:t></w:r><w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">总体情况 </w:t></w:r></w:p>\
            <w:p><w:r><w:t>单位</w:t><w:tab/><w:t>市交通运输局</w:t></w:r></w:p>\
            <w:p><w:r><w:t>第一行</w:t><w:br/><w:t>第二行</w:t><w:cr/><w:t>第三行</w:t></w:r></w:p>\
            <w:p/><w:p><w:r><w:t xml:space="preserve">   </w:t></w:r></w:p>
            """
        #expect(try read(body: body).paragraphs == ["一、总体情况", "单位 市交通运输局", "第一行", "第二行", "第三行"])
    }

    @Test("tracked changes: inserted text counts, deleted text does not; field codes are skipped")
    func trackedChangesAndFields() throws {
        let body = """
            <w:p><w:r><w:t>本年度</w:t></w:r>\
            <w:del w:id="1" w:author="a"><w:r><w:delText>未</w:delText></w:r></w:del>\
            <w:ins w:id="2" w:author="a"><w:r><w:t>共</w:t></w:r></w:ins><w:r><w:t>收到申请</w:t></w:r>\
            <w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> PAGE </w:instrText></w:r>\
            <w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>3</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>\
            <w:r><w:t>件</w:t></w:r></w:p>
            """
        #expect(try read(body: body).paragraphs == ["本年度共收到申请3件"])
    }

    @Test("text inside hyperlinks, smart tags, content controls and simple fields is read")
    func wrappers() throws {
        let body = """
            <w:p><w:hyperlink r:id="rId9"><w:r><w:t>《条例》</w:t></w:r></w:hyperlink>\
            <w:smartTag w:uri="u" w:element="e"><w:smartTagPr/><w:r><w:t>第二十条</w:t></w:r></w:smartTag>\
            <w:fldSimple w:instr=" REF x "><w:r><w:t>规定</w:t></w:r></w:fldSimple></w:p>\
            <w:sdt><w:sdtPr><w:alias w:val="标题"/></w:sdtPr><w:sdtContent>\
            <w:p><w:r><w:t>二、主动公开政府信息情况</w:t></w:r></w:p>\
            <w:tbl><w:tr><w:tc><w:p><w:r><w:t>规章</w:t></w:r></w:p></w:tc></w:tr></w:tbl>\
            </w:sdtContent></w:sdt>
            """
        let document = try read(body: body, extraNamespaces: "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"")
        #expect(document.blocks == [
            .paragraph("《条例》第二十条规定"), .paragraph("二、主动公开政府信息情况"), .table(SourceTable(rows: [["规章"]])),
        ])
    }

    @Test("a text box is read once, from mc:Choice, not again from mc:Fallback")
    func textBoxes() throws {
        let body = """
            <w:p><w:r><w:t>前</w:t></w:r><w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wps:txbx>\
            <w:txbxContent><w:p><w:r><w:t>文本框</w:t></w:r></w:p></w:txbxContent></wps:txbx></w:drawing></mc:Choice>\
            <mc:Fallback><w:pict><v:textbox><w:txbxContent><w:p><w:r><w:t>文本框</w:t></w:r></w:p></w:txbxContent>\
            </v:textbox></w:pict></mc:Fallback></mc:AlternateContent></w:r><w:r><w:t>后</w:t></w:r></w:p>
            """
        let namespaces = """
            xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" \
            xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" xmlns:v="urn:schemas-microsoft-com:vml"
            """
        #expect(try read(body: body, extraNamespaces: namespaces).paragraphs == ["前", "文本框", "后"])
    }

    @Test("elements are matched by namespace URI, not by prefix")
    func namespaceURIs() throws {
        let xml = """
            <?xml version="1.0" encoding="UTF-8"?>
            <doc:document xmlns:doc="\(W.wordNamespace)" xmlns:w="urn:not-word"><doc:body>\
            <doc:p><doc:r><doc:t>正文</doc:t><w:t>不是正文</w:t></doc:r></doc:p>\
            <doc:tbl><doc:tr><doc:tc><doc:tcPr><doc:gridSpan doc:val="2"/></doc:tcPr><doc:p><doc:r><doc:t>格</doc:t></doc:r></doc:p></doc:tc></doc:tr></doc:tbl>\
            </doc:body></doc:document>
            """
        let document = try DocxReader.read(W.docx(documentXML: xml))
        #expect(document.blocks == [.paragraph("正文"), .table(SourceTable(rows: [[SourceCell("格", columnSpan: 2)]]))])
    }

    @Test("a document.xml in UTF-16 with a byte-order mark is read")
    func utf16Part() throws {
        let xml = W.document(W.paragraph("年度报告")).replacingOccurrences(of: "UTF-8", with: "UTF-16")
        let utf16 = utf16Bytes(xml, bigEndian: false)
        let bytes = try W.zip([("word/document.xml", utf16)])
        #expect(try DocxReader.read(bytes).paragraphs == ["年度报告"])
    }

    @Test("stored (uncompressed) parts are read as well as deflated ones")
    func storedParts() throws {
        let bytes = try W.docx(documentXML: W.document(W.paragraph("一、总体情况")), compress: false)
        #expect(try DocxReader.read(bytes).paragraphs == ["一、总体情况"])
    }

    // MARK: - Tables

    @Test("gridSpan, gridBefore and vMerge restart/continue give spans at the right grid columns")
    func mergesAndGrid() throws {
        let table = W.table(
            W.row(W.cell("合并", span: 2, merge: "restart"), W.cell("B")),
            W.row(W.cell("", span: 2, merge: "continue"), W.cell("C")),
            W.row(W.cell("", span: 2, merge: ""), W.cell("D")),
            W.row(W.cell("E", merge: "restart"), W.cell("F"), gridBefore: 1),
            W.row(W.cell("", merge: "continue"), W.cell("G"), gridBefore: 1),
            W.row(W.cell("H"), W.cell("", merge: ""), W.cell("I")),
            W.row(W.cell("J"), W.cell("K", merge: "restart"), W.cell("L"))
        )
        let rows = try #require(read(body: table).tables.first).rows
        #expect(rows == [
            [SourceCell("合并", columnSpan: 2, rowSpan: 3), "B"],
            [SourceCell("", columnSpan: 2, continuesMerge: true), "C"],
            [SourceCell("", columnSpan: 2, continuesMerge: true), "D"],
            [SourceCell("E", rowSpan: 3), "F"],
            [SourceCell("", continuesMerge: true), "G"],
            ["H", SourceCell("", continuesMerge: true), "I"],
            ["J", SourceCell("K", rowSpan: 1), "L"],
        ])
    }

    @Test("a continuation cell is empty even if Word left text in it")
    func continuationText() throws {
        let table = W.table(W.row(W.cell("上")), W.row(W.cell("残留", merge: "continue")))
        #expect(try read(body: table).tables.first?.rows == [[SourceCell("上", rowSpan: 2)], [SourceCell("", continuesMerge: true)]])
    }

    @Test("a cell's paragraphs join with newlines; a nested table is flattened into the cell")
    func cellText() throws {
        let nested = W.table(W.row(W.cell("甲"), W.cell("乙")))
        let table = W.table(
            W.row(W.cell(["本年新", "制作数量"]), "<w:tc><w:p><w:r><w:t>外</w:t></w:r></w:p>\(nested)<w:p/></w:tc>")
        )
        #expect(try read(body: table).tables == [SourceTable(rows: [["本年新\n制作数量", "外\n甲\n乙"]])])
    }

    @Test("rows deleted under tracked changes are left out; rows and cells inside content controls are read")
    func rowWrappers() throws {
        let body = """
            <w:tbl><w:tr><w:trPr><w:del w:id="1" w:author="a"/></w:trPr><w:tc><w:p><w:r><w:delText>旧</w:delText></w:r></w:p></w:tc></w:tr>\
            <w:sdt><w:sdtContent><w:tr><w:sdt><w:sdtContent><w:tc><w:p><w:r><w:t>新</w:t></w:r></w:p></w:tc></w:sdtContent></w:sdt>\
            <w:tc><w:p><w:r><w:t>1</w:t></w:r></w:p></w:tc></w:tr></w:sdtContent></w:sdt></w:tbl>
            """
        #expect(try read(body: body).tables == [SourceTable(rows: [["新", "1"]])])
    }

    @Test("legacy w:hMerge widens the cell to its left instead of adding an empty cell")
    func horizontalMerge() throws {
        let body = """
            <w:tbl><w:tr><w:tc><w:tcPr><w:hMerge w:val="restart"/></w:tcPr><w:p><w:r><w:t>标题</w:t></w:r></w:p></w:tc>\
            <w:tc><w:tcPr><w:hMerge/></w:tcPr><w:p/></w:tc><w:tc><w:p><w:r><w:t>x</w:t></w:r></w:p></w:tc></w:tr></w:tbl>
            """
        #expect(try read(body: body).tables == [SourceTable(rows: [[SourceCell("标题", columnSpan: 2), "x"]])])
    }

    @Test("gridSpan values are clamped to 1…1000")
    func gridSpanClamp() throws {
        let body = """
            <w:tbl><w:tr><w:tc><w:tcPr><w:gridSpan w:val="0"/></w:tcPr><w:p/></w:tc>\
            <w:tc><w:tcPr><w:gridSpan w:val="5000000000"/></w:tcPr><w:p/></w:tc>\
            <w:tc><w:tcPr><w:gridSpan w:val="x"/></w:tcPr><w:p/></w:tc></w:tr></w:tbl>
            """
        #expect(try read(body: body).tables.first?.rows.first?.map(\.columnSpan) == [1, 1000, 1])
    }
}
