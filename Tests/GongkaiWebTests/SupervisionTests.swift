import Fluent
import Foundation
import GongkaiApp
import GongkaiCore
import Testing
import Vapor

@testable import GongkaiWeb

/// The supervising office's work on the platform, through its pages: the roster imported from
/// CSV, a .zip of reports uploaded, checked by the background jobs, shown on the board with
/// statuses, findings and the ranking, an uncertain match confirmed, the board exported.
@Suite("Supervision: collect, check and rank a region's reports")
struct SupervisionTests {
    @Test("roster CSV → .zip upload → progress → board with statuses, findings, ranking → confirm → XLSX", arguments: TestBackend.available)
    func journey(backend: TestBackend) async throws {
        try await TestServer.with(backend) { server in
            let year = server.clock.appClock.today.year - 1
            let office = try await server.client(signedInAs: PlatformDemo.supervisor.username)

            // The roster: the county and its agencies, imported through the page's form.
            let rosterPage = try await office.get("/staff/supervision/roster")
            #expect(rosterPage.status == .ok)
            let imported = try await office.submit(
                try rosterPage.form(action: "/staff/supervision/roster"),
                files: ["file": [UploadFile(name: "南湖区名册.csv", contentType: "text/csv", bytes: Data(SupervisionFixtures.rosterCSV.utf8))]])
            #expect(imported.status == .seeOther)
            let roster = try await office.follow(imported)
            #expect(roster.text.contains("新增4个机关"), "\(roster.text.prefix(300))")
            #expect(roster.text.contains("江东省 › 江东市 › 南湖区"))

            // The upload: kept as received, one job per report file, progress until checked.
            let (zip, files) = try SupervisionFixtures.countyArchive(year: year)
            let board = try await office.get("/staff/supervision/\(year)")
            let uploaded = try await office.submit(
                try board.form(action: "/staff/supervision/\(year)/uploads"),
                files: ["files[]": [UploadFile(name: "南湖区年报.zip", contentType: "application/zip", bytes: Data(zip))]])
            #expect(uploaded.status == .seeOther, "\(uploaded.text.prefix(300))")
            let waiting = try await office.follow(uploaded)
            #expect(waiting.text.contains("已接收4份报告文件"))
            #expect(waiting.text.contains("正在检查上传的报告"))
            #expect(waiting.html.contains("<meta http-equiv=\"refresh\""))
            let upload = try #require(try await SupervisionUploadModel.query(on: server.app.db).filter(\.$fileName == "南湖区年报.zip").first())
            #expect(upload.sha256 == SupervisionUploads.sha256(zip))
            #expect(upload.byteCount == zip.count && upload.fileCount == 4)
            let stored = try await SupervisionFileModel.query(on: server.app.db).filter(\.$uploadID == upload.requireID()).all()
            #expect(Set(stored.map(\.sha256)) == Set(files.map { SupervisionUploads.sha256($0.bytes) }))

            #expect(try await SupervisionFixtures.runChecks(server) == 4)
            let checked = try await office.get("/staff/supervision/\(year)")
            #expect(!checked.text.contains("正在检查上传的报告"))
            #expect(!checked.html.contains("http-equiv=\"refresh\""))

            // Statuses and findings, as the core's auditor counts them.
            let government = try #require(SupervisionFixtures.row(checked, "江东市南湖区人民政府"))
            let governmentErrors = try SupervisionFixtures.findings(files[0].bytes, name: files[0].path, .error)
            #expect(government.contains("已上传"), "\(government)")
            let finance = try #require(SupervisionFixtures.row(checked, "江东市南湖区财政局"))
            let financeErrors = try SupervisionFixtures.findings(files[2].bytes, name: files[2].path, .error)
            #expect(financeErrors > 0)
            #expect(finance.contains("|已上传|2026年1月31日|\(financeErrors)|"), "\(finance)")
            #expect(government.contains("|已上传|2026年3月31日|\(governmentErrors)|"), "\(government)")
            let missing = try #require(SupervisionFixtures.row(checked, "江东市南湖区民政局"))
            #expect(missing.contains("未提交（已过法定时限）"))
            #expect(checked.text.contains("南湖区/说明.txt"), "the unreadable file is listed")
            // The demo's own uncertain report (东湖教育局) and this one.
            #expect(checked.text.contains("有2份报告的机关名称只能大致对应"))
            // The ranking lists every agency of the region; the one with table 3 missing ranks below the government.
            let ranking = try #require(checked.html.range(of: "id=\"ranking-title\""))
            let rankingHTML = String(checked.html[ranking.lowerBound...])
            let governmentRank = try #require(rankingHTML.range(of: "江东市南湖区人民政府"))
            let financeRank = try #require(rankingHTML.range(of: "江东市南湖区财政局"))
            #expect(governmentRank.lowerBound < financeRank.lowerBound)

            // The uncertain match confirmed: the report now counts for 南湖区教育局.
            #expect(SupervisionFixtures.row(checked, "江东市南湖区教育局")?.contains("未提交") == true)
            let confirmation = try await office.get("/staff/supervision/\(year)/confirm")
            #expect(confirmation.text.contains("南湖教育局"))
            let form = try confirmation.form(where: "file", is: try #require(stored.first { $0.name.hasSuffix("教育.txt") }?.id?.uuidString))
            var fields = form.fields.filter { $0.name != "agency" }
            fields.append(("agency", "江东市南湖区教育局"))
            let confirmed = try await office.post(form.action, fields)
            #expect(confirmed.status == .seeOther)
            let after = try await office.get("/staff/supervision/\(year)")
            #expect(SupervisionFixtures.row(after, "江东市南湖区教育局")?.contains("已上传") == true)
            #expect(after.text.contains("有1份报告的机关名称只能大致对应"))

            // Charts are SVG drawn on the server; the export is the core's workbook.
            for chart in ["results", "trend", "errors"] {
                let svg = try await office.get("/staff/supervision/\(year)/charts/\(chart)")
                #expect(svg.status == .ok && svg.html.hasPrefix("<svg") && svg.headers.contentType?.subType == "svg+xml")
            }
            let export = try await office.get("/staff/supervision/\(year)/board.xlsx")
            #expect(export.status == .ok)
            let sheet = try XlsxWorkbookReader.firstSheet([UInt8](export.bytes))
            let lines = sheet.map { $0.cells.joined(separator: "|") }
            #expect(lines.contains { $0.contains("江东市南湖区财政局") && $0.contains("|\(financeErrors)|") }, "\(lines.prefix(20))")
            #expect(lines.contains { $0.contains("江东市南湖区民政局") && $0.contains("未提交") })
        }
    }

    @Test("a 督办 of one county sees nothing of another, and no applicant anywhere", arguments: TestBackend.available)
    func isolation(backend: TestBackend) async throws {
        try await TestServer.with(backend) { server in
            let year = server.clock.appClock.today.year - 1
            let regions = try await RegionModel.query(on: server.app.db).all()
            let xishan = try #require(regions.first { $0.name == "西山区" })
            let donghuAgency = try #require(try await AgencyModel.query(on: server.app.db).filter(\.$name == "江东市东湖区人民政府").first())
            let xishanAgency = AgencyModel(name: "江东市西山区人民政府办公室")
            xishanAgency.regionID = xishan.id
            try await xishanAgency.create(on: server.app.db)
            _ = try await server.createStaff("donghu-duban", roles: [.supervisor], agencyID: donghuAgency.requireID())
            _ = try await server.createStaff("xishan-duban", roles: [.supervisor], agencyID: xishanAgency.requireID())
            let donghu = try await server.client(signedInAs: "donghu-duban", password: TestServer.staffPassword)
            let west = try await server.client(signedInAs: "xishan-duban", password: TestServer.staffPassword)
            let city = try await server.client(signedInAs: PlatformDemo.supervisor.username)

            let pages = [
                "/staff/supervision", "/staff/supervision/\(year)", "/staff/supervision/\(year)/confirm", "/staff/supervision/roster",
                "/staff/supervision/\(year)/charts/results", "/staff/supervision/\(year)/charts/errors",
                "/staff/supervision/\(year)/sums", "/staff/supervision/\(year)/sums/requests.total%5B6%5D",
                "/staff/supervision/scoring",
            ]
            for path in pages {
                let east = try await donghu.get(path)
                let westPage = try await west.get(path)
                #expect(east.status == .ok && westPage.status == .ok, "\(path): \(east.status.code) \(westPage.status.code)")
                for name in ["西山区", "江东市教育局", "江东市人民政府办公室"] {
                    #expect(!east.html.contains(name), "东湖区督办 sees “\(name)” on \(path)")
                }
                for name in ["东湖", "江东市教育局", "江东市人民政府办公室"] {
                    #expect(!westPage.html.contains(name), "西山区督办 sees “\(name)” on \(path)")
                }
            }
            let eastBoard = try await donghu.get("/staff/supervision/\(year)")
            #expect(SupervisionFixtures.row(eastBoard, "江东市东湖区人民政府")?.contains("已上传") == true)
            let westBoard = try await west.get("/staff/supervision/\(year)")
            #expect(SupervisionFixtures.row(westBoard, "江东市西山区人民政府")?.contains("已上传") == true)
            // The workbook of a county holds its own agencies only.
            let westSheet = try XlsxWorkbookReader.firstSheet([UInt8](try await west.get("/staff/supervision/\(year)/board.xlsx").bytes))
            #expect(!westSheet.contains { $0.cells.contains { $0.contains("东湖") } })
            #expect(westSheet.contains { $0.cells.contains("江东市西山区人民政府") })

            // Another county's file cannot be confirmed, even by id: not found, nothing changed.
            let eastFile = try #require(try await SupervisionFileModel.query(on: server.app.db).all().first { $0.name.contains("东湖区人民政府") })
            let refused = try await west.post(
                "/staff/supervision/\(year)/confirm", [("file", try eastFile.requireID().uuidString), ("agency", "江东市西山区人民政府")])
            #expect(refused.status == .notFound)
            #expect(try await SupervisionFileModel.find(eastFile.id, on: server.app.db)?.confirmedAgency == nil)
            // Nor downloaded as received: only the office it was uploaded by (the city's) and those above.
            let download = "/staff/supervision/files/\(try eastFile.requireID().uuidString)"
            #expect(try await west.get(download).status == .notFound)
            #expect(try await donghu.get(download).status == .notFound)
            #expect(try await city.get(download).status == .ok)

            // No casework and no applicant: every casework page is closed, and no applicant's name,
            // number or address is on any supervision page of the city's 督办.
            for path in ["/staff", "/staff/appeals", "/staff/registers", "/staff/reports/\(year)", "/staff/requests/new"] {
                #expect(try await city.get(path).status == .forbidden, "督办 opens \(path)")
            }
            let applicants = try await ApplicantModel.query(on: server.app.db).all()
            #expect(applicants.count > 10)
            let marks = Set(applicants.flatMap { [$0.name, $0.phone, $0.idDocumentNumber, $0.address, $0.email].compactMap { $0 } }
                .filter { $0.count >= 4 })
            for path in pages + ["/staff/supervision/\(year)/charts/trend"] {
                let page = try await city.get(path)
                #expect(page.status == .ok)
                for mark in marks { #expect(!page.html.contains(mark), "applicant data on \(path)") }
            }
        }
    }

    @Test("check jobs: claimed once each by concurrent workers, taken up again after a lost worker's lease", arguments: TestBackend.available)
    func jobs(backend: TestBackend) async throws {
        try await TestServer.with(backend) { server in
            let year = server.clock.appClock.today.year - 1
            let scope = try #require(try await RegionModel.query(on: server.app.db).filter(\.$name == "东湖区").first())
            var reports: [(path: String, bytes: [UInt8])] = []
            for index in 0..<12 {
                let report = SupervisionFixtures.report("江东市东湖区人民政府", year: year, seed: UInt64(index))
                reports.append(("报告\(index).txt", try ReportRenderer().render(report, as: .text)))
            }
            let stored = try await SupervisionUploads(server.services).store(
                fileName: "批量.zip", bytes: try ReportArchive.pack(reports), year: year, scope: scope, actor: "测试", agencyID: nil)
            #expect(stored.queued == 12)
            let queue = CheckJobQueue(server.services)
            async let first = queue.claim(worker: "a", limit: 5, lease: 60)
            async let second = queue.claim(worker: "b", limit: 5, lease: 60)
            let (a, b) = try await (first, second)
            #expect(a.count == 5 && b.count == 5)
            #expect(Set(a).isDisjoint(with: Set(b)))
            let rest = try await queue.claim(worker: "c", limit: 50, lease: 60)
            #expect(rest.count == 2)
            #expect(try await queue.claim(worker: "d", limit: 50, lease: 60).isEmpty)

            // Worker "a" dies: after its lease its jobs (and every other running one) are claimed again.
            let later = server.clock.appClock.now().addingTimeInterval(120)
            let restarted = ServiceContext(db: server.app.db, logger: server.app.logger, clock: AppClock(now: { later }))
            let again = try await CheckJobQueue(restarted).claim(worker: "e", limit: 50, lease: 60)
            #expect(Set(again.map(\.jobID)) == Set((a + b + rest).map(\.jobID)))
            let regionIDs = [try scope.requireID()]
            let before = try await CheckJobQueue(restarted).progress(regionIDs: regionIDs)
            #expect(before.pending == 12)
            let later2 = later.addingTimeInterval(120)
            var late = CheckWorker(ServiceContext(db: server.app.db, logger: server.app.logger, clock: AppClock(now: { later2 })), name: "g")
            late.batchSize = 50
            #expect(try await late.runOnce() == 12)
            let progress = try await CheckJobQueue(restarted).progress(regionIDs: regionIDs)
            #expect(progress.done == progress.total && !progress.isRunning)
        }
    }
}
