import Testing

@testable import GongkaiCore

/// Section headings: recognised where a paragraph starts, by their keywords or, misprinted, by
/// their likeness to the template; never inside a sentence that lists the sections.
@Suite("Section headings: at the start of a paragraph, misprints included")
struct SectionHeadingTests {
    @Test("A misprinted heading is still its section, marked as misworded")
    func misprint() throws {
        let heading = try #require(SectionHeading.match("四、政府信息公开行政法复议、行政诉讼情况"))
        #expect(heading.number == 4 && heading.isMisworded && heading.numbering == "四、")
        #expect(SectionHeading.match("四、政府信息公开行政复议、行政诉讼情况")?.isMisworded == false)
        #expect(SectionHeading.match("五、存在的主要问题和改近情况")?.number == 5)
        #expect(SectionHeading.match("四、结转下年度继续办理") == nil, "a table-3 label is no heading")
        #expect(SectionHeading.match("三、本年度办理结果") == nil)
    }

    @Test("Pieces of a sentence that lists the sections are no headings")
    func listsAreNoHeadings() {
        for line in [
            "主动公开政府信息情况、收到和处理政府信息公开申请情况、", "总体情况、主动公开政府信息情况", "本年度报告分为以下几个部分：总体情况、主动公开政府",
            "信息情况、收到和处理政府信息公开申请情况、政府信息公开", "2020年度，我局主动公开政府信息53条",
        ] {
            #expect(SectionHeading.match(line) == nil, "\(line)")
        }
        #expect(SectionHeading.match("四、政府信息公开行政复议、行政诉讼情况")?.number == 4)
    }

    static let sections = """
        一、总体情况
        本年度本机关认真贯彻落实《条例》。
        二、主动公开政府信息情况
        \t信息内容
        \t本年制发件数
        三、收到和处理政府信息公开申请情况
        本年度收到申请3件。
        四、政府信息公开行政法复议、行政诉讼情况
        本年度无此类情况。
        五、存在的主要问题及改进情况
        无。
        六、其他需要报告的事项
        无。
        """

    @Test("A preamble wrapped by hand in a .txt, a line beginning with a section's name, makes no heading")
    func handWrappedPreamble() throws {
        let text = """
            江东市教育局2024年政府信息公开工作年度报告
            本报告全文包括总体情况、
            主动公开政府信息情况、收到和处理政府信息公开申请情况、
            政府信息公开行政复议、行政诉讼情况、存在的主要问题及改进情况、
            其他需要报告的事项。

            """ + Self.sections
        let parsed = try ReportReader().read(Array(text.utf8), name: "wrapped.txt", fileExtension: "txt")
        #expect(parsed.headings.map(\.number) == [1, 2, 3, 4, 5, 6])
        let findings = Auditor().audit(parsed)
        #expect(!findings.contains { $0.code == .sectionMissing || $0.code == .sectionNumbering })
    }

    @Test("A misprinted heading gives HEADING_MISMATCH, never SECTION_MISSING")
    func headingMismatchFinding() throws {
        let text = "江东市教育局2024年政府信息公开工作年度报告\n" + Self.sections
        let parsed = try ReportReader().read(Array(text.utf8), name: "misprint.txt", fileExtension: "txt")
        let findings = Auditor().audit(parsed)
        #expect(!findings.contains { $0.code == .sectionMissing })
        let mismatch = try #require(findings.first { $0.code == .headingMismatch })
        #expect(mismatch.severity == .warning && mismatch.location == "sections.4")
        #expect(mismatch.message.contains("行政法复议") && mismatch.message.contains("四、政府信息公开行政复议、行政诉讼情况"))
    }
}
