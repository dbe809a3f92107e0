import Foundation
import Testing

@testable import GongkaiCore

/// Each rule fires on the defect it names, and stays quiet on a correct report.
@Suite("Audit rules fire and stay quiet")
struct AuditRuleTests {
    let auditor = Auditor()

    func codes(_ report: Report, notes: [ExtractionNote] = [], previous: Report? = nil) -> [RuleCode] {
        auditor.audit(SampleReports.parsed(report, notes: notes), previous: previous).map(\.code)
    }

    func findings(_ report: Report, notes: [ExtractionNote] = [], previous: Report? = nil) -> [Finding] {
        auditor.audit(SampleReports.parsed(report, notes: notes), previous: previous)
    }

    @Test("A consistent report of either template has no findings", arguments: [TemplateVersion.v2019, .v2021])
    func quietOnConsistentReport(_ template: TemplateVersion) {
        let year = template == .v2019 ? 2020 : 2024
        #expect(findings(SampleReports.consistent(template: template, year: year)).isEmpty)
    }

    @Test("TABLE_MISSING: an absent table, and a table replaced by 无")
    func tableMissing() throws {
        var report = SampleReports.consistent()
        report.review = nil
        let absent = try #require(findings(report).first { $0.code == .tableMissing })
        #expect(absent.location == "review")
        #expect(absent.severity == .error)
        report.requests = nil
        let replaced = findings(report, notes: [.tableReplacedByText(.requests, text: "无")]).filter { $0.code == .tableMissing }
        #expect(replaced.count == 2)
        #expect(replaced.contains { $0.location == "requests" && $0.message.contains("被“无”代替") })
    }

    @Test("SECTION_MISSING names the missing section")
    func sectionMissing() throws {
        var report = SampleReports.consistent()
        report.sections.removeLast()
        let finding = try #require(findings(report).first { $0.code == .sectionMissing })
        #expect(finding.location == "sections.6")
        #expect(finding.message.contains("六、其他需要报告的事项"))
    }

    @Test("SECTION_NUMBERING: Arabic numbering, no numbering, a wrong numeral, sections out of order")
    func sectionNumbering() throws {
        let report = SampleReports.consistent()
        func heading(_ text: String) -> ExtractionNote { .sectionHeading(SectionHeading.match(text)!) }
        let canonical = Templates.sections.map { heading($0.numberedHeading) }
        #expect(codes(report, notes: canonical).isEmpty)

        let arabic = findings(report, notes: [heading("3、 收到和处理政府信息公开申请情况")])
        #expect(arabic.first?.message.contains("应为“三、”") == true)
        #expect(arabic.first?.location == "sections.3")
        let bare = findings(report, notes: [heading("总体情况")])
        #expect(bare.first?.message.contains("缺少编号") == true)
        let wrong = findings(report, notes: [heading("五、其他需要报告的事项")])
        #expect(wrong.first?.message.contains("编号与内容不符") == true)
        let order = findings(report, notes: [heading("二、主动公开政府信息情况"), heading("一、总体情况")])
        #expect(order.contains { $0.message.contains("顺序有误") })
    }

    @Test("TEMPLATE_OUTDATED: 2019 template after 2020, 2021 template before 2021")
    func templateOutdated() {
        #expect(codes(SampleReports.consistent(template: .v2019, year: 2024)).contains(.templateOutdated))
        #expect(codes(SampleReports.consistent(template: .v2021, year: 2020)).contains(.templateOutdated))
        #expect(!codes(SampleReports.consistent(template: .v2019, year: 2020)).contains(.templateOutdated))
        #expect(!codes(SampleReports.consistent(template: .v2021, year: 2021)).contains(.templateOutdated))
    }

    @Test("TEMPLATE_MIXED: a 2021 report whose table 3 keeps the single 2019 （六） row")
    func templateMixed() throws {
        var report = SampleReports.consistent()
        let old = SampleReports.consistent(template: .v2019, year: 2020).requests!
        report.requests = old
        let finding = try #require(findings(report).first { $0.code == .templateMixed })
        #expect(finding.severity == .warning)
        #expect(finding.message.contains("3.其他"))
    }

    @Test("CELL_BLANK: one blank cell, a blank row, a missing row")
    func cellBlank() throws {
        var report = SampleReports.consistent()
        report.proactive!["licensing", 0] = nil
        let one = try #require(findings(report).first { $0.code == .cellBlank })
        #expect(one.location == "proactive.licensing.decisions")
        #expect(one.severity == .error)

        report = SampleReports.consistent()
        for column in 0..<7 { report.requests![Templates.Row.carriedForward, column] = nil }
        let row = try #require(findings(report).first { $0.code == .cellBlank })
        #expect(row.location == "requests.carriedForward")
        #expect(row.message.contains("7个单元格全部为空"))
        // Identities that involve a blank cell are not evaluated (blank is not zero).
        #expect(!codes(report).contains(.t3Balance))

        let missing = findings(report, notes: [.rowMissing(.requests, Templates.Row.carriedForward)])
        #expect(missing.contains { $0.code == .cellBlank && $0.message.contains("缺少“四、结转下年度继续办理”行") })
    }

    @Test("CELL_INVALID: text in a cell, a negative count; a negative 本年增/减 is fine")
    func cellInvalid() throws {
        var report = SampleReports.consistent()
        report.review![Templates.Row.litigationDirect, 0] = nil
        let text = findings(report, notes: [.cellUnreadable(.review, Templates.Row.litigationDirect, column: 0, text: "—")])
        #expect(text.contains { $0.code == .cellInvalid && $0.message.contains("填写为“—”") })
        #expect(!text.contains { $0.code == .cellBlank })

        report = SampleReports.consistent()
        report.proactive!["penalties", 0] = .integer(-3)
        #expect(findings(report).contains { $0.code == .cellInvalid && $0.location == "proactive.penalties.decisions" })

        var old = SampleReports.consistent(template: .v2019, year: 2020)
        old.proactive!["fees", 1] = .integer(-4)
        #expect(!codes(old).contains(.cellInvalid))
    }

    @Test("T3_COLUMN_TOTAL: a row's 总计 differs from its applicant columns")
    func columnTotal() throws {
        var report = SampleReports.consistent()
        report.requests![Templates.Row.granted, 1] = .integer(2)
        let found = findings(report)
        let finding = try #require(found.first { $0.code == .t3ColumnTotal })
        // The wrong cell also breaks the 商业企业 column's results total: it is the culprit.
        #expect(finding.location == "requests.granted[1]")
        #expect(finding.message.contains("最可能出错的单元格：表三“（一）予以公开”行“商业企业”列（涉及2个不成立的等式）"))
        #expect(found.contains { $0.code == .t3ResultsTotal && $0.location == "requests.granted[1]" })
    }

    @Test("T3_RESULTS_TOTAL and T3_BALANCE: a wrong （七）总计 is named as the culprit")
    func balance() throws {
        var report = SampleReports.consistent()
        report.requests![Templates.Row.total, 6] = .integer(5)
        let found = findings(report)
        let balance = try #require(found.first { $0.code == .t3Balance })
        #expect(balance.location == "requests.total[6]")
        #expect(balance.message.contains("第一项加第二项之和（5）不等于第三项加第四项之和（6）"))
        #expect(balance.message.contains("（涉及3个不成立的等式）"))
        #expect(found.contains { $0.code == .t3ResultsTotal && $0.location == "requests.total[6]" })
        #expect(found.contains { $0.code == .t3ColumnTotal && $0.location == "requests.total[6]" })
    }

    @Test("T4_TOTAL: a group's 总计 differs from its four outcomes")
    func reviewTotal() throws {
        var report = SampleReports.consistent()
        report.review![Templates.Row.litigationDirect, 0] = .integer(3)
        let finding = try #require(findings(report).first { $0.code == .t4Total })
        #expect(finding.location == "review.litigationDirect[4]")
        #expect(finding.message == "表四“行政诉讼·未经复议直接起诉”：总计（0）不等于结果维持、结果纠正、其他结果、尚未审结之和（3）")
    }

    @Test("CARRY_MISMATCH: 上年结转 against last year's 结转下年度, only when last year is given")
    func carryMismatch() throws {
        let current = SampleReports.consistent(year: 2024)
        var previous = SampleReports.consistent(year: 2023)
        #expect(codes(current).allSatisfy { $0 != .carryMismatch })
        // Last year carried 1 forward but this year carried over 0.
        let finding = try #require(findings(current, previous: previous).first { $0.code == .carryMismatch })
        #expect(finding.location == "requests.carriedOver[0]")
        #expect(finding.message.contains("2023年度报告“四、结转下年度继续办理”为1"))
        for column in 0..<7 { previous.requests![Templates.Row.carriedForward, column] = .integer(0) }
        #expect(!codes(current, previous: previous).contains(.carryMismatch))
    }

    @Test("YEAR_MISMATCH: this year's statistics under another year, and a title/period disagreement")
    func yearMismatch() throws {
        var report = SampleReports.consistent(template: .v2019, year: 2020)
        report.requests = SampleReports.consistent(template: .v2019, year: 2020).requests
        report.sections[0].text = "2019年，区政府办受理5件依申请公开，其中：3件按期答复。2021年，我局将进一步做好依申请公开工作。"
        let finding = try #require(findings(report).first { $0.code == .yearMismatch })
        #expect(finding.location == "sections.1")
        #expect(finding.message.contains("“2019年，区政府办受理5件依申请公开…”"))
        #expect(finding.message.contains("年份可能写错"))
        #expect(!codes(report).contains(.textTableMismatch))

        report.sections[0].text = "2020年，区政府办受理5件依申请公开，较2019年增加2件。"
        #expect(!codes(report).contains(.yearMismatch))
        let period = findings(report, notes: [.titleYear(2020), .statisticsPeriodYear(2019)])
        #expect(period.contains { $0.code == .yearMismatch && $0.location == "year" })
    }

    @Test("TEXT_TABLE_MISMATCH: a figure in the text contradicts the table")
    func textTableMismatch() throws {
        var report = SampleReports.consistent()
        #expect(!codes(report).contains(.textTableMismatch))
        report.sections[0].text = "2024年，全市共受理政府信息公开申请6件，答复4件，另有1件顺延到下年度答复。政府信息公开行政复议3件。"
        let found = findings(report).filter { $0.code == .textTableMismatch }
        #expect(found.count == 2)
        #expect(found[0].message.contains("（6件），但表三“一、本年新收政府信息公开申请数量”总计为5件"))
        #expect(found[1].message.contains("表四“行政复议”总计为2件"))
        report.sections[0].text = "共收到依申请公开0件。"
        #expect(codes(report).contains(.textTableMismatch))
    }

    @Test("LABEL_MISMATCH, ROW_UNRECOGNIZED, AMOUNT_UNIT come from what reading noticed")
    func readingNotes() {
        let report = SampleReports.consistent(template: .v2019, year: 2020)
        let found = findings(
            report,
            notes: [
                .rowLabelVariant(.requests, "denied.prohibitedByLaw", written: "2.其他法律行政止公开"),
                .unrecognizedRow(.requests, label: "（三）不予公开小计", values: ["1", "0"]),
                .amountConverted(.proactive, "procurement", column: 1, written: "2626294.00元"),
            ])
        #expect(found.map(\.code) == [.labelMismatch, .rowUnrecognized, .amountUnit])
        #expect(found[0].message.contains("应为“2.其他法律行政法规禁止公开”"))
        #expect(found[2].severity == .info)
    }

    @Test("TITLE_INCOMPLETE: a title without agency or year, only for documents")
    func titleIncomplete() {
        var report = SampleReports.consistent()
        report.title = "2024年度信息公开年度报告"
        #expect(codes(report).contains(.titleIncomplete))
        report.title = "某某市某某局2024年政府信息公开工作年度报告"
        #expect(!codes(report).contains(.titleIncomplete))
        report.title = "某某市某某局信息公开工作年度报告"
        #expect(codes(report).contains(.titleIncomplete))
        #expect(auditor.audit(report).allSatisfy { $0.code != .titleIncomplete })
    }

    @Test("OCR_VALUE: one finding per part marked as read by OCR; findings there carry source ocr, others not")
    func ocrValue() throws {
        var report = SampleReports.consistent()
        report.ocr = [.requests, .sections]
        report.requests?[Templates.Row.granted, 0] = nil
        report.review?[Templates.Row.reconsideration, 0] = nil
        let all = findings(report)
        #expect(all.filter { $0.code == .ocrValue }.map(\.location) == ["requests", "sections"])
        #expect(all.filter { $0.code == .ocrValue }.allSatisfy { $0.severity == .info && $0.source == .ocr })
        let requestsBlank = try #require(all.first { $0.code == .cellBlank && $0.location.hasPrefix("requests.") })
        #expect(requestsBlank.source == .ocr)
        #expect(JSONWriter.compact(requestsBlank.jsonValue).contains(#""source":"ocr""#))
        let reviewFindings = all.filter { $0.location.hasPrefix("review") }
        #expect(!reviewFindings.isEmpty)
        #expect(reviewFindings.allSatisfy { $0.source == nil })
        #expect(!JSONWriter.compact(reviewFindings[0].jsonValue).contains("source"))
        #expect(!codes(SampleReports.consistent()).contains(.ocrValue))
    }

    @Test("The parts read by OCR survive the canonical JSON, in the order report-json.md gives")
    func ocrJSON() throws {
        var report = SampleReports.consistent()
        report.ocr = [.sections, .review, .proactive]
        let json = report.canonicalJSON()
        #expect(json.contains("\"ocr\""))
        let back = try Report(canonicalJSON: json)
        #expect(back == report)
        #expect(back.metadataJSONValue()["ocr"] == .array([.string("proactive"), .string("review"), .string("sections")]))
        #expect(!SampleReports.consistent().canonicalJSON().contains("\"ocr\""))
        #expect(throws: ReportDecodingError.self) {
            try Report(canonicalJSON: json.replacingOccurrences(of: "\"proactive\",", with: "\"tables\","))
        }
    }
}
