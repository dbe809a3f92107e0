import Foundation
import Testing

@testable import GongkaiCore

@Suite("Catalogue rich text: the safe Markdown subset, sanitised on input")
struct CatalogueRichTextTests {
    typealias R = CatalogueRichText

    @Test("headings, paragraphs, bold, lists and tables parse into blocks; plain bodies stay paragraphs")
    func structure() {
        let body = R.sanitised(
            """
            # 一、总体要求
            坚持**依法公开**，做到应公开尽公开。
            - 招生入学
            - 财政预决算
            1. 第一步
            2. 第二步
            | 项目 | 金额（万元） |
            |---|---:|
            | 教育经费 | 12.5 |
            详见[市政府网站](https://www.example.gov.cn/a?b=1)。
            """)
        let blocks = R.blocks(body)
        #expect(blocks.count == 6)
        #expect(blocks[0] == .heading(level: 2, [.init(text: "一、总体要求", bold: false, href: nil)]))
        #expect(blocks[1] == .paragraph([.init(text: "坚持", bold: false, href: nil), .init(text: "依法公开", bold: true, href: nil), .init(text: "，做到应公开尽公开。", bold: false, href: nil)]))
        #expect(blocks[2] == .list(ordered: false, items: [[.init(text: "招生入学", bold: false, href: nil)], [.init(text: "财政预决算", bold: false, href: nil)]]))
        guard case .list(true, let steps) = blocks[3] else { Issue.record("no ordered list: \(blocks[3])"); return }
        #expect(steps.count == 2)
        guard case .table(let header?, let rows) = blocks[4] else { Issue.record("no table with header: \(blocks[4])"); return }
        #expect(header.map { R.join($0) } == ["项目", "金额（万元）"])
        #expect(rows.map { $0.map { R.join($0) } } == [["教育经费", "12.5"]])
        #expect(blocks[5] == .paragraph([.init(text: "详见", bold: false, href: nil), .init(text: "市政府网站", bold: false, href: "https://www.example.gov.cn/a?b=1"), .init(text: "。", bold: false, href: nil)]))
        #expect(R.blocks("第一段\n\n第二段") == [.paragraph([.init(text: "第一段", bold: false, href: nil)]), .paragraph([.init(text: "第二段", bold: false, href: nil)])])
        #expect(R.plainText(body).contains("依法公开") && !R.plainText(body).contains("**"))
    }

    @Test("hostile input: script and on* and style stay text; javascript:, data: and quoted URLs are not links, and are rewritten on input")
    func hostile() {
        let source = """
            <script>alert(1)</script>
            <img src=x onerror=alert(1)> <p style="color:red">红</p>
            [点我](javascript:alert(1)) [数据](data:text/html;base64,PHNjcmlwdD4=) [引号](https://a.cn/" onmouseover="alert(1))
            [大写](JaVaScRiPt:alert(1)) [无主机](https:alert(1)) [好](http://good.example.cn)
            """
        let stored = R.sanitised(source)
        #expect(!stored.contains("javascript:") && !stored.lowercased().contains("javascript:") && !stored.contains("data:text"))
        #expect(stored.contains("<script>alert(1)</script>"), "text is kept as typed (shown escaped), not dropped")
        let spans = R.blocks(stored).flatMap { block -> [R.Span] in
            if case .paragraph(let spans) = block { return spans }
            return []
        }
        let links = spans.compactMap(\.href)
        #expect(links == ["http://good.example.cn"], "links: \(links)")
        #expect(spans.contains { $0.text.contains("<img src=x onerror=alert(1)>") && $0.href == nil })
        #expect(R.safeURL("https://a.cn/\" onmouseover=\"x") == nil)
        #expect(R.safeURL("https://政府.cn/公开") != nil)
        #expect(R.safeURL("//evil.cn") == nil && R.safeURL("ftp://a.cn") == nil)
        #expect(R.sanitised("a\u{0}b\u{7}c") == "abc")
    }
}
