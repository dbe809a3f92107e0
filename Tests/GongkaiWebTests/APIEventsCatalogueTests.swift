import Fluent
import Foundation
import GongkaiApp
import GongkaiCore
import Testing
import Vapor

@testable import GongkaiWeb

/// The API's request events and catalogue: recording exactly the events the case page offers,
/// through the same service (a 补正告知书 is issued as on the web), roles as on the web,
/// stale versions and refused events as 409 with their own codes, another agency's ids not
/// found; the catalogue as the portal shows it.
@Suite("JSON API: request events and the catalogue")
struct APIEventsCatalogueTests {
    typealias API = APITests

    /// An open request of `agencyID` on which `tag` may be recorded today.
    static func request(_ server: TestServer, agencyID: UUID, allowing tag: RequestEventTag) async throws -> (UUID, DisclosureRequest) {
        let rows = try await RequestModel.query(on: server.app.db).filter(\.$agency.$id == agencyID).filter(\.$closedOn == nil).all()
        for row in rows {
            let core = try await CaseService(server.services).request(try row.requireID())
            if CaseActions.allowed(for: core, today: server.clock.appClock.today).contains(tag) { return (try row.requireID(), core) }
        }
        throw Abort(.notFound, reason: "no open request allows \(tag)")
    }

    static func json(_ object: [String: Any]) throws -> Data { try JSONSerialization.data(withJSONObject: object) }

    @Test("events: the history and allowed list; a correction recorded with its letter; refused and stale events are 409", arguments: TestBackend.available)
    func events(backend: TestBackend) async throws {
        try await TestServer.with(backend) { server in
            let handler = try await API.token(server, roles: [.handler], agency: TestServer.homeAgencyName)
            let (id, core) = try await Self.request(server, agencyID: server.homeAgencyID, allowing: .correctionRequested)
            let path = "/api/v1/requests/\(id.uuidString)/events"

            let read = try await API.call(server, .GET, path, token: handler)
            #expect(read.status == .ok, "\(read.text.prefix(300))")
            #expect(read.json["version"] as? Int == core.events.count)
            let allowed = (read.json["allowed"] as? [[String: Any]] ?? []).compactMap { $0["type"] as? String }
            let expected = CaseActions.allowed(for: core, today: server.clock.appClock.today).filter { $0 != .replied }.map(\.rawValue)
            #expect(allowed == expected)
            #expect(!allowed.contains("replied"))

            let due = server.clock.appClock.today.adding(days: 15).description
            let body = try Self.json(["type": "correctionRequested", "version": core.events.count, "correctionDue": due, "note": "请补充申请人身份证明\n请明确所需信息的年份"])
            let recorded = try await API.call(server, .POST, path, token: handler, body: body, contentType: "application/json")
            #expect(recorded.status == .created, "\(recorded.text.prefix(400))")
            #expect((recorded.json["event"] as? [String: Any])?["type"] as? String == "correctionRequested")
            #expect(recorded.json["version"] as? Int == core.events.count + 1)
            #expect(((recorded.json["request"] as? [String: Any])?["phase"] as? String)?.isEmpty == false)
            let after = try await CaseService(server.services).request(id)
            #expect(after.events.count == core.events.count + 1)
            #expect(after.events.last?.kind.tag == .correctionRequested)
            // The same service as the web: the 补正告知书 is issued with the event.
            let letters = try await LetterModel.query(on: server.app.db).filter(\.$request.$id == id).all()
            #expect(letters.contains { $0.kind == LetterKind.correction.rawValue }, "\(letters.map(\.kind))")

            // The same version again: someone (this call) recorded in between.
            let stale = try await API.call(server, .POST, path, token: handler, body: body, contentType: "application/json")
            #expect(stale.status == .conflict && stale.json["code"] as? String == "stale_version", "\(stale.text)")
            // Not allowed in the new state (a correction is already out): 409 with what is allowed.
            let again = try Self.json(["type": "correctionRequested", "correctionDue": due, "note": "再次补正"])
            let refused = try await API.call(server, .POST, path, token: handler, body: again, contentType: "application/json")
            #expect(refused.status == .conflict && refused.json["code"] as? String == "event_not_allowed", "\(refused.text)")
            #expect((refused.json["message"] as? String)?.contains("补正通知") == true)
            let reply = try await API.call(server, .POST, path, token: handler, body: try Self.json(["type": "replied"]), contentType: "application/json")
            #expect(reply.status == .conflict && (reply.json["message"] as? String)?.contains("签发") == true)
            #expect(try await CaseService(server.services).request(id).events.count == core.events.count + 1)
        }
    }

    @Test("events: roles as on the web, another agency's request not found, bad input named", arguments: [TestBackend.sqlite])
    func eventRules(backend: TestBackend) async throws {
        try await TestServer.with(backend) { server in
            let handler = try await API.token(server, roles: [.handler], agency: TestServer.homeAgencyName)
            let head = try await API.token(server, roles: [.head], agency: TestServer.homeAgencyName)
            let reviewer = try await API.token(server, roles: [.reviewer], agency: TestServer.homeAgencyName)
            let supervisor = try await API.token(server, roles: [.supervisor], agency: PlatformDemo.supervisingAgency)
            let (id, core) = try await Self.request(server, agencyID: server.homeAgencyID, allowing: .extensionApproved)
            let path = "/api/v1/requests/\(id.uuidString)/events"
            let extend = try Self.json(["type": "extensionApproved", "days": 10, "approvedBy": "张负责"])

            // A reviewer reads but records nothing; a 督办 does neither; an extension needs the 负责人.
            #expect(try await API.call(server, .GET, path, token: reviewer).status == .ok)
            let byReviewer = try await API.call(server, .POST, path, token: reviewer, body: extend, contentType: "application/json")
            #expect(byReviewer.status == .forbidden && byReviewer.json["code"] as? String == "forbidden")
            #expect(try await API.call(server, .GET, path, token: supervisor).status == .forbidden)
            // A board year beyond the document's bounds is malformed, not a crash (schemathesis found it).
            let farYear = try await API.call(server, .GET, "/api/v1/board/115720", token: supervisor)
            #expect(farYear.status == .badRequest && farYear.json["code"] as? String == "bad_request")
            #expect(try await API.call(server, .POST, path, token: handler, body: extend, contentType: "application/json").status == .forbidden)
            let approved = try await API.call(server, .POST, path, token: head, body: extend, contentType: "application/json")
            #expect(approved.status == .created, "\(approved.text.prefix(300))")
            let after = try await CaseService(server.services).request(id)
            guard case .extensionApproved(let approval) = after.events.last?.kind else {
                Issue.record("no extension recorded: \(after.events.map(\.kind.tag))")
                return
            }
            #expect(approval.days == 10 && approval.approvedBy == "张负责")

            // Another agency's request: not found, and nothing recorded there.
            let (otherID, otherCore) = try await Self.request(server, agencyID: server.otherAgencyID, allowing: .withdrawn)
            let otherPath = "/api/v1/requests/\(otherID.uuidString)/events"
            #expect(try await API.call(server, .GET, otherPath, token: handler).status == .notFound)
            let withdraw = try Self.json(["type": "withdrawn"])
            #expect(try await API.call(server, .POST, otherPath, token: handler, body: withdraw, contentType: "application/json").status == .notFound)
            #expect(try await CaseService(server.services).request(otherID).events.count == otherCore.events.count)

            // Bad input: an unknown type is malformed (400); a bad date is named (422); days out of range.
            let unknown = try await API.call(server, .POST, path, token: handler, body: try Self.json(["type": "closed"]), contentType: "application/json")
            #expect(unknown.status == .badRequest && unknown.json["code"] as? String == "bad_request")
            let (openID, _) = try await Self.request(server, agencyID: server.homeAgencyID, allowing: .correctionRequested)
            let badDate = try await API.call(
                server, .POST, "/api/v1/requests/\(openID.uuidString)/events", token: handler,
                body: try Self.json(["type": "correctionRequested", "date": "昨天", "correctionDue": "下周", "note": "补正"]),
                contentType: "application/json")
            #expect(badDate.status == .unprocessableEntity && badDate.json["code"] as? String == "invalid_input", "\(badDate.text)")
            let fields = Set((badDate.json["problems"] as? [[String: String]] ?? []).compactMap { $0["field"] })
            #expect(fields == ["date", "correctionDue"])
            #expect(try await API.call(server, .POST, "/api/v1/requests/x/events", token: handler, body: withdraw, contentType: "application/json").status == .notFound)
            _ = core
        }
    }

    @Test("catalogue: published items only, search and filters as on the portal, any agency's public items", arguments: TestBackend.available)
    func catalogue(backend: TestBackend) async throws {
        try await TestServer.with(backend) { server in
            let supervisor = try await API.token(server, roles: [.supervisor], agency: PlatformDemo.supervisingAgency)
            let handler = try await API.token(server, roles: [.handler], agency: TestServer.homeAgencyName)
            let today = server.clock.appClock.today
            let listing = CatalogueListing(server.services)
            let portal = try await listing.portalPage(agencyID: server.homeAgencyID, today: today, filter: .init(), page: 1, pageSize: 100)
            #expect(portal.total > 2)

            let list = try await API.call(server, .GET, "/api/v1/catalogue?pageSize=100", token: handler)
            #expect(list.status == .ok, "\(list.text.prefix(300))")
            #expect(list.json["total"] as? Int == portal.total)
            let ids = (list.json["items"] as? [[String: Any]] ?? []).compactMap { $0["id"] as? String }
            #expect(ids == portal.items.map { $0.id!.uuidString })
            // Another agency's token (a 督办's: any role) reads the same public catalogue by its agency id.
            let public_ = try await API.call(server, .GET, "/api/v1/catalogue?pageSize=100&agency=\(server.homeAgencyID.uuidString)", token: supervisor)
            #expect(public_.status == .ok && public_.json["total"] as? Int == portal.total)

            // Search and filters give the portal's results.
            let first = try #require(portal.items.first)
            let word = String(first.title.prefix(2))
            let searched = try await listing.portalPage(agencyID: server.homeAgencyID, today: today, filter: .init(query: word), page: 1)
            let found = try await API.call(
                server, .GET, "/api/v1/catalogue?q=\(word.addingPercentEncoding(withAllowedCharacters: .alphanumerics)!)", token: handler)
            #expect(found.json["total"] as? Int == searched.total && searched.total > 0)
            let genre = first.genre
            let filtered = try await listing.portalPage(agencyID: server.homeAgencyID, today: today, filter: .init(genre: genre), page: 1)
            let byGenre = try await API.call(
                server, .GET, "/api/v1/catalogue?genre=\(genre.addingPercentEncoding(withAllowedCharacters: .alphanumerics)!)", token: handler)
            #expect(byGenre.json["total"] as? Int == filtered.total)
            #expect((byGenre.json["genres"] as? [[String: Any]])?.isEmpty == false)

            // One item with its text; a draft (own agency or not) is not found; a bad id is not found.
            let item = try await API.call(server, .GET, "/api/v1/catalogue/\(first.id!.uuidString)", token: supervisor)
            #expect(item.status == .ok, "\(item.text.prefix(300))")
            #expect(item.json["title"] as? String == first.title && item.json["indexNumber"] as? String == first.indexNumber)
            #expect((item.json["paragraphs"] as? [String]) == CatalogueText.paragraphs(first.body))
            let draft = try await server.draftCatalogueItem(agencyID: server.homeAgencyID, title: "尚未发布的草稿")
            #expect(try await API.call(server, .GET, "/api/v1/catalogue/\(draft.uuidString)", token: handler).status == .notFound)
            let draftList = try await API.call(server, .GET, "/api/v1/catalogue?q=%E8%8D%89%E7%A8%BF", token: handler)
            #expect(!draftList.text.contains("尚未发布的草稿"))
            #expect(try await API.call(server, .GET, "/api/v1/catalogue/not-an-id", token: handler).status == .notFound)
            #expect(try await API.call(server, .GET, "/api/v1/catalogue?agency=\(UUID().uuidString)", token: handler).status == .notFound)
            // Bad input: out-of-range paging is malformed; no token is unauthorized.
            let badPage = try await API.call(server, .GET, "/api/v1/catalogue?year=abc", token: handler)
            #expect(badPage.status == .badRequest && badPage.json["code"] as? String == "bad_request")
            #expect(try await API.call(server, .GET, "/api/v1/catalogue", token: nil).status == .unauthorized)
        }
    }
}
