import Foundation
import GongkaiApp
import GongkaiCore
import Testing

@testable import GongkaiWeb

/// The supervising office's journey in a real browser against a real server whose background
/// worker checks the uploads: the roster imported, a .zip of 50 reports (45 generated for the
/// roster, some with errors, and the five real seeds of agencies not on it) uploaded, the progress
/// followed until every report is checked, the board with statuses, findings and the ranking,
/// the XLSX export with the same numbers. Screenshots: `test-artifacts/screenshots/supervision-journey/`.
/// In the suite of the other journey (serialized): one Chromium at a time.
extension BrowserJourneyTests {
    static let supervisionDepartments = [
        "发展和改革局", "教育局", "科学技术局", "工业和信息化局", "公安局", "民政局", "司法局", "财政局", "人力资源和社会保障局",
        "自然资源局", "生态环境局", "住房和城乡建设局", "交通运输局", "水利局", "农业农村局", "商务局", "文化和旅游局",
        "卫生健康委员会", "退役军人事务局", "应急管理局", "审计局", "市场监督管理局", "统计局", "医疗保障局",
    ]

    @Test("the supervising office: roster → .zip of 50 reports → progress → board, ranking → XLSX, in Chromium")
    func supervisionJourney() async throws {
        try await TestServer.with(.sqlite, mode: .running) { server in
            let base = try #require(server.baseURL)
            let year = server.clock.appClock.today.year - 1
            let work = FileManager.default.temporaryDirectory.appendingPathComponent("gongkai-supervision-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
            defer { try? FileManager.default.removeItem(at: work) }

            // 50 agencies in two new counties; 45 report (every fifth without table 3: an error), 5 do not.
            var agencies: [String] = []
            var roster = ["机关名称,所属地区,上级地区,类型"]
            for county in ["南湖区", "北湖区"] {
                agencies.append("江东市\(county)人民政府")
                roster.append("江东市\(county)人民政府,\(county),江东市,政府")
                for department in Self.supervisionDepartments {
                    agencies.append("江东市\(county)\(department)")
                    roster.append("江东市\(county)\(department),\(county),江东市,部门")
                }
            }
            let rosterFile = work.appendingPathComponent("名册.csv")
            try Data((roster.joined(separator: "\n") + "\n").utf8).write(to: rosterFile)
            var files: [(path: String, bytes: [UInt8])] = []
            let formats: [OutputFormat] = [.text, .html, .docx]
            var broken: [String] = []
            for (index, agency) in agencies.prefix(45).enumerated() {
                var report = SupervisionFixtures.report(agency, year: year, seed: UInt64(100 + index))
                if index % 5 == 4 {
                    report.requests = nil
                    broken.append(agency)
                }
                let format = formats[index % formats.count]
                files.append(("\(year)/\(index).\(format.fileExtension)", try ReportRenderer().render(report, as: format)))
            }
            let seeds = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
                .appendingPathComponent("GongkaiCoreTests/Fixtures/seeds")
            for name in try FileManager.default.contentsOfDirectory(atPath: seeds.path).sorted().prefix(5) {
                files.append(("seeds/\(name)", [UInt8](try Data(contentsOf: seeds.appendingPathComponent(name)))))
            }
            #expect(files.count == 50)
            let zip = work.appendingPathComponent("\(year)年度年报.zip")
            try Data(try ReportArchive.pack(files)).write(to: zip)

            let (names, errorful, reports) = (agencies, broken, files)
            try await Browser.with(journey: "supervision-journey") { browser in
                let page = browser.session
                try await page.navigate(to: base + "/staff/login")
                try await page.element("#username").type(PlatformDemo.supervisor.username)
                try await page.element("#password").type(TestServer.demoPassword)
                try await page.element("form[action='/staff/login'] button[type='submit']").click()
                try await page.waitForURL("the board after signing in as 督办") { $0.hasSuffix("/staff/supervision") }
                try await browser.screenshot("board-before")

                // The roster.
                try await page.navigate(to: base + "/staff/supervision/roster")
                try await page.element("#file").type(rosterFile.path)
                try await page.element("form[action='/staff/supervision/roster'] button[type='submit']").click()
                try await page.waitForURL("the roster after the import") { $0.hasSuffix("/staff/supervision/roster") }
                try await browser.screenshot("roster-submitted")
                #expect(try await page.element(".notice").text.contains("新增50个机关"))
                try await browser.screenshot("roster-imported")

                // The upload, then the board refreshing itself until every report is checked.
                try await page.navigate(to: base + "/staff/supervision/\(year)")
                try await page.element("#files").type(zip.path)
                try await page.element("form[action$='/uploads'] button[type='submit']").click()
                #expect(try await page.element(".notice").text.contains("已接收50份报告文件"))
                try await browser.screenshot("uploaded")
                let deadline = ContinuousClock.now + .seconds(90)
                while try await page.pageSource.contains("progress-title"), ContinuousClock.now < deadline {
                    try await Task.sleep(for: .seconds(1))
                }
                try await page.navigate(to: base + "/staff/supervision/\(year)")
                let source = try await page.pageSource
                #expect(!source.contains("progress-title"), "still checking after 90 s")
                try await browser.screenshot("board-checked")

                // Statuses, findings, the unmatched seeds, the ranking.
                let board = WebPage(target: "", status: .ok, headers: [:], bytes: Data(source.utf8))
                for agency in names.prefix(45) {
                    let row = try #require(SupervisionFixtures.row(board, agency), "\(agency) not on the board")
                    #expect(row.contains("|已上传|"), "\(row)")
                    #expect(errorful.contains(agency) == !row.contains("|0|0|"), "\(row)")
                }
                for agency in names.suffix(5) {
                    #expect(SupervisionFixtures.row(board, agency)?.contains("未提交") == true)
                }
                // The seeds are other agencies' reports of other years: none is counted as a roster agency's report of the year.
                for seed in reports.suffix(5) {
                    #expect(!names.contains { SupervisionFixtures.row(board, $0)?.contains(seed.path) == true }, "\(seed.path) counted")
                }
                let ranks = try await page.elements("#ranking-title ~ table tbody tr")
                #expect(ranks.count >= 50)
                try await page.element("#ranking-title").scrollIntoView()
                try await browser.screenshot("ranking")

                // The export: the same statuses and error counts.
                let export = try await browser.download(base + "/staff/supervision/\(year)/board.xlsx")
                #expect(export.status == 200)
                let sheet = try XlsxWorkbookReader.firstSheet([UInt8](export.bytes))
                for agency in errorful {
                    let line = try #require(sheet.first { $0.cells.contains(agency) }, "\(agency) not in the workbook")
                    let shown = try #require(SupervisionFixtures.row(board, agency))
                    let errors = try #require(line.cells.compactMap(Int.init).dropFirst().first, "\(line.cells)")  // after the line number
                    #expect(shown.contains("|\(errors)|"), "workbook \(line.cells) vs board \(shown)")
                }
            }
        }
    }
}
