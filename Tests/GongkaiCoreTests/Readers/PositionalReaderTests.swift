import Testing

@testable import GongkaiCore

/// The positional reader on pages laid out word by word: what a person sees on the page is what
/// it reads, whatever the text layer's order or the line breaks.
@Suite("PositionalReader: reading pages from where the words sit")
struct PositionalReaderTests {
    static let body = "本机关认真贯彻落实《中华人民共和国政府信息公开条例》，坚持以公开为常态、不公开为例外，持续深化政务公开工作，严格落实信息发布审核制度，做到先审后发。"

    /// A first page: the title over two lines, broken inside a word, then `preamble`, then section 一.
    static func firstPage(title: [String], preamble: String? = nil) -> PageBuilder {
        var page = PageBuilder()
        var y = 120.0
        for line in title {
            page.centred(line, y: y, size: 22)
            y += 36
        }
        y += 20
        if let preamble { page.paragraph(preamble, y: &y) }
        page.paragraph("一、总体情况", y: &y)
        page.paragraph(body, y: &y)
        page.paragraph("二、主动公开政府信息情况", y: &y)
        page.paragraph(body, y: &y)
        return page
    }

    @Test("A title wrapped inside a word (……局政府信 / 息公开工作年度报告) names the whole agency")
    func wrappedTitle() throws {
        let page = Self.firstPage(title: ["江东市高新技术产业开发区管理委员会经济发展局政府信", "息公开工作年度报告"])
        let (report, _) = try ReportExtractor.extract(PositionalReader.read([page.page]))
        #expect(report.title == "江东市高新技术产业开发区管理委员会经济发展局政府信息公开工作年度报告")
        #expect(report.agency == "江东市高新技术产业开发区管理委员会经济发展局")
    }

    @Test("A preamble listing the sections, wrapped so that a line begins with a section's name, makes no heading")
    func preambleListingSections() throws {
        let listing = "全文包括总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、政府信息公开行政复议、行政诉讼情况、存在的主要问题及改进情况、其他需要报告的事项。"
        let page = Self.firstPage(title: ["江东市教育局2024年政府信息公开工作年度报告"], preamble: listing)
        let document = PositionalReader.read([page.page])
        #expect(document.paragraphs.contains(listing))
        let (report, notes) = try ReportExtractor.extract(document)
        #expect(report.sections.map(\.number) == [1, 2])
        #expect(notes.compactMap { if case .sectionHeading(let heading) = $0 { heading.number } else { nil } } == [1, 2])
    }

    /// Table 3's header as a WPS table sets it: stacked labels in narrow columns.
    static func requestsHeader(_ page: inout PageBuilder, top: Double) {
        page.cells(top, [(300, "申请人情况")])
        page.cells(top + 12, [(80, "（本列数据的勾稽关系为：第一项加第二项"), (330, "法人或其他组织")])
        page.cells(top + 24, [(80, "之和，等于第三项加第四项之和）"), (262, "自然"), (300, "商业"), (334, "科研"), (368, "社会"), (402, "法律"), (436, "其他"), (470, "总计")])
        page.cells(top + 36, [(262, "人"), (300, "企业"), (334, "机构"), (368, "公益"), (402, "服务")])
        page.cells(top + 48, [(368, "组织"), (402, "机构")])
    }

    static let columns: [Double] = [264, 302, 336, 370, 404, 438, 472]

    static func row(_ page: inout PageBuilder, y: Double, label: String, x: Double = 80, values: [String?]) {
        var cells: [(x: Double, text: String)] = [(x, label)]
        for (column, value) in zip(columns, values) where value != nil { cells.append((column, value!)) }
        page.cells(y, cells)
    }

    /// A page opening with body text, so the table's smaller type stands out as it does in reports.
    static func pageWithText() -> PageBuilder {
        var page = PageBuilder()
        var y = 40.0
        page.paragraph(body, y: &y)
        return page
    }

    /// The rows of `table` that hold a row of table 3 (its label ends with 数量, 公开…).
    static func valueRows(_ table: SourceTable) -> [[SourceCell]] {
        table.rows.filter { $0.count >= 8 && !$0.contains { $0.text == "总计" } }
    }

    @Test("A blank cell in a row of numbers is a gap in its column, not a shift of the numbers after it")
    func blankCells() throws {
        var page = Self.pageWithText()
        Self.requestsHeader(&page, top: 100)
        Self.row(&page, y: 170, label: "一、本年新收政府信息公开申请数量", values: ["12", nil, "3", "0", nil, "1", "16"])
        Self.row(&page, y: 185, label: "二、上年结转政府信息公开申请数量", values: [nil, nil, nil, nil, nil, nil, nil])
        Self.row(&page, y: 200, label: "（一）予以公开", x: 100, values: ["5", "0", "0", "0", "0", "0", nil])
        let table = try #require(PositionalReader.read([page.page]).tables.first)
        let rows = Self.valueRows(table).map { $0.suffix(7).map(\.text) }
        #expect(rows == [
            ["12", "", "3", "0", "", "1", "16"], ["", "", "", "", "", "", ""], ["5", "0", "0", "0", "0", "0", ""],
        ])
    }

    @Test("A label wrapped over lines, numbers beside its middle line, group labels to its left, is one row")
    func wrappedLabels() throws {
        var page = Self.pageWithText()
        Self.requestsHeader(&page, top: 100)
        Self.row(&page, y: 170, label: "一、本年新收政府信息公开申请数量", values: ["1", "0", "0", "0", "0", "0", "1"])
        page.cells(190, [(100, "（二）部分公开（区分处理的，只")])
        Self.row(&page, y: 200, label: "", values: ["7", "0", "0", "0", "0", "0", "7"])
        page.cells(210, [(100, "计这一情形，不计其他情形）")])
        page.cells(228, [(80, "三、"), (100, "（三）不"), (140, "1.属于国家秘密")])
        Self.row(&page, y: 228, label: "", x: 400, values: ["2", "0", "0", "0", "0", "0", "2"])
        page.cells(240, [(100, "予公开")])
        Self.row(&page, y: 252, label: "2.其他法律行政法规禁止公开", x: 140, values: ["0", "0", "0", "0", "0", "0", "0"])
        let table = try #require(PositionalReader.read([page.page]).tables.first)
        let labels = Self.valueRows(table).map { $0.dropLast(7).map(\.text) }
        #expect(labels == [
            ["一、本年新收政府信息公开申请数量"], ["（二）部分公开（区分处理的，只计这一情形，不计其他情形）"],
            ["三、（三）不予公开", "1.属于国家秘密"], ["2.其他法律行政法规禁止公开"],
        ])
        let values = Self.valueRows(table).map { $0.suffix(7).map(\.text) }
        #expect(values[1] == ["7", "0", "0", "0", "0", "0", "7"])
    }

    /// Table 4's header with every column label stacked a character to a line (four lines).
    static func reviewHeader(_ page: inout PageBuilder, top: Double) -> [Double] {
        let labels = ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"]
        var columns: [Double] = []
        page.cells(top, [(120, "行政复议"), (330, "行政诉讼")])
        page.cells(top + 12, [(250, "未经复议直接起诉"), (420, "复议后起诉")])
        for group in 0..<3 {
            for (index, label) in labels.enumerated() {
                let x = 80 + Double(group * 5 + index) * 28
                columns.append(x)
                for (line, character) in label.enumerated() {
                    page.word(String(character), x: x, y: top + 24 + Double(line) * 11, size: 9)
                }
            }
        }
        return columns
    }

    @Test("Table 4 with its labels stacked over four lines: fifteen columns, blank ones blank")
    func stackedHeader() throws {
        var page = Self.pageWithText()
        let columns = Self.reviewHeader(&page, top: 100)
        let values = ["1", "0", "", "0", "1", "0", "0", "0", "0", "0", "2", "1", "0", "0", "3"]
        for (x, value) in zip(columns, values) where !value.isEmpty { page.word(value, x: x + 2, y: 190, size: 10) }
        let table = try #require(PositionalReader.read([page.page]).tables.first)
        #expect(table.rows.last?.map(\.text) == values)

        var blank = Self.pageWithText()
        _ = Self.reviewHeader(&blank, top: 100)
        let blankTable = try #require(PositionalReader.read([blank.page]).tables.first)
        #expect(blankTable.rows.last?.map(\.text) == Array(repeating: "", count: 15))
    }

    @Test("A table continued on the next page without its header keeps its columns")
    func continuedTable() throws {
        var first = PageBuilder()
        var y = 100.0
        first.paragraph("三、收到和处理政府信息公开申请情况", y: &y)
        Self.requestsHeader(&first, top: 140)
        Self.row(&first, y: 210, label: "一、本年新收政府信息公开申请数量", values: ["1", "2", "3", "4", "5", "6", "21"])
        var second = PageBuilder()
        Self.row(&second, y: 80, label: "二、上年结转政府信息公开申请数量", values: ["1", nil, "0", "0", "0", "0", "1"])
        var after = 120.0
        second.paragraph("四、政府信息公开行政复议、行政诉讼情况", y: &after)
        let document = PositionalReader.read([first.page, second.page])
        #expect(document.tables.count == 1)
        let rows = Self.valueRows(try #require(document.tables.first))
        #expect(rows.map { $0.suffix(7).map(\.text) } == [["1", "2", "3", "4", "5", "6", "21"], ["1", "", "0", "0", "0", "0", "1"]])
        #expect(document.paragraphs.last == "四、政府信息公开行政复议、行政诉讼情况")
    }

    @Test("A page printed sideways reads as the upright page")
    func sidewaysPage() throws {
        var upright = Self.pageWithText()
        Self.requestsHeader(&upright, top: 100)
        Self.row(&upright, y: 170, label: "一、本年新收政府信息公开申请数量", values: ["12", nil, "3", "0", nil, "1", "16"])
        // The same page turned a quarter clockwise: text runs down the page, in poppler's order.
        let turned = upright.page.words.map { word in
            PDFWord(
                text: word.text, minX: upright.height - word.maxY, minY: word.minX, maxX: upright.height - word.minY,
                maxY: word.maxX)
        }
        let sideways = PDFPage(width: upright.height, height: upright.width, words: turned)
        #expect(PositionalReader.read([sideways]).tables == PositionalReader.read([upright.page]).tables)
    }
}
