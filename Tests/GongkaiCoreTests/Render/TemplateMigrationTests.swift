import Foundation
import Testing

@testable import GongkaiCore

@Suite("TemplateMigration: map what maps, report what does not")
struct TemplateMigrationTests {
    let source: Report = {
        var generator = SampleReportGenerator(seed: 5)
        return generator.report(template: .v2019, year: 2020)
    }()

    @Test("2019 → 2021: tables 3 and 4 carry over; （六）其他处理 becomes （六）3.其他, 1 and 2 stay blank")
    func requests() throws {
        let result = TemplateMigration.migrate(source, to: .v2021)
        let requests = try #require(result.report.requests)
        let original = try #require(source.requests)
        #expect(requests.layout.version == .v2021 && result.report.template == .v2021)
        for row in original.layout.rows where row.key != Templates.Row.otherHandling {
            #expect(requests[row.key] == original[row.key], "\(row.key)")
        }
        #expect(requests["otherHandling.other"] == original[Templates.Row.otherHandling])
        #expect(requests["otherHandling.noCorrection"]!.allSatisfy { $0 == nil })
        #expect(requests["otherHandling.unpaidFee"]!.allSatisfy { $0 == nil })
        #expect(result.report.review == source.review)
        let gaps = result.gaps.filter { $0.table == .requests }
        #expect(gaps.map(\.row) == ["otherHandling.noCorrection", "otherHandling.unpaidFee"])
        #expect(gaps.allSatisfy { $0.kind == .leftBlank && $0.message.contains("2019年版格式中没有单独统计") })
    }

    @Test("2019 → 2021 table 2: decisions carry over; other columns are reported, never invented")
    func proactive() throws {
        let result = TemplateMigration.migrate(source, to: .v2021)
        let proactive = try #require(result.report.proactive)
        let original = try #require(source.proactive)
        for key in ["licensing", "penalties", "coercion"] {
            #expect(proactive[RowKey(key), 0] == original[RowKey(key), 2], "\(key)")
        }
        #expect(proactive["regulations"]!.allSatisfy { $0 == nil })
        #expect(proactive["normativeDocuments"]!.allSatisfy { $0 == nil })
        #expect(proactive["fees", 0] == nil)
        let blank = result.gaps.filter { $0.kind == .leftBlank && $0.table == .proactive }.map(\.row)
        #expect(blank == ["regulations", "normativeDocuments", "fees"])
        let dropped = result.gaps.filter { $0.kind == .notCarried }.map(\.row)
        #expect(
            dropped == [
                "regulations", "normativeDocuments", "licensing", "otherServices", "penalties", "coercion", "fees",
                "procurement",
            ])
        let regulations = try #require(result.gaps.first { $0.kind == .leftBlank && $0.row == "regulations" })
        #expect(regulations.message == "表二“规章”行的“本年制发件数”、“本年废止件数”、“现行有效件数”在2019年版格式中没有对应栏目，已留空，请按2021年版格式补填")
        #expect(result.gaps.first { $0.row == "procurement" }!.message.contains("2021年版格式没有这一行"))
    }

    @Test("2021 → 2019: （六）1–3 add up to （六）其他处理; a blank part leaves the sum blank")
    func backwards() throws {
        var generator = SampleReportGenerator(seed: 9)
        var report = generator.report(template: .v2021, year: 2022)
        let result = TemplateMigration.migrate(report, to: .v2019)
        let requests = try #require(result.report.requests)
        let parts = ["otherHandling.noCorrection", "otherHandling.unpaidFee", "otherHandling.other"].map { RowKey($0) }
        for column in 0..<7 {
            let sum = parts.map { report.requests![$0, column]!.integerValue! }.reduce(0, +)
            #expect(requests[Templates.Row.otherHandling, column] == .integer(sum))
        }
        report.requests?["otherHandling.unpaidFee", 2] = nil
        let gapped = TemplateMigration.migrate(report, to: .v2019)
        #expect(gapped.report.requests?[Templates.Row.otherHandling, 2] == nil)
        #expect(gapped.gaps.contains { $0.row == Templates.Row.otherHandling && $0.columns == ["research"] })
    }

    @Test("A report already in the target template is unchanged, with nothing to report")
    func identity() {
        let result = TemplateMigration.migrate(source, to: .v2019)
        #expect(result.report == source && result.gaps.isEmpty)
    }

    @Test("The migrated report renders in the target layout and reads back as it")
    func renders() throws {
        let migrated = TemplateMigration.migrate(source, to: .v2021).report
        let back = try RenderTestSupport.reread(try DocxRenderer.render(migrated), as: .docx)
        #expect(back.requests == migrated.requests && back.proactive == migrated.proactive)
    }
}

@Suite("BlankTemplate: the official skeleton to fill")
struct BlankTemplateTests {
    @Test("Title, six sections with the official hints, three tables with every cell blank")
    func skeleton() throws {
        let report = BlankTemplate.report(template: .v2021, agency: "某某局", year: 2025)
        #expect(report.title == "某某局2025年政府信息公开工作年度报告")
        #expect(report.sections.map(\.number) == [1, 2, 3, 4, 5, 6])
        #expect(report.section(6)?.text == "（文字描述，收取信息处理费情况在此处报告。）")
        #expect(report.section(1)?.text.hasPrefix("（一）主动公开\n（文字描述）\n（二）依申请公开") == true)
        for table in TableID.allCases { #expect(report[table: table]?.isBlank == true) }
        #expect(BlankTemplate.report(year: 2020).template == .v2019)
        #expect(BlankTemplate.report().template == .v2021)
    }

    @Test("The blank DOCX reads back as the skeleton: headings, hints and blank tables, nothing invented")
    func readsBack() throws {
        for version in TemplateVersion.allCases {
            let report = BlankTemplate.report(
                template: version, agency: "某某县某某局", year: version == .v2019 ? 2020 : 2025)
            let back = try RenderTestSupport.reread(try DocxRenderer.render(report), as: .docx)
            #expect(back == report, "\(RenderTestSupport.difference(report, back))")
        }
    }

    @Test("Like the official blank template: the same table labels in the same order")
    func matchesOfficialTemplate() throws {
        let official = try RenderTestSupport.part("word/document.xml", of: fixtureBytes("blank-template-2021.docx"))
        let generated = DocxRenderer.documentXML(ReportDocument(BlankTemplate.report(template: .v2021)))
        func labels(_ xml: String) -> [String] {
            let texts = xml.components(separatedBy: "<w:t").dropFirst().compactMap { piece -> String? in
                guard let start = piece.firstIndex(of: ">") else { return nil }
                return String(piece[piece.index(after: start)...].prefix { $0 != "<" })
            }
            return texts.map(LabelText.normalize).filter { !$0.isEmpty }
        }
        let ours = labels(generated)
        var position = ours.startIndex
        for label in Templates.layout(.requests, .v2021).rows.map({ LabelText.normalize($0.label) }) {
            #expect(labels(official).joined().contains(label))
            let found = try #require(ours[position...].firstIndex(of: label), "\(label)")
            position = found
        }
    }
}
