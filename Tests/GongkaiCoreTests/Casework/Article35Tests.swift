import Testing

@testable import GongkaiCore

/// 第三十五条: for a request whose number or frequency clearly exceeds a reasonable range, the
/// agency may ask for reasons and, finding them reasonable, set a reasonable later reply date and
/// tell the applicant. Received Mon 2025-03-03, statutory due 03-31.
@Suite("第三十五条: reasons and a later reply date (Article35)")
struct Article35Tests {
    let clock = StatutoryClock(calendar: .official)
    let history = [
        RequestEvent(.reasonsRequested, on: "2025-03-05"),
        RequestEvent(.reasonsReceived, on: "2025-03-10"),
        RequestEvent(.replyDateSet(DelayedReply(replyBy: "2025-05-15", applicantNotifiedOn: "2025-03-12")), on: "2025-03-12"),
    ]

    func request(_ events: [RequestEvent]) throws -> DisclosureRequest {
        try CaseworkFixtures.request(receivedOn: "2025-03-03", events: events)
    }

    @Test("not overdue until the date told to the applicant (05-15), though the statutory date (03-31) passed")
    func notOverdue() throws {
        let item = try request(history)
        let deadline = clock.deadline(for: item, asOf: "2025-04-10")
        #expect(deadline.state == .onTime)
        #expect(deadline.dueDate == "2025-05-15")
        #expect(deadline.delayedReplyDate == "2025-05-15")
        // (04-10, 05-15]: 04-11 (1), 04-14..18 (6), 04-21..25 (11), 04-27 调休 (12), 04-28..30 (15),
        // 05-06..09 (19), 05-12..15 (23).
        #expect(deadline.remainingWorkingDays == 23)
        #expect(deadline.explanations.contains("3月5日依第三十五条要求申请人说明理由；说明理由期间答复期限照常计算。"))
        #expect(deadline.explanations.contains("依第三十五条确定延迟答复的合理期限至5月15日，已于3月12日告知申请人；在此之前答复的不属超期。"))
        #expect(deadline.warnings.isEmpty)
    }

    @Test("a reply by that date counts as timely; one working day later is late")
    func replyTimeliness() throws {
        let timely = try request(history + [RequestEvent(.replied(.granted), on: "2025-05-15")])
        #expect(clock.deadline(for: timely, asOf: "2025-05-20").closedWithinDeadline == true)
        let late = try request(history + [RequestEvent(.replied(.granted), on: "2025-05-16")])
        let deadline = clock.deadline(for: late, asOf: "2025-05-20")
        #expect(deadline.closedWithinDeadline == false)
        #expect(deadline.explanations.last == "5月16日作出答复（（一）予以公开），超过答复期限（5月15日）1个工作日。")
    }

    @Test("reasons first; once each; the date after the decision; a notice after the statutory date is reported")
    func rules() throws {
        var bare = try request([])
        do {
            try bare.record(RequestEvent(.replyDateSet(DelayedReply(replyBy: "2025-05-15", applicantNotifiedOn: "2025-03-12")), on: "2025-03-12"))
            Issue.record("accepted without reasons")
        } catch {
            #expect(error.reason == .noReasonsRequested)
        }
        #expect(!bare.progress.allows(.replyDateSet))
        #expect(bare.progress.allows(.reasonsRequested))
        var asked = try request([RequestEvent(.reasonsRequested, on: "2025-03-05")])
        #expect(throws: DisclosureRequestError.self) { try asked.record(RequestEvent(.reasonsRequested, on: "2025-03-06")) }
        #expect(throws: DisclosureRequestError.self) {
            try asked.record(RequestEvent(.replyDateSet(DelayedReply(replyBy: "2025-03-06", applicantNotifiedOn: "2025-03-06")), on: "2025-03-06"))
        }
        // Told on 04-02, after the statutory 03-31.
        try asked.record(RequestEvent(.replyDateSet(DelayedReply(replyBy: "2025-05-15", applicantNotifiedOn: "2025-04-02")), on: "2025-04-01"))
        #expect(clock.deadline(for: asked, asOf: "2025-04-02").warnings == ["延迟答复期限于4月2日告知申请人，晚于答复期限（3月31日）。"])
        // Unreasonable reasons end in （五）4 无正当理由大量反复申请, an ordinary reply.
        let refused = try request([RequestEvent(.reasonsRequested, on: "2025-03-05"), RequestEvent(.replied(.notProcessedExcessive), on: "2025-03-20")])
        #expect(refused.closure?.result == .notProcessedExcessive)
    }

    @Test("a later date no later than the statutory one changes nothing")
    func earlierDate() throws {
        let item = try request([
            RequestEvent(.reasonsRequested, on: "2025-03-05"),
            RequestEvent(.replyDateSet(DelayedReply(replyBy: "2025-03-28", applicantNotifiedOn: "2025-03-12")), on: "2025-03-12"),
        ])
        let deadline = clock.deadline(for: item, asOf: "2025-03-12")
        #expect(deadline.dueDate == "2025-03-31")
        #expect(deadline.explanations.contains("依第三十五条确定的延迟答复期限（3月28日）不晚于答复期限（3月31日），仍按答复期限计算。"))
    }
}
