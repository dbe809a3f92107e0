import Foundation
import Testing

@testable import GongkaiCore

@Suite("建议提案办理: 办理期限, overdue flags, 办复率 and 满意率, section 六's text")
struct ProposalRulesTests {
    func record(
        _ kind: ProposalKind = .deputySuggestion, _ role: ProposalRole = .lead, assigned: CivilDate = "2025-03-10",
        replied: CivilDate? = nil, evaluation: ProposalEvaluation? = nil
    ) throws -> ProposalRecord {
        try ProposalRecord(
            kind: kind, role: role, assignedOn: assigned,
            dueOn: ProposalDeadlineRule.standard.due(kind: kind, role: role, assignedOn: assigned), repliedOn: replied,
            evaluation: evaluation)
    }

    @Test("the standard rule: 主办 three months from 交办, 会办 one month; month ends clamp; other months per agency, 1–12 only")
    func deadlines() throws {
        let rule = ProposalDeadlineRule.standard
        #expect(rule.due(kind: .deputySuggestion, role: .lead, assignedOn: "2025-03-10") == "2025-06-10")
        #expect(rule.due(kind: .memberProposal, role: .assisting, assignedOn: "2025-03-10") == "2025-04-10")
        #expect(rule.due(kind: .memberProposal, role: .lead, assignedOn: "2025-11-30") == "2026-02-28")
        #expect(rule.due(kind: .deputySuggestion, role: .lead, assignedOn: "2023-11-30") == "2024-02-29")
        #expect(rule.due(kind: .deputySuggestion, role: .assisting, assignedOn: "2025-12-31") == "2026-01-31")
        let custom = try ProposalDeadlineRule(overriding: [.memberProposal: [.lead: 2]])
        #expect(custom.due(kind: .memberProposal, role: .lead, assignedOn: "2025-03-10") == "2025-05-10")
        #expect(custom.months(.deputySuggestion, .lead) == 3)
        #expect(throws: ProposalError.deadlineMonths(kind: .deputySuggestion, role: .lead, value: 13)) {
            try ProposalDeadlineRule(overriding: [.deputySuggestion: [.lead: 13]])
        }
        #expect(throws: ProposalError.self) { try ProposalDeadlineRule(overriding: [.deputySuggestion: [.assisting: 0]]) }
        let decoded = try JSONDecoder().decode(ProposalDeadlineRule.self, from: JSONEncoder().encode(custom))
        #expect(decoded == custom)
    }

    @Test("a reply before 交办 and an evaluation without a reply are refused with Chinese messages")
    func recordChecks() throws {
        #expect(throws: ProposalError.self) { try record(replied: "2025-03-09") }
        #expect(throws: ProposalError.evaluationWithoutReply) { try record(evaluation: .satisfied) }
        #expect(ProposalError.evaluationWithoutReply.message.contains("答复日期"))
        #expect(ProposalError.replyBeforeAssignment(assignedOn: "2025-03-10", repliedOn: "2025-03-01").message.contains("不能早于交办日期"))
    }

    @Test("overdue: open after the last day; due soon: open with 14 days or less; replied late: after the last day")
    func flags() throws {
        let open = try record(assigned: "2025-03-10")
        #expect(!open.isOverdue(on: "2025-06-10"))
        #expect(open.isOverdue(on: "2025-06-11"))
        #expect(open.isDueSoon(on: "2025-05-27"))
        #expect(!open.isDueSoon(on: "2025-05-26"))
        #expect(!open.isDueSoon(on: "2025-06-11"))
        let late = try record(assigned: "2025-03-10", replied: "2025-06-11")
        #expect(late.wasRepliedLate && !late.isOverdue(on: "2025-12-31"))
        #expect(!(try record(assigned: "2025-03-10", replied: "2025-06-10")).wasRepliedLate)
    }

    @Test("办复率 = replied ÷ received; 满意率 = (满意 + 基本满意) ÷ evaluated; empty denominators give no rate")
    func rates() throws {
        let records = [
            try record(replied: "2025-04-01", evaluation: .satisfied),
            try record(replied: "2025-04-02", evaluation: .basicallySatisfied),
            try record(replied: "2025-07-01", evaluation: .dissatisfied),
            try record(.deputySuggestion, .assisting, replied: "2025-03-20"),
            try record(assigned: "2025-03-10"),
            try record(.memberProposal, replied: "2025-04-01"),
        ]
        let npc = ProposalRates(kind: .deputySuggestion, records: records, today: "2025-12-31")
        #expect(npc.received == 5 && npc.lead == 4 && npc.assisting == 1)
        #expect(npc.replied == 4 && npc.repliedOnTime == 3 && npc.overdue == 1)
        #expect(npc.evaluated == 3 && npc.satisfied == 1 && npc.basicallySatisfied == 1 && npc.dissatisfied == 1)
        #expect(npc.replyRate?.percent == "80%")
        #expect(npc.satisfactionRate?.percent == "66.7%")
        let cppcc = ProposalRates(kind: .memberProposal, records: records, today: "2025-12-31")
        #expect(cppcc.replyRate?.percent == "100%")
        #expect(cppcc.satisfactionRate == nil)
        #expect(ProposalRates(kind: .memberProposal, records: [], today: "2025-12-31").replyRate == nil)
        #expect(ProposalRates.Fraction(1, of: 3)?.percent == "33.3%")
        #expect(ProposalRates.Fraction(2, of: 3)?.percent == "66.7%")
        #expect(ProposalRates.Fraction(0, of: 7)?.percent == "0%")
        #expect(ProposalRates.Fraction(199, of: 200)?.percent == "99.5%")
    }

    @Test("信息处理费: counted in the year paid, at the notice's amount; lapsed and unpaid notices charge nothing")
    func fees() throws {
        var fees = ProcessingFeesCharged(year: 2025)
        let notice = FeeNotice(basis: .perCase(monthlyOrdinal: 11), amountYuan: 100)
        fees.add(events: [RequestEvent(.feeNoticeIssued(notice), on: "2025-03-01"), RequestEvent(.feePaid, on: "2025-03-05")])
        fees.add(events: [RequestEvent(.feeNoticeIssued(notice), on: "2025-04-01"), RequestEvent(.feeLapsed(noticeDeliveredOn: nil), on: "2025-04-30")])
        fees.add(events: [RequestEvent(.feeNoticeIssued(notice), on: "2024-12-20"), RequestEvent(.feePaid, on: "2025-01-04")])
        fees.add(events: [RequestEvent(.feeNoticeIssued(notice), on: "2025-12-20"), RequestEvent(.feePaid, on: "2026-01-04")])
        fees.add(events: [RequestEvent(.feeNoticeIssued(notice), on: "2025-06-01")])
        #expect(fees.amountYuan == 200)
        #expect(fees.requests == 2)
    }

    @Test("section 六: the fee sentence as agencies write it, then one sentence per kind with 办复率 and 满意率")
    func sectionSix() throws {
        var fees = ProcessingFeesCharged(year: 2025)
        let none = SectionSixDraft(year: 2025, fees: fees, proposals: ProposalKind.allCases.map { ProposalRates(kind: $0, records: [], today: "2025-12-31") })
        #expect(none.paragraphs == ["2025年，本机关严格落实《政府信息公开信息处理费管理办法》，全年收取政府信息公开信息处理费 0 元。", "2025年，本机关未承办人大代表建议和政协委员提案。"])
        fees.add(events: [RequestEvent(.feeNoticeIssued(FeeNotice(basis: .perCase(monthlyOrdinal: 11), amountYuan: 100)), on: "2025-03-01"), RequestEvent(.feePaid, on: "2025-03-05")])
        let records = [
            try record(replied: "2025-04-01", evaluation: .satisfied), try record(replied: "2025-04-02", evaluation: .basicallySatisfied),
            try record(.memberProposal, .assisting, replied: "2025-03-20"),
        ]
        let draft = SectionSixDraft(
            year: 2025, subject: "区教育局", fees: fees, proposals: ProposalKind.allCases.map { ProposalRates(kind: $0, records: records, today: "2025-12-31") },
            publishedReplies: [.deputySuggestion: 2])
        #expect(draft.paragraphs[0] == "2025年，区教育局严格落实《政府信息公开信息处理费管理办法》，全年收取政府信息公开信息处理费 100 元（涉及申请 1 件）。")
        #expect(draft.paragraphs[1] == "2025年，区教育局共承办人大代表建议 2 件，已全部办复，办复率 100%，代表反馈意见 2 件，其中满意 1 件、基本满意 1 件，满意率 100%，公开答复复文 2 件。")
        #expect(draft.paragraphs[2] == "2025年，区教育局共承办政协委员提案 1 件（均为会办），已全部办复，办复率 100%，尚未收到委员反馈意见。")
        #expect(draft.text == draft.paragraphs.joined(separator: "\n\n"))
    }
}
