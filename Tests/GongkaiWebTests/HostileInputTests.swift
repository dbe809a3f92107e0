import Fluent
import Foundation
import GongkaiApp
import GongkaiCore
import Testing

@testable import GongkaiWeb

/// Markup and SQL typed into every text field: stored exactly as typed, shown escaped on every
/// page that displays it (portal and console), refused with the field named where the field has
/// a format.
@Suite("Hostile input: stored literally, rendered escaped")
struct HostileInputTests {
    @Test("the portal's request form, from filing to the case page", arguments: TestBackend.available)
    func requestForm(backend: TestBackend) async throws {
        try await TestServer.with(backend) { server in
            let citizen = server.client()
            let applyPath = "/agencies/\(server.homeAgencyID)/apply"
            var form = try await citizen.get(applyPath).form(action: applyPath)
            form.choose("applicantKind", "naturalPerson")
            form.choose("idKind", "passport")
            form.fill([
                "name": Fixtures.hostile, "idNumber": Fixtures.hostile, "phone": Fixtures.hostile, "address": Fixtures.hostile,
                "email": "\(Fixtures.script)@example.cn", "content": Fixtures.hostile,
            ])
            form.choose("deliveryForm", "electronic")
            let receipt = try await citizen.submit(form)
            Expect.status(receipt, 200, "filing with hostile text")
            Expect.escaped(receipt, shows: Fixtures.hostile, "receipt")
            let caseNumber = try #require(receipt.text(ofID: "case-number"))

            let stored = try #require(try await PortalSubmissionModel.query(on: server.app.db).filter(\.$caseNumber == caseNumber).first())
            #expect(stored.content == Fixtures.hostile)
            guard case .naturalPerson(let person)? = try PortalService(server.services).applicant(of: stored) else {
                Issue.record("the applicant is not stored as a natural person")
                return
            }
            #expect(person.name == Fixtures.hostile)
            #expect(person.contact.phone == Fixtures.hostile)
            #expect(person.contact.address == Fixtures.hostile)
            #expect(person.contact.email == "\(Fixtures.script)@example.cn")
            // Document numbers are kept as the core normalises them: upper case, no spaces.
            #expect(person.idDocument.number == Fixtures.hostile.uppercased().filter { !$0.isWhitespace })

            let officer = try await server.client(signedInAs: "jingban")
            let queue = try await officer.get("/staff")
            #expect(!queue.html.contains(Fixtures.script), "raw markup in the queue")
            let submissionPage = try await officer.get("/staff/submissions/\(try stored.requireID())")
            Expect.escaped(submissionPage, shows: Fixtures.hostile, "pending submission page")
            let confirmed = try await officer.follow(try await officer.submit(try submissionPage.form(action: "/staff/submissions/\(try stored.requireID())/confirm")))
            Expect.status(confirmed, 200, "case page after confirming")
            Expect.escaped(confirmed, shows: Fixtures.hostile, "case page")
            #expect(confirmed.text.contains("申请人"))

            // SQL in the lookup form is a number that does not exist, like any other.
            let refused = try await citizen.lookUp(caseNumber: Fixtures.sqlInjection, queryCode: Fixtures.sqlInjection)
            Expect.status(refused, 422, "lookup with SQL")
            #expect(refused.text.contains("申请编号或查询码不正确"))
            #expect(refused.forms.first { $0.action == "/status" }?["caseNumber"] == Fixtures.sqlInjection, "the number typed is not kept")
        }
    }

    @Test("a field with a format refuses hostile text, names the field and keeps the input", arguments: TestBackend.available)
    func formattedFieldRefused(backend: TestBackend) async throws {
        try await TestServer.with(backend) { server in
            let citizen = server.client()
            let applyPath = "/agencies/\(server.homeAgencyID)/apply"
            var form = try await citizen.requestForm(agencyID: server.homeAgencyID, citizen: Fixtures.citizen(3), delivery: "paper")
            form.fill(["idNumber": Fixtures.hostile, "content": Fixtures.hostile])
            let before = try await server.rowCounts(excluding: TestServer.bookkeeping)
            let page = try await citizen.submit(form)
            Expect.status(page, 422, "居民身份证 number with markup")
            #expect(Expect.fieldError(page, id: "idNumber") != nil, "the ID number field is not marked")
            let again = try #require(page.forms.first { $0.action == applyPath })
            #expect(again["idNumber"] == Fixtures.hostile, "the input is not kept")
            #expect(again["content"] == Fixtures.hostile, "the description is not kept")
            #expect(again["name"] == Fixtures.citizen(3).name)
            #expect(!page.html.contains(Fixtures.script))
            #expect(try await server.rowCounts(excluding: TestServer.bookkeeping) == before, "a refused form stored something")
        }
    }

    @Test("the console's forms: notes, replies, reviews, agency page, users, records, registration", arguments: TestBackend.available)
    func staffForms(backend: TestBackend) async throws {
        try await TestServer.with(backend) { server in
            let filed = try await server.fileRequest(agencyID: server.homeAgencyID)
            let requestID = try await server.confirm(filed.submissionID, agencyID: server.homeAgencyID)
            let casePath = "/staff/cases/\(requestID)"
            let handler = try await server.client(signedInAs: "jingban")

            // 补正告知 with a hostile note.
            var correction = try await handler.get(casePath).form(where: "action", is: "correctionRequested")
            correction.fill("note", Fixtures.hostile)
            Expect.status(try await handler.submit(correction), 303, "补正告知")
            Expect.escaped(try await handler.get(casePath), shows: Fixtures.hostile, "event note on the case page")
            let event = try #require(try await RequestEventModel.query(on: server.app.db).filter(\.$request.$id == requestID).first())
            #expect(try event.toCore().note == Fixtures.hostile)

            // A reply drafted with hostile reasons (on another request: none is drafted while a
            // 补正 is awaited), sent back by the reviewer with a hostile note.
            let other = try await server.fileRequest(agencyID: server.homeAgencyID, citizen: Fixtures.citizen(4))
            let otherID = try await server.confirm(other.submissionID, agencyID: server.homeAgencyID)
            let otherPath = "/staff/cases/\(otherID)"
            var draft = try await handler.get(otherPath).form(action: "\(otherPath)/drafts")
            draft.choose("reply", "withheld.stateSecret")
            draft.fill("reasons", Fixtures.hostile)
            Expect.status(try await handler.submit(draft), 303, "drafting")
            let reviewer = try await server.client(signedInAs: "shenhe")
            let reviewPage = try await reviewer.get(otherPath)
            Expect.escaped(reviewPage, shows: Fixtures.hostile, "draft reasons")
            var decision = try #require(reviewPage.forms.first { $0.action.hasSuffix("/decision") })
            decision.fill("note", Fixtures.hostile + " 退回")
            Expect.status(try await reviewer.submit(decision, button: ("decision", "reject")), 303, "sending back")
            Expect.escaped(try await handler.get(otherPath), shows: Fixtures.hostile + " 退回", "review note")
            let storedDraft = try #require(try await ReplyDraftModel.query(on: server.app.db).filter(\.$request.$id == otherID).first())
            #expect(storedDraft.reasons == Fixtures.hostile)
            #expect(storedDraft.reviewNote == Fixtures.hostile + " 退回")

            // The agency page, shown on the public portal. A minute later, so that the audit log
            // (newest first) lists the administrator's changes before the demo's thousands.
            server.clock.advance(by: 60)
            let admin = try await server.client(signedInAs: "guanli")
            var profile = try await admin.get("/staff/admin/agency").form(action: "/staff/admin/agency")
            for field in ["acceptingOffice", "address", "officeHours", "phone", "fax", "reconsiderationBody", "court"] {
                profile.fill(field, Fixtures.hostile)
            }
            Expect.status(try await admin.submit(profile), 303, "saving the agency page")
            let portal = try await server.client().get("/agencies/\(server.homeAgencyID)")
            Expect.escaped(portal, shows: Fixtures.hostile, "portal agency page")
            let savedProfile = try #require(try await AgencyProfiles(server.services).profile(agencyID: server.homeAgencyID))
            #expect(savedProfile.address == Fixtures.hostile && savedProfile.court == Fixtures.hostile)
            profile.fill("casePrefix", Fixtures.hostile)
            let refusedPrefix = try await admin.submit(profile)
            Expect.status(refusedPrefix, 422, "a case prefix with brackets")
            #expect(Expect.fieldError(refusedPrefix, id: "casePrefix") != nil, "the prefix field is not marked")
            #expect(refusedPrefix.forms.first { $0.action == "/staff/admin/agency" }?["casePrefix"] == Fixtures.hostile)
            #expect(!refusedPrefix.html.contains(Fixtures.script))

            // A user with a hostile name; the audit log shows what changed, escaped.
            var user = try await admin.get("/staff/admin/users").form(action: "/staff/admin/users")
            user.fill(["username": "hostile-name", "displayName": Fixtures.hostile, "password": TestServer.staffPassword])
            user.fill("roles[]", "handler")
            Expect.status(try await admin.submit(user), 303, "creating a user")
            Expect.escaped(try await admin.get("/staff/admin/users"), shows: Fixtures.hostile, "users page")
            Expect.escaped(try await admin.get("/staff/admin/audit"), shows: Fixtures.script, "audit log")

            // Records kept on the web: a procurement project and a reconsideration.
            let today = server.clock.appClock.today.description
            var register = try await handler.get("/staff/registers").form(action: "/staff/registers")
            register.choose("kind", "procurement")
            register.fill(["name": Fixtures.hostile, "contractedOn": today, "amountYuan": "120000"])
            let registered = try await handler.submit(register)
            Expect.status(registered, 303, "registering a procurement")
            Expect.escaped(try await handler.follow(registered), shows: Fixtures.hostile, "registers page")
            var appeal = try await handler.get("/staff/appeals").form(action: "/staff/appeals")
            appeal.choose("kind", "reconsideration")
            appeal.fill(["caseNumber": Fixtures.hostile, "requestCaseNumber": filed.caseNumber, "filedOn": today])
            Expect.status(try await handler.submit(appeal), 303, "entering a reconsideration")
            Expect.escaped(try await handler.get("/staff/appeals"), shows: Fixtures.hostile, "appeals page")
            let storedAppeal = try await AppealModel.query(on: server.app.db).filter(\.$caseNumber == Fixtures.hostile).count()
            #expect(storedAppeal == 1)

            // A request registered by hand.
            var manual = try await handler.get("/staff/requests/new").form(action: "/staff/requests/new")
            manual.fill(Fixtures.citizen(5).formFields)
            manual.fill(["name": Fixtures.hostile, "address": Fixtures.hostile, "content": Fixtures.hostile])
            manual.choose("deliveryForm", "selfCollect")
            let entered = try await handler.submit(manual)
            Expect.status(entered, 303, "registering a letter request")
            Expect.escaped(try await handler.follow(entered), shows: Fixtures.hostile, "registered case page")
        }
    }
}
