import Fluent
import Foundation
import GongkaiApp
import GongkaiCore
import Testing

@testable import GongkaiWeb

/// The 建议提案办理 register over HTTP: entry by the 经办人, the last day from the agency's rule,
/// overdue flags, the reply with 复文公开 on the portal, the rates, the audit trail, another
/// agency's ids, and section 六 offered from the records.
@Suite("建议提案办理: the register, the portal's published replies, section 六")
struct ProposalTests {
    @Test("an officer registers a suggestion, records the reply; it is published, counted and audited", arguments: TestBackend.available)
    func register(backend: TestBackend) async throws {
        try await TestServer.with(backend) { server in
            let today = server.clock.appClock.today
            let handler = try await server.client(signedInAs: "jingban")
            let list = try await handler.get("/staff/proposals")
            #expect(list.status == .ok)
            // The demo's 会办 proposal handed over 45 days ago (one month allowed) is overdue.
            #expect(list.text(ofID: "proposal-list")?.contains("逾期未答复") == true, "no overdue flag: \(list.text.prefix(400))")

            let assigned = today.adding(days: -10)
            let created = try await handler.post(
                "/staff/proposals/new",
                [("kind", "npc"), ("number", "第901号"), ("title", "关于增设学校周边护学岗的建议"), ("proposers", "王代表、李代表"),
                 ("role", "lead"), ("assignedOn", assigned.description)])
            #expect(created.status == .seeOther, "registering answered \(created.status.code): \(created.text.prefix(300))")
            let url = try #require(created.location)
            let page = try await handler.get(url)
            #expect(page.status == .ok)
            let due = ProposalDeadlineRule.standard.due(kind: .deputySuggestion, role: .lead, assignedOn: assigned)
            #expect(page.text(ofID: "proposal-facts")?.contains(due.description) == true, "the last day \(due) is not shown")

            // The same number again in the year is refused, with the form kept.
            let duplicate = try await handler.post(
                "/staff/proposals/new",
                [("kind", "npc"), ("number", "第901号"), ("title", "重复"), ("proposers", "王代表"), ("role", "lead"), ("assignedOn", assigned.description)])
            #expect(duplicate.status == .unprocessableEntity && duplicate.text.contains("已登记编号为“第901号”"))

            let replyURL = url + "/reply"
            let revision = try page.form(action: replyURL)["revision"] ?? ""
            let noReply = try await handler.post(replyURL, [("revision", revision), ("evaluation", "satisfied")])
            #expect(noReply.status == .unprocessableEntity && noReply.text.contains("尚未答复的件不能登记代表委员意见"))
            let noText = try await handler.post(replyURL, [("revision", revision), ("repliedOn", today.description), ("replyPublic", "on")])
            #expect(noText.status == .unprocessableEntity && noText.text.contains("复文公开需填写答复日期和答复全文"))
            let replied = try await handler.post(
                replyURL,
                [("revision", revision), ("repliedOn", today.description), ("evaluation", "basicallySatisfied"), ("replyPublic", "on"),
                 ("replyText", "王代表、李代表：\n您提出的建议收悉。我局已协调公安部门在12所学校增设护学岗。")])
            #expect(replied.status == .seeOther, "reply answered \(replied.status.code): \(replied.text.prefix(300))")
            let stale = try await handler.post(replyURL, [("revision", revision), ("repliedOn", today.description)])
            #expect(stale.status == .conflict)

            // On the portal, for anyone.
            let portal = try await server.client().get("/agencies/\(server.homeAgencyID)/proposal-replies")
            #expect(portal.status == .ok && portal.text(ofID: "proposal-replies")?.contains("关于增设学校周边护学岗的建议") == true)
            let replyLink = try #require(portal.link(text: "关于增设学校周边护学岗的建议"))
            let reply = try await server.client().get(replyLink)
            #expect(reply.status == .ok && reply.text(ofID: "reply-body")?.contains("增设护学岗") == true)
            #expect(try await server.client().get("/agencies/\(server.otherAgencyID)/proposal-replies/\(url.split(separator: "/").last!)").status == .notFound)

            // Counted: this year's 人大代表建议 now include one more replied, evaluated record.
            let rates = try await ProposalRegister(server.services).rates(agencyID: server.homeAgencyID, year: today.year)
            let npc = try #require(rates.first { $0.kind == .deputySuggestion })
            #expect(npc.evaluated == 1 && npc.basicallySatisfied == 1 && npc.satisfactionRate?.percent == "100%")
            let shown = try await handler.get("/staff/proposals").text(ofID: "proposal-rates") ?? ""
            #expect(shown.contains(npc.replyRate?.percent ?? "?"), "rates table: \(shown)")

            // Audited by field name, never the text.
            let id = String(url.split(separator: "/").last!)
            let audit = try await AuditLogModel.query(on: server.app.db).filter(\.$entityID == UUID(uuidString: id)!.uuidString).all()
            #expect(Set(audit.map(\.action)) == ["create", "reply"])
            #expect(audit.allSatisfy { !$0.diff.contains("护学岗") && !$0.diff.contains("王代表") })

            // Roles and agencies: a 审核人 reads but cannot enter; another agency's officer finds nothing.
            let reviewer = try await server.client(signedInAs: "shenhe")
            #expect(try await reviewer.get(url).status == .ok)
            #expect(try await reviewer.post(replyURL, [("repliedOn", today.description)]).status == .forbidden)
            _ = try await server.createStaff(Scene.otherHandler, roles: [.handler], agencyID: server.otherAgencyID)
            let stranger = try await server.client(signedInAs: Scene.otherHandler, password: TestServer.staffPassword)
            #expect(try await stranger.get(url).status == .notFound)
            #expect(try await stranger.post(replyURL, [("repliedOn", today.description)]).status == .notFound)
            #expect(try await stranger.get("/staff/proposals").text(ofID: "proposal-list") == nil)
        }
    }

    @Test("the 管理员 sets other 办理期限; later records get them; months outside 1–12 are refused", arguments: TestBackend.available)
    func settings(backend: TestBackend) async throws {
        try await TestServer.with(backend) { server in
            let admin = try await server.client(signedInAs: "guanli")
            var fields = [("npc_lead", "3"), ("npc_assisting", "1"), ("cppcc_lead", "2"), ("cppcc_assisting", "1")]
            let saved = try await admin.post("/staff/admin/proposals", fields)
            #expect(saved.status == .seeOther, "settings answered \(saved.status.code): \(saved.text.prefix(300))")
            fields[0] = ("npc_lead", "13")
            let refused = try await admin.post("/staff/admin/proposals", fields)
            #expect(refused.status == .unprocessableEntity && refused.text.contains("1 至 12 个月"))
            var input = server.proposalForm(number: "第77号")
            input.kind = ProposalKind.memberProposal.rawValue
            let id = try await ProposalRegister(server.services).create(input, agencyID: server.homeAgencyID, actor: "测试")
            let row = try await ProposalRegister(server.services).find(id, agencyID: server.homeAgencyID)
            let assigned = try #require(CivilDate(iso: input.assignedOn ?? ""))
            #expect(row.dueOn == ProposalDeadlineRule.adding(months: 2, to: assigned).description)
            let handler = try await server.client(signedInAs: "jingban")
            #expect(try await handler.post("/staff/admin/proposals", fields).status == .forbidden)
        }
    }

    @Test("section 六 is offered from the records: fees paid and the year's suggestions and proposals with their rates", arguments: TestBackend.available)
    func sectionSix(backend: TestBackend) async throws {
        try await TestServer.with(backend) { server in
            let year = server.clock.appClock.today.year
            let handler = try await server.client(signedInAs: "jingban")
            // Last year's section 六 was written: the suggestion is offered beside it, not filled in.
            let last = try await handler.get("/staff/reports/\(year - 1)/sections")
            #expect(last.status == .ok)
            let offered = try #require(last.text(ofID: "section6-suggestion"))
            let draft = try await SectionSixSuggestion(server.services).draft(agencyID: server.homeAgencyID, year: year - 1)
            #expect(offered.contains("全年收取政府信息公开信息处理费 \(draft.fees.amountYuan) 元"))
            #expect(offered.contains("共承办人大代表建议 12 件") && offered.contains("共承办政协委员提案 15 件"), "\(offered)")
            #expect(offered.contains("办复率 100%") && offered.contains("满意率"))
            let textarea = try last.form(action: "/staff/reports/\(year - 1)/sections")["section6"] ?? ""
            #expect(!textarea.contains("办复率 100%，代表反馈意见"), "last year's saved text was replaced")
            let inserted = try await handler.get("/staff/reports/\(year - 1)/sections?insert=6")
            let filled = try inserted.form(action: "/staff/reports/\(year - 1)/sections")["section6"] ?? ""
            #expect(filled.hasPrefix(PlatformDemo.lastYearSections(year: year - 1)[6]!.trimmingCharacters(in: .whitespacesAndNewlines)))
            #expect(filled.contains(draft.paragraphs[1]))
            // This year's section 六 is unwritten: the form comes filled, and saving it keeps it.
            let now = try await handler.get("/staff/reports/\(year)/sections")
            var form = try now.form(action: "/staff/reports/\(year)/sections")
            #expect((form["section6"] ?? "").contains("全年收取政府信息公开信息处理费"))
            form.fill("section1", "本年度工作概述。")
            #expect(try await handler.submit(form).status == .seeOther)
            let saved = try await ReportSections(server.services).texts(agencyID: server.homeAgencyID, year: year)
            #expect(saved[6]?.contains("政府信息公开信息处理费") == true)
        }
    }
}
