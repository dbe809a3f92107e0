import Testing

@testable import GongkaiCore

@Suite("MarkdownReader")
struct MarkdownReaderTests {
    @Test("headings lose their hashes and end the paragraph around them")
    func headings() {
        let markdown = """
            # 市交通运输局2021年政府信息公开工作年度报告
            本报告根据《条例》编制。
            ## **一、总体情况** ##
            ###### 六级标题
            #不是标题
            """
        #expect(MarkdownReader.read(markdown).paragraphs == [
            "市交通运输局2021年政府信息公开工作年度报告", "本报告根据《条例》编制。", "一、总体情况", "六级标题", "#不是标题",
        ])
    }

    @Test("consecutive prose lines join: no space between CJK characters, one space otherwise")
    func proseJoining() {
        let markdown = """
            2021年，市交通运输局认真贯彻落实
            《条例》，持续深化政务公开。

            The annual
            report, 2021
            年度
            """
        #expect(MarkdownReader.read(markdown).paragraphs == [
            "2021年，市交通运输局认真贯彻落实《条例》，持续深化政务公开。", "The annual report, 2021 年度",
        ])
    }

    @Test("emphasis markers, links and images go; escapes and unmatched markers stay as text")
    func inlineMarkup() {
        let markdown = """
            **（一）主动公开**：全年*主动*公开__政府信息__，共120条。

            见[附件1](http://example.gov.cn/a.pdf)![图片](images/p1.jpg)和 file_name_2021.pdf

            注：\\*表示估算，5*3 不是强调，\\_下划线\\_保留
            """
        #expect(MarkdownReader.read(markdown).paragraphs == [
            "（一）主动公开：全年主动公开政府信息，共120条。", "见附件1和 file_name_2021.pdf", "注：*表示估算，5*3 不是强调，_下划线_保留",
        ])
    }

    @Test("bullets are dropped, numbering is kept, quote markers and rules are layout")
    func listsAndRules() {
        let markdown = """
            - 主动公开
            * 依申请公开

            1. 主动公开政府信息120条

            > 引用的文字

            ---
            末段
            """
        #expect(MarkdownReader.read(markdown).paragraphs == ["主动公开依申请公开", "1. 主动公开政府信息120条", "引用的文字", "末段"])
    }

    @Test("HTML comments disappear, even across lines")
    func comments() {
        let markdown = "第一段<!-- page 1 -->继续\n<!--\n多行\n注释\n-->\n第二段"
        #expect(MarkdownReader.read(markdown).paragraphs == ["第一段继续第二段"])
    }

    @Test("a pipe table: delimiter row skipped, empty cells kept, escaped pipes and <br> in cells")
    func pipeTable() {
        let markdown = """
            三、收到和处理政府信息公开申请情况

            | 项目 | 自然人 | 总计 |
            |:---|:---:|---:|
            | 一、本年新收<br>政府信息公开申请数量 | 52 | 61 |
            | a \\| b | | **3** |
            |二、上年结转|3||
            """
        let document = MarkdownReader.read(markdown)
        #expect(document.blocks == [
            .paragraph("三、收到和处理政府信息公开申请情况"),
            .table(SourceTable(rows: [
                ["项目", "自然人", "总计"],
                ["一、本年新收\n政府信息公开申请数量", "52", "61"],
                ["a | b", "", "3"],
                ["二、上年结转", "3", ""],
            ])),
        ])
    }

    @Test("a table split by a page-number line comes out as two tables around the page number")
    func tableSplitAcrossPages() {
        let markdown = """
            | 行政许可 | 128 |
            | --- | --- |
            | 行政处罚 | 36 |
            - 3 -
            | 行政强制 | 0 |
            | 行政事业性收费 | 12.5 |

            | 结果维持 | 1 |
            """
        let document = MarkdownReader.read(markdown)
        #expect(document.tables == [
            SourceTable(rows: [["行政许可", "128"], ["行政处罚", "36"]]),
            SourceTable(rows: [["行政强制", "0"], ["行政事业性收费", "12.5"]]),
            SourceTable(rows: [["结果维持", "1"]]),
        ])
        #expect(document.blocks[1] == .paragraph("- 3 -"), "a page number is not a bullet")
    }

    @Test("tables without outer pipes are read; once open, a table takes every line with a pipe")
    func tablesWithoutOuterPipes() {
        let markdown = """
            信息内容 | 本年制发件数
            ---|---
            规章 | 0
            行政规范性文件 | 2
            备注 a|b
            后文没有竖线

            文字 a|b 不是表格
            """
        let document = MarkdownReader.read(markdown)
        #expect(document.blocks == [
            .table(SourceTable(rows: [["信息内容", "本年制发件数"], ["规章", "0"], ["行政规范性文件", "2"], ["备注 a", "b"]])),
            .paragraph("后文没有竖线"), .paragraph("文字 a|b 不是表格"),
        ])
    }

    @Test("a row of single hyphens is data (zero markers), not a delimiter row")
    func singleHyphenRow() {
        let markdown = "| 结果维持 | 结果纠正 |\n|---|---|\n| - | - |"
        #expect(MarkdownReader.read(markdown).tables == [SourceTable(rows: [["结果维持", "结果纠正"], ["-", "-"]])])
    }

    @Test("an embedded HTML table keeps its colspan and rowspan")
    func embeddedHTMLTable() {
        let markdown = """
            ## 四、政府信息公开行政复议、行政诉讼情况
            <table><tr><td colspan="5">行政复议</td><td colspan="10">行政诉讼</td></tr>
            <tr><td rowspan="2">结果维持</td></tr></table>
            五、存在的主要问题及改进情况
            """
        let document = MarkdownReader.read(markdown)
        #expect(document.blocks == [
            .paragraph("四、政府信息公开行政复议、行政诉讼情况"),
            .table(SourceTable(rows: [
                [SourceCell("行政复议", columnSpan: 5), SourceCell("行政诉讼", columnSpan: 10)], [SourceCell("结果维持", rowSpan: 2)],
            ])),
            .paragraph("五、存在的主要问题及改进情况"),
        ])
    }

    @Test("looksLikeMarkdown: a delimiter row or two headings; Word-exported text is not Markdown")
    func sniffing() {
        #expect(MarkdownReader.looksLikeMarkdown("| a | b |\n|---|---|\n| 1 | 2 |"))
        #expect(MarkdownReader.looksLikeMarkdown("a | b\n:--|--:\n"))
        #expect(MarkdownReader.looksLikeMarkdown("# 年报\n正文\n## 一、总体情况\n"))
        #expect(!MarkdownReader.looksLikeMarkdown("# 只有一个标题\n正文"))
        #expect(!MarkdownReader.looksLikeMarkdown("一、总体情况\n---\n正文 - 3 -"))
        for seed in ["000_a7bda0c74bde3af2.txt", "004_4a845c3325581b0b.txt"] {
            let text = String(decoding: fixtureBytes("seeds/\(seed)"), as: UTF8.self)
            #expect(!MarkdownReader.looksLikeMarkdown(text), "\(seed) is Word-exported text")
        }
    }
}
