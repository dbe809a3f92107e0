import FluentKit
import Foundation
@testable import GongkaiApp
import GongkaiCore
import SQLKit
import Testing
import Vapor

@testable import GongkaiWeb

/// The annual report's 起草 → 审核 → 签发 → 发布 over HTTP as each role uses it, the immutable
/// published snapshot on the portal with its downloads read back by the core (the round trip
/// `gongkai check` and `gongkai parse` make), and a 更正 as a new version.
@Suite("Report publishing: workflow, snapshot, portal, round trip, correction")
struct ReportPublishingTests {
    static func publishURL(_ year: Int) -> String { "/staff/reports/\(year)/publish" }

    /// The demo agency's four officers, signed in.
    struct Officers {
        let handler: WebClient
        let reviewer: WebClient
        let head: WebClient
        let admin: WebClient

        init(_ server: TestServer) async throws {
            handler = try await server.client(signedInAs: "jingban")
            reviewer = try await server.client(signedInAs: "shenhe")
            head = try await server.client(signedInAs: "fuze")
            admin = try await server.client(signedInAs: "guanli")
        }
    }

    /// Takes the report of `year` from submission to publication by the 负责人.
    static func publish(year: Int, by officers: Officers, note: String? = nil) async throws {
        let base = publishURL(year)
        for (client, step, fields) in [
            (officers.handler, "submit", [(name: String, value: String)]()), (officers.reviewer, "pass", []), (officers.head, "sign", []),
            (officers.head, "release", note.map { [("correctionNote", $0)] } ?? []),
        ] {
            let page = try await client.post(base + "/" + step, fields)
            #expect(page.status == .seeOther, "\(step) answered \(page.status.code): \(page.text.prefix(400))")
        }
    }

    /// The core's reading of a downloaded file and its findings (what `gongkai check` prints).
    static func check(_ bytes: Data, name: String) throws -> (report: Report, findings: [Finding]) {
        let parsed = try ReportReader().read([UInt8](bytes), name: name, fileExtension: (name as NSString).pathExtension)
        return (parsed.report, Auditor().audit(parsed))
    }

    @Test("drafted, reviewed, signed and published: portal page, DOCX read back with no finding and equal to the model", arguments: TestBackend.available)
    func publishAndRoundTrip(backend: TestBackend) async throws {
        try await TestServer.with(backend) { server in
            let year = server.clock.appClock.today.year - 1
            let agency = server.homeAgencyID
            let officers = try await Officers(server)
            let (handler, reviewer, head, admin) = (officers.handler, officers.reviewer, officers.head, officers.admin)
            let citizen = server.client()
            let portalURL = "/agencies/\(agency)/reports/\(year)"

            let before = try await handler.get(Self.publishURL(year))
            #expect(before.status == .ok)
            #expect(before.text(ofID: "workflow-status") == "起草中")
            #expect(before.text(ofID: "findings-panel")?.contains("检查结果") == true)
            #expect(before.text(ofID: "no-findings") != nil, "the demo report has findings: \(before.text(ofID: "findings-panel") ?? "")")
            #expect(try await citizen.get(portalURL).status == .notFound, "an unpublished report is on the portal")

            // Order is enforced: nothing can be signed or published before review.
            #expect(try await head.post(Self.publishURL(year) + "/sign", []).status == .unprocessableEntity)
            #expect(try await handler.post(Self.publishURL(year) + "/submit", []).status == .seeOther)
            #expect(try await handler.get(Self.publishURL(year)).text(ofID: "workflow-status") == "待审核")
            #expect(try await admin.post(Self.publishURL(year) + "/release", []).status == .unprocessableEntity)
            #expect(try await reviewer.post(Self.publishURL(year) + "/pass", []).status == .seeOther)
            #expect(try await head.post(Self.publishURL(year) + "/sign", []).status == .seeOther)
            #expect(try await head.get(Self.publishURL(year)).text(ofID: "workflow-status") == "已签发，待发布")
            #expect(try await admin.post(Self.publishURL(year) + "/release", []).status == .seeOther)
            #expect(try await handler.get(Self.publishURL(year)).text(ofID: "workflow-status") == "已发布")

            let page = try await citizen.get(portalURL)
            #expect(page.status == .ok)
            #expect(page.text.contains("江东市教育局\(year)年政府信息公开工作年度报告"))
            #expect(page.text.contains("全年新收政府信息公开申请"), "section 一 is not on the portal page")
            #expect(!page.html.contains("style="), "the portal page carries an inline style")
            let tag = try #require(page.headers.first(name: .eTag))
            let again = try await citizen.send(.GET, portalURL, contentType: nil, body: ByteBuffer(), headers: ["If-None-Match": tag])
            #expect(again.status == .notModified)
            #expect(try await citizen.get("/agencies/\(agency)").text(ofID: "annual-reports")?.contains("\(year)年度报告") == true)

            let docx = try await citizen.get(portalURL + "/docx")
            #expect(docx.status == .ok)
            #expect(docx.bytes.starts(with: Data([0x50, 0x4B, 0x03, 0x04])))
            let snapshot = try #require(try await PublishedReports(server.services).latest(agencyID: agency, year: year))
            let model = try PublishedReports.report(of: snapshot)
            let (read, findings) = try Self.check(docx.bytes, name: "report.docx")
            #expect(findings.isEmpty, "gongkai check of the published DOCX: \(findings.map { "\($0.code) \($0.message)" })")
            #expect(read.canonicalJSON() == model.canonicalJSON(), "the DOCX does not read back as the published model")
            let json = try await citizen.get(portalURL + "/json")
            #expect(String(decoding: json.bytes, as: UTF8.self).trimmingCharacters(in: .newlines) == snapshot.reportJSON)
            #expect(snapshot.contentHash == AnnualReportDraft.hash(snapshot.reportJSON))

            // The staff home shows the report as published.
            #expect(try await handler.get("/staff").text(ofID: "report-countdown")?.contains("已发布第1版") == true)
            // Every step is in the audit log.
            let steps = try await AuditLogModel.query(on: server.app.db).filter(\.$entity == "annual_report").all().map(\.action)
            #expect(steps == ["submit", "review", "sign", "publish"], "audit log: \(steps)")
        }
    }

    @Test("a published snapshot cannot be updated or deleted, even in SQL", arguments: TestBackend.available)
    func snapshotIsImmutable(backend: TestBackend) async throws {
        try await TestServer.with(backend) { server in
            let year = server.clock.appClock.today.year - 1
            try await Self.publish(year: year, by: try await Officers(server))
            let sql = server.app.db as! any SQLDatabase
            await #expect(throws: (any Error).self) {
                try await sql.raw("UPDATE published_reports SET report_json = '{}'").run()
            }
            await #expect(throws: (any Error).self) {
                try await sql.raw("DELETE FROM published_reports").run()
            }
            let count = try await PublishedReportModel.query(on: server.app.db).count()
            #expect(count == 1)
        }
    }

    @Test("a 更正 is a new version with its 更正说明; the first is kept and listed; a returned report needs a reason", arguments: TestBackend.available)
    func correction(backend: TestBackend) async throws {
        try await TestServer.with(backend) { server in
            let year = server.clock.appClock.today.year - 1
            let agency = server.homeAgencyID
            let officers = try await Officers(server)
            let (handler, reviewer, head) = (officers.handler, officers.reviewer, officers.head)
            try await Self.publish(year: year, by: officers)
            let base = Self.publishURL(year)
            // Unchanged content is not a correction.
            #expect(try await handler.post(base + "/submit", []).status == .unprocessableEntity)

            // Section 一 given a figure that disagrees with table 3: a warning, shown, not blocking.
            let texts = try await ReportSections(server.services).texts(agencyID: agency, year: year)
            let wrong = (texts[1] ?? "") + "\n\(year)年，本局共受理政府信息公开申请99999件。"
            let saved = try await handler.post(
                "/staff/reports/\(year)/sections", [("section1", wrong), ("section5", texts[5] ?? ""), ("section6", texts[6] ?? "")])
            #expect(saved.status == .seeOther)
            let panel = try await handler.get(base).text(ofID: "findings-panel") ?? ""
            #expect(panel.contains("TEXT_TABLE_MISMATCH") && panel.contains("99999"), "findings panel: \(panel)")
            #expect(try await handler.get("/staff/reports/\(year)").text(ofID: "findings-panel")?.contains("TEXT_TABLE_MISMATCH") == true)

            // Returned without a reason: refused; with one: back to 起草中 with the reason shown.
            #expect(try await handler.post(base + "/submit", []).status == .seeOther)
            #expect(try await reviewer.post(base + "/return", [("reason", "")]).status == .unprocessableEntity)
            #expect(try await reviewer.post(base + "/return", [("reason", "第五部分的数字与表三不符")]).status == .seeOther)
            #expect(try await handler.get(base).text(ofID: "return-reason") == "第五部分的数字与表三不符")

            #expect(try await handler.post(base + "/submit", []).status == .seeOther)
            #expect(try await reviewer.post(base + "/pass", []).status == .seeOther)
            #expect(try await head.post(base + "/sign", []).status == .seeOther)
            let noNote = try await head.post(base + "/release", [])
            #expect(noNote.status == .unprocessableEntity)
            #expect(noNote.text.contains("更正须填写更正说明"))
            #expect(try await head.post(base + "/release", [("correctionNote", "更正第一部分的表述。")]).status == .seeOther)

            let citizen = server.client()
            let newest = try await citizen.get("/agencies/\(agency)/reports/\(year)")
            #expect(newest.text(ofID: "correction-note")?.contains("更正第一部分的表述。") == true)
            #expect(newest.text(ofID: "report-versions")?.contains("第1版（已更正）") == true)
            #expect(newest.text.contains("99999"))
            let first = try await citizen.get("/agencies/\(agency)/reports/\(year)?version=1")
            #expect(first.status == .ok)
            #expect(first.text(ofID: "superseded") != nil)
            #expect(!first.text.contains("99999"))
            #expect(try await citizen.get("/agencies/\(agency)/reports/\(year)?version=3").status == .notFound)
            let v1docx = try await citizen.get("/agencies/\(agency)/reports/\(year)/docx?version=1")
            #expect(try Self.check(v1docx.bytes, name: "v1.docx").findings.isEmpty)
            #expect(try await PublishedReportModel.query(on: server.app.db).count() == 2)
        }
    }

    @Test("the reviewer is never the submitter; another agency sees nothing; errors block signing", arguments: TestBackend.available)
    func rules(backend: TestBackend) async throws {
        try await TestServer.with(backend) { server in
            let year = server.clock.appClock.today.year - 1
            let agency = server.homeAgencyID
            let workflow = ReportWorkflow(server.services)
            let officer = Officer(userID: UUID(), actor: "两岗合一（test）")
            try await workflow.submit(agencyID: agency, year: year, officer: officer, revision: nil)
            await #expect(throws: ReportWorkflowError.reviewerIsSubmitter) {
                try await workflow.pass(agencyID: agency, year: year, officer: officer, revision: nil)
            }
            await #expect(throws: ReportWorkflowError.stale) {
                try await workflow.pass(agencyID: agency, year: year, officer: Officer(userID: UUID(), actor: "审核（test）"), revision: 0)
            }
            // The year under way cannot be reported on yet.
            await #expect(throws: ReportWorkflowError.yearNotOver(year + 1)) {
                try await workflow.submit(agencyID: agency, year: year + 1, officer: officer, revision: nil)
            }
            // Another agency's workflow is its own: nothing submitted there.
            #expect(try await workflow.state(agencyID: server.otherAgencyID, year: year) == nil)

            // A model with blank cells has error findings, which the workflow refuses to sign or publish.
            let blank = Report.skeleton(template: .v2021, year: year, agency: "江东市教育局")
            let draft = AnnualReportDraft(report: blank, previous: nil)
            #expect(!draft.blocking.isEmpty)
            #expect(throws: ReportWorkflowError.self) { try ReportWorkflow.refuseErrors(draft) }
        }
    }

    @Test("the region's supervision board shows a report published on the platform as 已发布, its snapshot checked", arguments: TestBackend.available)
    func supervisionBoard(backend: TestBackend) async throws {
        try await TestServer.with(backend) { server in
            let year = server.clock.appClock.today.year - 1
            // 20 January: before the 第四十九条 date of 31 January, so the report is on time.
            server.clock.advance(by: -49 * 86_400)
            #expect(server.clock.appClock.today.description == "\(year + 1)-01-20")
            let office = try await server.client(signedInAs: PlatformDemo.supervisor.username)
            let before = try await office.get("/staff/supervision/\(year)")
            #expect(before.status == .ok)
            #expect(SupervisionFixtures.row(before, "江东市教育局")?.contains("已发布") != true)
            try await Self.publish(year: year, by: try await Officers(server))
            let after = try await office.get("/staff/supervision/\(year)")
            let row = try #require(SupervisionFixtures.row(after, "江东市教育局"), "no row for 江东市教育局")
            #expect(row.contains("|已发布|"), "board row: \(row)")
            // Checked like an upload: no error in the published report.
            #expect(row.contains("|已发布|\(year + 1)年1月31日|0|0|"), "board row: \(row)")
        }
    }

    @Test("the JSON API lists the published reports (own agency; a 督办's region) and returns a version's canonical JSON", arguments: TestBackend.available)
    func api(backend: TestBackend) async throws {
        try await TestServer.with(backend) { server in
            let year = server.clock.appClock.today.year - 1
            try await Self.publish(year: year, by: try await Officers(server))
            let snapshot = try #require(try await PublishedReports(server.services).latest(agencyID: server.homeAgencyID, year: year))
            let own = try await APITests.token(server, roles: [.handler], agency: "江东市教育局")
            let list = try await APITests.call(server, .GET, "/api/v1/published-reports?year=\(year)", token: own)
            #expect(list.status == .ok, "\(list.text.prefix(300))")
            let items = try #require(list.json["items"] as? [[String: Any]])
            #expect(items.count == 1 && items.first?["version"] as? Int == 1 && items.first?["agency"] as? String == "江东市教育局")
            let id = try #require(items.first?["id"] as? String)
            let one = try await APITests.call(server, .GET, "/api/v1/published-reports/\(id)", token: own)
            #expect(one.status == .ok)
            let report = try #require(one.json["report"] as? [String: Any])
            let reread = try Report(canonicalJSON: String(decoding: try JSONSerialization.data(withJSONObject: report), as: UTF8.self))
            #expect(reread.canonicalJSON() == snapshot.reportJSON)

            // Another agency's token sees none of it; the city's 督办 sees it on its region's list.
            let other = try await APITests.token(server, roles: [.handler], agency: "江东市生态环境局")
            #expect((try await APITests.call(server, .GET, "/api/v1/published-reports", token: other).json["items"] as? [Any])?.isEmpty == true)
            #expect(try await APITests.call(server, .GET, "/api/v1/published-reports/\(id)", token: other).status == .notFound)
            let supervisor = try await APITests.token(server, roles: [.supervisor], agency: PlatformDemo.supervisingAgency)
            let region = try await APITests.call(server, .GET, "/api/v1/published-reports", token: supervisor)
            #expect((region.json["items"] as? [[String: Any]])?.contains { $0["id"] as? String == id } == true, "\(region.text.prefix(300))")
        }
    }

    @Test("the PDF is made once from the published Word file and `gongkai parse` of it equals the model", .enabled(if: LibreOffice().isInstalled && ExternalTool(name: "pdftotext", package: "poppler-utils").locate() != nil), arguments: [TestBackend.sqlite])
    func pdfRoundTrip(backend: TestBackend) async throws {
        try await TestServer.with(backend) { server in
            let year = server.clock.appClock.today.year - 1
            try await Self.publish(year: year, by: try await Officers(server))
            let citizen = server.client()
            let pdf = try await citizen.get("/agencies/\(server.homeAgencyID)/reports/\(year)/pdf")
            #expect(pdf.status == .ok)
            #expect(pdf.bytes.starts(with: Data("%PDF-".utf8)))
            let snapshot = try #require(try await PublishedReports(server.services).latest(agencyID: server.homeAgencyID, year: year))
            let (read, findings) = try Self.check(pdf.bytes, name: "report.pdf")
            #expect(findings.isEmpty, "gongkai check of the PDF: \(findings.map { "\($0.code) \($0.message)" })")
            #expect(read.canonicalJSON() == snapshot.reportJSON, "the PDF does not parse back as the published model")
            #expect(try await PublishedReportFileModel.query(on: server.app.db).count() == 1)
            #expect(try await citizen.get("/agencies/\(server.homeAgencyID)/reports/\(year)/pdf").bytes == pdf.bytes)
        }
    }
}
