import Foundation
import Testing

@testable import GongkaiCore

/// The three published PDFs in `Fixtures/real`, against the totals read by hand (`expected.tsv`).
@Suite("Real published PDFs", .enabled(if: ExternalTool(name: "pdftotext", package: "poppler-utils").locate() != nil))
struct RealPDFTests {
    struct Expected {
        var file: String
        var agency: String
        var year: Int
        var template: String
        var totals: [String: Int]
    }

    static func expectations() throws -> [Expected] {
        let text = try String(contentsOf: fixtureURL("real/expected.tsv"), encoding: .utf8)
        let lines = text.split(separator: "\n").map { $0.split(separator: "\t").map(String.init) }
        let header = lines[0]
        return lines.dropFirst().map { fields in
            var totals: [String: Int] = [:]
            for (name, value) in zip(header, fields).dropFirst(4) { totals[name] = Int(value) }
            return Expected(file: fields[0], agency: fields[1], year: Int(fields[2])!, template: fields[3], totals: totals)
        }
    }

    @Test("Totals, agency, year and template match expected.tsv for every PDF", arguments: try expectations())
    func totals(_ expected: Expected) throws {
        let parsed = try ReportReader().read(contentsOf: fixtureURL("real/\(expected.file)"))
        let report = parsed.report
        #expect(parsed.format == .pdf)
        #expect(report.agency == expected.agency)
        #expect(report.year == expected.year)
        #expect(report.template.rawValue == expected.template)
        let requests = try #require(report.requests)
        let review = try #require(report.review)
        let total = Templates.requestsTotalColumn
        let actual: [String: Int?] = [
            "new_received_total": requests.integer(Templates.Row.newReceived, total),
            "carried_over_total": requests.integer(Templates.Row.carriedOver, total),
            "granted_total": requests.integer(Templates.Row.granted, total),
            "partial_total": requests.integer(Templates.Row.partiallyGranted, total),
            "results_total": requests.integer(Templates.Row.total, total),
            "carried_forward_total": requests.integer(Templates.Row.carriedForward, total),
            "reconsideration_total": review.integer(Templates.Row.reconsideration, Templates.reviewTotalColumn),
            "litigation_direct_total": review.integer(Templates.Row.litigationDirect, Templates.reviewTotalColumn),
            "litigation_after_reconsideration_total": review.integer(
                Templates.Row.litigationAfterReconsideration, Templates.reviewTotalColumn),
        ]
        for (name, value) in expected.totals { #expect(actual[name] == value, "\(name)") }
        // Every cell of tables 2, 3 and 4 was read: none is blank in these PDFs.
        for table in [report.proactive, report.requests, report.review] {
            let values = try #require(table)
            #expect(values.cells.allSatisfy { $0.value != nil })
        }
    }

    @Test(
        "Every cell, title and word of section text as the layout-text reader read them (the canonical JSON in Fixtures/real)",
        arguments: ["hongze-district-2023", "hongze-district-2024", "huaian-city-2024"])
    func wholeReport(_ name: String) throws {
        let expected = try Report(canonicalJSON: String(contentsOf: fixtureURL("real/\(name).json"), encoding: .utf8))
        let report = try ReportReader().read(contentsOf: fixtureURL("real/\(name).pdf")).report
        #expect(report == expected, "\(RenderTestSupport.difference(expected, report))")
    }

    @Test("A scanned PDF (pages that are images, no text layer) is refused: said precisely, never guessed")
    func scanned() throws {
        // Page 1 of huaian-city-2024.pdf drawn by pdftoppm at 100 dpi and wrapped as a JPEG page.
        let url = fixtureURL("scanned/huaian-city-2024-page1-scan.pdf")
        let error = try #require(throws: ReadError.self) { try ReportReader().read(contentsOf: url) }
        #expect(error.reason == .scannedPDF)
        #expect(error.reason.message.hasPrefix("该 PDF 为扫描图像，没有文字层"))
    }

    @Test("Hongze 2023: hybrid layout and the table-4 inconsistency are reported")
    func hongze2023Findings() throws {
        let parsed = try ReportReader().read(contentsOf: fixtureURL("real/hongze-district-2023.pdf"))
        #expect(parsed.report.requests?.layout.version == .v2019)
        let review = try #require(parsed.report.review)
        #expect(review[Templates.Row.reconsideration]?.map { $0?.integerValue } == [10, 1, 0, 0, 0])
        #expect(review[Templates.Row.litigationAfterReconsideration]?.map { $0?.integerValue } == [5, 0, 0, 0, 0])
        let findings = Auditor().audit(parsed)
        let t4 = findings.filter { $0.code == .t4Total }
        #expect(t4.map(\.location) == ["review.reconsideration[4]", "review.litigationAfterReconsideration[4]"])
        #expect(t4.allSatisfy { $0.severity == .error })
        #expect(t4.first?.message.contains("总计（0）不等于结果维持、结果纠正、其他结果、尚未审结之和（11）") == true)
        #expect(findings.contains { $0.code == .templateMixed })
        #expect(findings.contains { $0.code == .labelMismatch && $0.message.contains("2.其他法律行政止公开") })
    }

    @Test("Huaian 2024: every table-3 row, the 2021 （六） rows wrapped around their numbers")
    func huaianRows() throws {
        let parsed = try ReportReader().read(contentsOf: fixtureURL("real/huaian-city-2024.pdf"))
        let requests = try #require(parsed.report.requests)
        #expect(requests.layout.version == .v2021)
        #expect(requests["otherHandling.noCorrection"]?.map { $0?.integerValue } == [67, 3, 0, 0, 1, 0, 71])
        #expect(requests["otherHandling.unpaidFee"]?.map { $0?.integerValue } == [6, 0, 0, 0, 0, 0, 6])
        #expect(requests["otherHandling.other"]?.map { $0?.integerValue } == [108, 2, 0, 0, 0, 0, 110])
        #expect(requests["unavailable.notHeld"]?.map { $0?.integerValue } == [746, 12, 0, 0, 10, 1, 769])
        #expect(parsed.report.proactive?["fees", 0] == .decimal(Decimal(string: "96171.6")!))
        let findings = Auditor().audit(parsed)
        #expect(findings.isEmpty, "\(findings.map(\.message))")
    }

    @Test("Hongze 2023 and 2024 together: carry-over matches, no CARRY_MISMATCH")
    func carryOverAcrossYears() throws {
        let previous = try ReportReader().read(contentsOf: fixtureURL("real/hongze-district-2023.pdf")).report
        let current = try ReportReader().read(contentsOf: fixtureURL("real/hongze-district-2024.pdf"))
        #expect(!Auditor().audit(current, previous: previous).contains { $0.code == .carryMismatch })
    }
}
