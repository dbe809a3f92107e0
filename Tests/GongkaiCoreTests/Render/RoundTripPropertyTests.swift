import Foundation
import Testing

@testable import GongkaiCore

/// The property every renderer promises: `read(render(report)) == report` — cells, blanks as
/// blanks, decimals, metadata and section text — for a fixed-seed corpus of generated reports of
/// both templates in every irregular shape (`SampleReportGenerator.variedReport`).
@Suite("Round trips: read(render(report)) equals the report, for 1,200 generated reports")
struct RoundTripPropertyTests {
    static let corpusSize = 1200
    static let corpus: [Report] = {
        var generator = SampleReportGenerator(seed: 0x676F_6E67_6B61_6921)
        return (0..<corpusSize).map { generator.variedReport(template: $0.isMultiple(of: 2) ? .v2019 : .v2021) }
    }()

    @Test("The corpus holds every shape a renderer must write: blanks, absent tables, hybrids, decimals, markup…")
    func corpusCoverage() {
        let corpus = Self.corpus
        func share(_ predicate: (Report) -> Bool) -> Int { corpus.filter(predicate).count }
        let tables: (Report) -> [ReportTable] = { report in TableID.allCases.compactMap { report[table: $0] } }
        #expect((550...650).contains(share { $0.template == .v2019 }))
        #expect(
            share { tables($0).contains { $0.rows.contains { $0.contains(nil) && $0.contains { $0 != nil } } } } > 30)
        #expect(share { tables($0).contains { $0.rows.contains { $0.allSatisfy { $0 == nil } } } } > 30)
        #expect(share { tables($0).contains(where: \.isBlank) } > 10)
        #expect(share { report in TableID.allCases.contains { report[table: $0] == nil } } > 30)
        #expect(share { report in report.requests.map { $0.layout.version != report.template } ?? false } > 20)
        #expect(share { $0.year.map { TemplateVersion.required(forReportYear: $0) } != $0.template } > 20)
        #expect(share { $0.agency == nil } > 10)
        #expect(share { $0.year == nil } > 10)
        #expect(share { report in report.title.map { YearText.firstYear(in: $0) == nil } ?? false } > 20)
        #expect(share { $0.sections.count < 6 } > 20)
        #expect(
            share { report in report.sections.contains { $0.text.contains(where: { "&<>*_|#\\`[]".contains($0) }) } }
                > 100)
        #expect(share { report in report.sections.contains { $0.text.contains(" ") } } > 100)
        #expect(
            share { ($0.requests?.integer(Templates.Row.newReceived, Templates.requestsTotalColumn) ?? 0) >= 10_000 }
                > 2)
        #expect(
            share { report in
                report.proactive?.rows.joined().contains { $0?.description.split(separator: ".").last?.count == 4 }
                    ?? false
            } > 20)
        #expect(
            share { report in report.proactive?.rows.joined().contains { ($0?.integerValue ?? 0) < 0 } ?? false } > 100)
    }

    @Test("Every generated report comes back exactly", arguments: [OutputFormat.docx, .html, .markdown, .text, .json])
    func generated(_ format: OutputFormat) throws {
        let renderer = ReportRenderer()
        var failures: [Int] = []
        for (index, report) in Self.corpus.enumerated() {
            let back = try RenderTestSupport.reread(try renderer.render(report, as: format), as: format)
            guard back != report else { continue }
            failures.append(index)
            if failures.count <= 3 {
                Issue.record(
                    "report \(index) through \(format.rawValue):\n\(RenderTestSupport.difference(report, back))")
            }
        }
        #expect(failures.isEmpty, "\(failures.count) of \(Self.corpusSize) reports changed through \(format.rawValue)")
    }

    @Test("The seeds come back exactly", arguments: [OutputFormat.docx, .html, .markdown, .text, .json])
    func seeds(_ format: OutputFormat) throws {
        for (name, report) in try RenderTestSupport.seeds() {
            let back = try RenderTestSupport.reread(try ReportRenderer().render(report, as: format), as: format)
            #expect(
                back == report, "\(name) through \(format.rawValue):\n\(RenderTestSupport.difference(report, back))")
        }
    }

    @Test("Text that means something to HTML or Markdown comes back as written")
    func hostileText() throws {
        var report = Report.skeleton(template: .v2021, year: 2024, agency: "某某市某某局")
        report.sections[0].text = [
            "*注：表中“#”表示_下划线_与**粗体**不是强调。", "#政务公开#话题", "- 不是列表", "+10 表示增加", "> 不是引用", "1. 保留编号",
            "[链接](https://example.gov.cn) 与 ![图片](a.png)", "A&B <b>不是标签</b> &amp; &lt; &nbsp; <br> <!-- 不是注释 -->",
            "管道|符号\\反斜杠`代码`", "=== 不是标题下划线", "--- 不是分隔线", "~~~ 不是代码块",
        ].joined(separator: "\n")
        for format in [OutputFormat.docx, .html, .markdown, .text] {
            let back = try RenderTestSupport.reread(try ReportRenderer().render(report, as: format), as: format)
            #expect(back.sections[0].text == report.sections[0].text, "\(format.rawValue)")
        }
    }

    @Test("Amounts keep every decimal place: 262.6294, 0.0001, 12345678.9")
    func decimals() throws {
        var report = Report.skeleton(template: .v2019, year: 2020, agency: "某某县财政局")
        var proactive = try #require(report.proactive)
        for amount in ["262.6294", "0.0001", "12345678.9"] {
            proactive["procurement", 1] = .decimal(Decimal(string: amount)!)
            report.proactive = proactive
            for format in [OutputFormat.docx, .html, .markdown, .text, .json] {
                let back = try RenderTestSupport.reread(try ReportRenderer().render(report, as: format), as: format)
                #expect(
                    back.proactive?["procurement", 1]?.description == amount, "\(amount) through \(format.rawValue)")
            }
        }
    }
}
