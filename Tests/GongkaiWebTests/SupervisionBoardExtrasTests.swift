import Fluent
import Foundation
import GongkaiApp
import GongkaiCore
import Testing
import Vapor

@testable import GongkaiWeb

/// The board's later parts: TEXT_COPIED across years from stored results, the scoring scheme
/// set on the web and used by the ranking and the export, the region's sums with the drill-down
/// to each agency's value and its file as received.
@Suite("Supervision: text copied across years, the scoring scheme, drill-down from the sums")
struct SupervisionBoardExtrasTests {
    static func scope(_ server: TestServer) async throws -> RegionModel {
        let office = try #require(try await AgencyModel.query(on: server.app.db).filter(\.$name == PlatformDemo.supervisingAgency).first())
        return try await RegionDirectory(server.services).region(ofAgency: office.requireID())
    }

    @Test("a report repeating last year's text: TEXT_COPIED on the board and fewer points for originality", arguments: TestBackend.available)
    func textCopied(backend: TestBackend) async throws {
        try await TestServer.with(backend) { server in
            let year = server.clock.appClock.today.year - 1
            let office = try await server.client(signedInAs: PlatformDemo.supervisor.username)
            // The demo's 江东市人民政府办公室 repeats its report of the year before.
            let board = try await office.get("/staff/supervision/\(year)")
            let row = try #require(SupervisionFixtures.row(board, "江东市人民政府办公室"))
            let drawn = try await SupervisionBoardService(server.services).board(scope: try await Self.scope(server), year: year, asOf: server.clock.appClock.today)
            let line = try #require(drawn.board.status(of: AgencyID("江东市人民政府办公室")))
            let copies = line.findings.filter { $0.code == .textCopied }
            #expect(!copies.isEmpty, "\(line.findings.map(\.code.rawValue))")
            #expect(copies.allSatisfy { $0.severity == .warning && $0.message.contains("\(year - 1)") })
            #expect(row.contains("|\(line.count(.warning))|"), "\(row)")
            let score = try #require(drawn.board.ranking.first { $0.agency == AgencyID("江东市人民政府办公室") }).score
            #expect(score.copiedSections == copies.count && score.originality == max(0, 10 - 5 * Double(copies.count)))
            // An agency with no report of the year before has none.
            let alone = try #require(drawn.board.status(of: AgencyID("江东市教育局")))
            #expect(alone.report != nil && !alone.findings.contains { $0.code == .textCopied })
        }
    }

    @Test("the scoring scheme: Chinese field errors, saved per region, used by the board, ranking and export; reset", arguments: TestBackend.available)
    func scoring(backend: TestBackend) async throws {
        try await TestServer.with(backend) { server in
            let year = server.clock.appClock.today.year - 1
            let office = try await server.client(signedInAs: PlatformDemo.supervisor.username)
            let page = try await office.get("/staff/supervision/scoring")
            #expect(page.status == .ok && page.text.contains("默认方案"))
            let before = try await office.get("/staff/supervision/\(year)/board.xlsx")

            var form = try page.form(action: "/staff/supervision/scoring")
            form.fill(["lateCredit": "1.5", "perError": "三分", "accuracy": "-5"])
            let refused = try await office.submit(form)
            #expect(refused.status == .unprocessableEntity)
            for message in ["比例，应在 0 到 1 之间", "应填写数字", "不能为负数"] { #expect(refused.text.contains(message), "\(message)") }
            #expect(refused.html.contains("value=\"三分\""), "the input is kept")
            #expect(try await ScoringSchemeModel.query(on: server.app.db).count() == 0)

            // Only 要素齐全 counts: 10 points per statutory part present.
            form = try page.form(action: "/staff/supervision/scoring")
            form.fill(["onTime": "0", "completeness": "90", "accuracy": "0", "conformity": "0", "originality": "0"])
            let saved = try await office.submit(form)
            #expect(saved.status == .seeOther)
            #expect(try await office.follow(saved).text.contains("满分 90 分"))
            let scope = try await Self.scope(server)
            let drawn = try await SupervisionBoardService(server.services).board(scope: scope, year: year, asOf: server.clock.appClock.today)
            #expect(drawn.board.scheme.completeness == 90 && drawn.board.scheme.onTime == 0)
            for ranked in drawn.board.ranking where drawn.board.status(of: ranked.agency)?.status != .missing {
                #expect(ranked.score.total == Double(ranked.score.partsPresent * 10))
            }
            let board = try await office.get("/staff/supervision/\(year)")
            let top = try #require(drawn.board.ranking.first)
            #expect(board.text.contains(String(format: "%.1f", top.score.total)))
            // The export is the board drawn with the stored scheme.
            let after = try await office.get("/staff/supervision/\(year)/board.xlsx")
            #expect([UInt8](after.bytes) == (try drawn.board.workbook()))
            #expect(after.bytes != before.bytes)
            // A county below without a scheme of its own inherits the city's.
            let donghu = try #require(try await RegionModel.query(on: server.app.db).filter(\.$name == "东湖区").first())
            let inherited = try await ScoringSchemes(server.services).effective(for: donghu)
            #expect(inherited.scheme.completeness == 90 && inherited.setBy?.id == scope.id)
            let audit = try await AuditLogModel.query(on: server.app.db).filter(\.$entity == "scoringScheme").all()
            #expect(audit.count == 1)

            let reset = try await office.submit(try (try await office.get("/staff/supervision/scoring")).form(where: "reset", is: "1"))
            #expect(reset.status == .seeOther)
            #expect(try await ScoringSchemes(server.services).effective(for: scope).setBy == nil)
        }
    }

    @Test("the region's sums link every cell to each agency's value and its file as received", arguments: TestBackend.available)
    func drillDown(backend: TestBackend) async throws {
        try await TestServer.with(backend) { server in
            let year = server.clock.appClock.today.year - 1
            let office = try await server.client(signedInAs: PlatformDemo.supervisor.username)
            let board = try await office.get("/staff/supervision/\(year)")
            #expect(board.html.contains("/staff/supervision/\(year)/sums"))
            let sums = try await office.get("/staff/supervision/\(year)/sums")
            #expect(sums.status == .ok)
            let drawn = try await SupervisionBoardService(server.services).board(scope: try await Self.scope(server), year: year, asOf: server.clock.appClock.today)
            let total = try #require(drawn.board.aggregate.table(.requests)[Templates.Row.total, 6]?.sum)
            let path = "requests.total[6]"
            #expect(sums.html.contains("data-cell=\"\(path)\""))
            let link = "/staff/supervision/\(year)/sums/requests.total%5B6%5D"
            #expect(sums.html.contains(link))

            let cell = try await office.get(link)
            #expect(cell.status == .ok)
            #expect(cell.text.contains("：\(total.description)"))
            let contributions = drawn.board.aggregate.contributions(.requests, row: Templates.Row.total, column: 6)
            #expect(!contributions.isEmpty)
            var added = 0
            for contribution in contributions {
                let row = try #require(SupervisionFixtures.row(cell, contribution.agency.rawValue), "\(contribution.agency) not listed")
                #expect(row.contains("|\(contribution.value?.description ?? "空白")|"), "\(row)")
                added += contribution.value.map { Int($0.description) ?? 0 } ?? 0
            }
            #expect(total.description == String(added))

            // Each agency's file, as received (the bytes and hash stored at upload).
            let fileLink = try #require(
                cell.html.range(of: "/staff/supervision/files/[0-9A-F-]{36}", options: .regularExpression).map { String(cell.html[$0]) })
            let download = try await office.get(fileLink)
            #expect(download.status == .ok && download.headers.first(name: .contentDisposition)?.hasPrefix("attachment") == true)
            let id = try #require(UUID(uuidString: String(fileLink.suffix(36))))
            let file = try #require(try await SupervisionFileModel.find(id, on: server.app.db))
            #expect(SupervisionUploads.sha256([UInt8](download.bytes)) == file.sha256)

            // A cell that is not one: not found.
            #expect(try await office.get("/staff/supervision/\(year)/sums/requests.nothing%5B3%5D").status == .notFound)
            #expect(try await office.get("/staff/supervision/\(year)/sums/requests.total%5B99%5D").status == .notFound)
            #expect(try await office.get("/staff/supervision/files/\(UUID().uuidString)").status == .notFound)
        }
    }
}
