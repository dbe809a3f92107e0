import Testing

@testable import GongkaiCore

@Suite("HTMLRenderer: one page for screen and print")
struct HTMLRendererTests {
    let html = HTMLRenderer.render(Report.skeleton(template: .v2021, year: 2024, agency: "某某局"))

    @Test("Self-contained: inline CSS, no scripts or external resources, A4 with the GB/T 9704 margins")
    func selfContained() {
        #expect(html.contains("<style>") && html.contains("@page { size: A4; margin: 37mm 26mm 35mm 28mm;"))
        #expect(!html.contains("<script") && !html.contains("<link") && !html.contains("src="))
        #expect(html.contains("counter(page)"))
    }

    @Test("Accessible tables: header rows in thead, th with scope, tables named by their section heading")
    func accessibility() {
        #expect(html.contains(#"<table class="statutory requests" aria-labelledby="section-3">"#))
        #expect(html.contains(#"<h2 id="section-3">三、收到和处理政府信息公开申请情况</h2>"#))
        #expect(html.contains(#"<th scope="colgroup" colspan="3" rowspan="3">"#))
        #expect(html.contains(#"<th scope="rowgroup" rowspan="22">三、本年度办理结果</th>"#))
        #expect(html.contains(#"<th scope="row" colspan="3">一、本年新收政府信息公开申请数量</th>"#))
        #expect(RenderTestSupport.count("<thead>", in: html) == 2)  // tables 3 and 4
        #expect(!html.contains("<caption"))  // a caption would read back as a paragraph of the section
    }

    @Test("Numbers are right-aligned cells of their own class")
    func numbers() {
        #expect(html.contains("td.num { text-align: right;"))
        #expect(RenderTestSupport.count(#"<td class="num""#, in: html) == 10 + 175 + 15)
    }
}

@Suite("MarkdownRenderer: headings, paragraphs and pipe tables")
struct MarkdownRendererTests {
    @Test("Every table row has the grid's width; spanned labels repeat, spanned values stand once")
    func tables() throws {
        var report = Report.skeleton(template: .v2021, year: 2024, agency: "某某局")
        report.proactive?["licensing", 0] = .integer(5)
        let markdown = MarkdownRenderer.render(report)
        for table in TableID.allCases {
            let grid = TableGrid(try #require(report[table: table]))
            let text = MarkdownRenderer.table(grid)
            for line in text.split(separator: "\n") {
                #expect(RenderTestSupport.count(" |", in: String(line)) == grid.width, "\(line)")
            }
        }
        #expect(markdown.contains("| 行政许可 | 5 |  |  |"))
        #expect(markdown.contains("| 行政复议 | 行政复议 | 行政复议 | 行政复议 | 行政复议 | 行政诉讼 |"))
        #expect(markdown.hasPrefix("# 某某局2024年政府信息公开工作年度报告\n\n## 一、总体情况\n"))
    }

    @Test("Markup characters are escaped: emphasis, links, entities, leading bullets and quotes")
    func escaping() {
        #expect(MarkdownRenderer.escape("*注*_a_[b](c)") == "\\*注\\*\\_a\\_\\[b\\](c)")
        #expect(MarkdownRenderer.escape("A&B<br>") == "A&amp;B&lt;br&gt;")
        #expect(MarkdownRenderer.escape("- 条") == "\\- 条")
        #expect(MarkdownRenderer.escape("a|b", inTable: true) == "a\\|b")
        #expect(MarkdownRenderer.escape("第一行\n第二行", inTable: true) == "第一行<br>第二行")
    }
}
