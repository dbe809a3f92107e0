import Foundation
import GongkaiApp
import GongkaiCore
import Testing
import Vapor

@testable import GongkaiWeb

/// Reports and rosters for the supervision tests: a county (南湖区) added to the demo's 江东市
/// through the roster import, and its agencies' reports in the formats Gongkai reads.
enum SupervisionFixtures {
    /// The roster of 南湖区 in the core's CSV format (imported into 江东市).
    static let rosterCSV = """
        机关名称,所属地区,上级地区,类型,上级单位
        江东市南湖区人民政府,南湖区,江东市,政府,
        江东市南湖区教育局,南湖区,江东市,部门,
        江东市南湖区财政局,南湖区,江东市,部门,
        江东市南湖区民政局,南湖区,江东市,部门,

        """

    /// A report of `agency` (as the document states it) on `year`.
    static func report(_ agency: String, year: Int, seed: UInt64) -> Report {
        var generator = SampleReportGenerator(seed: seed)
        var report = generator.report(template: .v2021, year: year)
        report.agency = agency
        report.title = "\(agency)\(year)年政府信息公开工作年度报告"
        return report
    }

    /// The .zip an office uploads: 南湖区人民政府 (docx), 南湖区教育局 under a short name that
    /// needs confirming (txt), 南湖区财政局 without its table 3 (html), and a file that is no
    /// report; 南湖区民政局 sends nothing.
    static func countyArchive(year: Int) throws -> (zip: [UInt8], files: [(path: String, bytes: [UInt8])]) {
        let renderer = ReportRenderer()
        var finance = report("江东市南湖区财政局", year: year, seed: 3)
        finance.requests = nil
        let files: [(path: String, bytes: [UInt8])] = [
            ("南湖区/区政府.docx", try renderer.render([report("江东市南湖区人民政府", year: year, seed: 1)], as: .docx)[0]),
            ("南湖区/教育.txt", try renderer.render([report("南湖教育局", year: year, seed: 2)], as: .text)[0]),
            ("南湖区/财政.html", try renderer.render([finance], as: .html)[0]),
            ("南湖区/说明.txt", Array("请查收附件。".utf8)),
        ]
        return (try ReportArchive.pack(files), files)
    }

    /// The findings of severity `severity` the core's auditor gives `bytes` named `name`.
    static func findings(_ bytes: [UInt8], name: String, _ severity: Severity) throws -> Int {
        let parsed = try ReportReader().read(bytes, name: name, fileExtension: (name as NSString).pathExtension)
        return Auditor().audit(parsed).filter { $0.severity == severity }.count
    }

    /// Runs the background checks until no job waits; returns how many ran.
    @discardableResult
    static func runChecks(_ server: TestServer) async throws -> Int {
        let worker = CheckWorker(server.services, name: "test")
        var total = 0
        while true {
            let done = try await worker.runOnce()
            if done == 0 { return total }
            total += done
        }
    }

    /// The cells of the board's row of `agency` joined by "|" ("|江东市南湖区财政局|南湖区|部门|已上传|…|"), or `nil`.
    static func row(_ page: WebPage, _ agency: String) -> String? {
        guard let start = page.html.range(of: "<th scope=\"row\">\(agency)</th>") else { return nil }
        guard let end = page.html[start.upperBound...].range(of: "</tr>") else { return nil }
        let cells = String(page.html[start.lowerBound..<end.lowerBound])
            .replacingOccurrences(of: "</td>", with: "|</td>").replacingOccurrences(of: "</th>", with: "|</th>")
        return "|" + HTML.text(cells).replacingOccurrences(of: "\n", with: "")
    }
}
