import Foundation
import Testing

@testable import GongkaiCore

/// The Word document: a valid package, A4 with the GB/T 9704 margins, the official fonts, page
/// numbers, and tables with the official merges taken from the template definition.
@Suite("DocxRenderer: the official Word layout")
struct DocxRendererTests {
    let seed = try! RenderTestSupport.seeds()[4].report  // 2024, 2021 template

    @Test("The package holds content types, relationships, styles, settings, fonts, footers; every part parses")
    func package() throws {
        let parts = try RenderTestSupport.parts(try DocxRenderer.render(seed))
        for path in [
            "[Content_Types].xml", "_rels/.rels", "word/document.xml", "word/_rels/document.xml.rels",
            "word/styles.xml",
            "word/settings.xml", "word/fontTable.xml", "word/footer1.xml", "word/footer2.xml", "docProps/core.xml",
            "docProps/app.xml",
        ] {
            let part = try #require(parts[path], "missing \(path)")
            #expect(throws: Never.self, "\(path) is not well-formed") { try XMLCheck.parse(part) }
        }
        #expect(parts.keys.first { $0.hasPrefix("word/") && !$0.hasSuffix(".xml") && !$0.hasSuffix(".rels") } == nil)
    }

    @Test("A4 portrait with margins of 37, 35, 28 and 26 mm, and page numbers in odd and even footers")
    func page() throws {
        let bytes = try DocxRenderer.render(seed)
        let document = try RenderTestSupport.part("word/document.xml", of: bytes)
        #expect(document.contains(#"<w:pgSz w:w="11906" w:h="16838"/>"#))
        #expect(document.contains(#"w:top="2098" w:right="1474" w:bottom="1984" w:left="1587""#))
        #expect(
            document.contains(#"<w:footerReference w:type="default""#)
                && document.contains(#"<w:footerReference w:type="even""#))
        #expect(try RenderTestSupport.part("word/settings.xml", of: bytes).contains("<w:evenAndOddHeaders/>"))
        let odd = try RenderTestSupport.part("word/footer1.xml", of: bytes)
        #expect(
            odd.contains(" PAGE ") && odd.contains("— ") && odd.contains(" —")
                && odd.contains(#"<w:jc w:val="right"/>"#))
        #expect(try RenderTestSupport.part("word/footer2.xml", of: bytes).contains(#"<w:jc w:val="left"/>"#))
    }

    @Test("Title in 2号 方正小标宋简体, body in 3号 仿宋_GB2312, headings in 黑体 and 楷体_GB2312")
    func fonts() throws {
        let styles = try RenderTestSupport.part("word/styles.xml", of: try DocxRenderer.render(seed))
        func style(_ id: String) -> String {
            let start = styles.range(of: "w:styleId=\"\(id)\"")!.upperBound
            return String(styles[start...].components(separatedBy: "</w:style>")[0])
        }
        #expect(style("Title").contains(#"w:eastAsia="方正小标宋简体""#) && style("Title").contains(#"<w:sz w:val="44"/>"#))
        #expect(styles.contains(#"w:eastAsia="仿宋_GB2312""#) && styles.contains(#"<w:sz w:val="32"/>"#))
        #expect(style("Heading1").contains(#"w:eastAsia="黑体""#))
        #expect(style("Heading2").contains(#"w:eastAsia="楷体_GB2312""#))
        #expect(style("TableText").contains(#"w:eastAsia="宋体""#) && style("TableText").contains(#"<w:sz w:val="20"/>"#))
        let fonts = try RenderTestSupport.part("word/fontTable.xml", of: try DocxRenderer.render(seed))
        #expect(fonts.contains(#"<w:font w:name="仿宋_GB2312"><w:altName w:val="仿宋"/>"#))
    }

    @Test("A long title breaks between the agency and 政府信息公开工作年度报告, or after 年度 — never inside a word")
    func titleBreaks() throws {
        let long = "江苏省淮安市洪泽区住房和城乡建设局2024年政府信息公开工作年度报告"
        #expect(DocxRenderer.titleLines(long) == ["江苏省淮安市洪泽区住房和城乡建设局", "2024年政府信息公开工作年度报告"])
        for agency in ["中国（江苏）自由贸易试验区苏州片区管理委员会", "淮安市洪泽区人民政府办公室", "某某县农业农村局"] {
            let lines = DocxRenderer.titleLines(agency + "2024年度政府信息公开工作年度报告")
            #expect(lines.joined() == agency + "2024年度政府信息公开工作年度报告")
            #expect(
                lines.last == "政府信息公开工作年度报告" || lines.last == "2024年度政府信息公开工作年度报告"
                    || lines.count == 1, "\(lines)")
        }
        #expect(DocxRenderer.titleLines("某某局2024年政府信息公开工作年度报告") == ["某某局2024年政府信息公开工作年度报告"])
        var report = Report.skeleton(template: .v2021, year: 2024, agency: "江苏省淮安市洪泽区住房和城乡建设局")
        report.title = long
        let xml = DocxRenderer.documentXML(ReportDocument(report))
        #expect(xml.contains("江苏省淮安市洪泽区住房和城乡建设局</w:t></w:r><w:r><w:br/></w:r>"))
        let back = try RenderTestSupport.reread(try DocxRenderer.render(report), as: .docx)
        #expect(back.title == long && back.agency == report.agency)
    }

    @Test("Table 3 has the official merges: corner 3×3, 三、本年度办理结果 down 22 rows in 2021 and 20 in 2019")
    func requestsMerges() throws {
        for (version, results) in [(TemplateVersion.v2021, 22), (.v2019, 20)] {
            let report = Report.skeleton(template: version, year: version == .v2021 ? 2024 : 2020, agency: "某某局")
            let xml = DocxRenderer.documentXML(ReportDocument(report))
            let table = try #require(Self.tables(in: xml).first { $0.contains(Templates.requestsCornerNote) })
            #expect(table.contains("<w:gridSpan w:val=\"3\"/><w:vMerge w:val=\"restart\"/>"))
            #expect(RenderTestSupport.count("<w:gridCol ", in: table) == 10)
            #expect(RenderTestSupport.count("<w:tr>", in: table) == 3 + Templates.layout(.requests, version).rows.count)
            // Header: the corner (2 rows below), 自然人 and 总计 (1 row below each). Body: 三 over
            // `results` rows, and the groups （三）8, （四）3, （五）5 and in 2021 （六）3 rows.
            let groups = version == .v2021 ? [8, 3, 5, 3] : [8, 3, 5]
            let starts = 3 + 1 + groups.count
            let continuations = 2 + 1 + 1 + (results - 1) + groups.reduce(0) { $0 + $1 - 1 }
            #expect(RenderTestSupport.count("<w:vMerge w:val=\"restart\"/>", in: table) == starts)
            #expect(RenderTestSupport.count("<w:vMerge/>", in: table) == continuations)
            #expect(table.contains(Templates.layout(.requests, version).rows.last!.label))
        }
    }

    @Test("Every label of every table comes from the template definition, in order")
    func labelsFromTemplates() throws {
        for version in TemplateVersion.allCases {
            let xml = DocxRenderer.documentXML(
                ReportDocument(Report.skeleton(template: version, year: 2020, agency: "某某局")))
            var position = xml.startIndex
            for table in TableID.allCases {
                for row in Templates.layout(table, version).rows {
                    let found = try #require(
                        xml.range(of: XMLWriter.escape(row.label), range: position..<xml.endIndex), "\(row.label)")
                    position = found.upperBound
                }
            }
        }
    }

    @Test("Tables fill the text block: 156 mm, no column narrower than a digit")
    func widths() throws {
        for table in TableID.allCases {
            let grid = TableGrid(blank: Templates.layout(table, .v2021))
            let widths = DocxTableWriter.columnWidths(grid)
            #expect(widths.count == grid.width)
            #expect(widths.reduce(0, +) == DocxStyle.textWidth)
            #expect(widths.allSatisfy { $0 >= 500 })
        }
    }

    @Test("A long title breaks after the agency, and readers join it again")
    func titleLines() throws {
        #expect(DocxRenderer.titleLines("某某局2024年政府信息公开工作年度报告") == ["某某局2024年政府信息公开工作年度报告"])
        #expect(
            DocxRenderer.titleLines("铜川市耀州区人民政府办公室2020年政府信息公开工作年度报告")
                == ["铜川市耀州区人民政府办公室", "2020年政府信息公开工作年度报告"])
        #expect(
            DocxRenderer.titleLines("河西区卫生健康委员会政府信息公开工作年度报告工作")
                == ["河西区卫生健康委员会", "政府信息公开工作年度报告工作"])
        let report = Report.skeleton(template: .v2021, year: 2024, agency: "铜川市耀州区人民政府办公室")
        let back = try RenderTestSupport.reread(try DocxRenderer.render(report), as: .docx)
        #expect(back.title == report.title && back.agency == report.agency && back.year == 2024)
    }

    @Test("A paragraph that opens with （一）… sets the heading in 楷体 and keeps the text one paragraph")
    func runInHeadings() {
        #expect(LevelTwoHeading.split("（一）主动公开情况") == .whole)
        #expect(LevelTwoHeading.split("（二）依申请公开情况。全年共受理申请3件。") == .runIn(heading: "（二）依申请公开情况。", rest: "全年共受理申请3件。"))
        #expect(LevelTwoHeading.split("（十一）其他。") == .whole)
        #expect(LevelTwoHeading.split("一是加强领导。") == nil)
        #expect(LevelTwoHeading.split("（一）" + String(repeating: "长", count: 40) + "。") == nil)
        var xml = XMLWriter()
        DocxRenderer.bodyParagraph("（二）依申请公开情况。全年共受理申请3件。", into: &xml)
        #expect(xml.text.contains(#"<w:rStyle w:val="Heading2Char"/>"#))
        #expect(RenderTestSupport.count("<w:p>", in: xml.text) == 1)
    }

    @Test("The same report always gives the same bytes")
    func deterministic() throws {
        #expect(try DocxRenderer.render(seed) == DocxRenderer.render(seed))
    }

    static func tables(in xml: String) -> [String] {
        xml.components(separatedBy: "<w:tbl>").dropFirst().map { $0.components(separatedBy: "</w:tbl>")[0] }
    }
}
