import Foundation
import Testing

@testable import GongkaiCore

/// Consultations under 第三十二条 (third party), 第三十四条 (co-making agency), 第三十三条第三款
/// (other agencies) and 第十七条第三款 (secrecy review). Dates hand-counted on the 2025 calendar
/// (端午 05-31..06-02).
@Suite("Consultations: delivery, the party's 15 working days, kinds, overlapping pauses (Consultation)")
struct ConsultationClockTests {
    let clock = StatutoryClock(calendar: .official)

    func request(_ receivedOn: CivilDate, _ events: [RequestEvent]) throws -> DisclosureRequest {
        try CaseworkFixtures.request(receivedOn: receivedOn, events: events)
    }

    func started(_ kind: ConsultationKind, _ who: String, on date: CivilDate, delivered: CivilDate? = nil) -> RequestEvent {
        RequestEvent(.consultationStarted(Consultation(kind, addressee: who, deliveredOn: delivered)), on: date)
    }

    func ended(_ who: String, on date: CivilDate, delivered: CivilDate? = nil) -> RequestEvent {
        RequestEvent(.consultationEnded(ConsultationAnswer(addressee: who, deliveredOn: delivered)), on: date)
    }

    @Test("第三十二条: a third party answering on its last lawful day (07-04, 15 working days after delivery 06-13) gets no warning; due 07-30")
    func lastLawfulDay() throws {
        // Received Mon 06-09, plain due 07-07. Sent Wed 06-11 by post, delivered Fri 06-13. The third
        // party's 15 working days from the day after delivery: 06-16..20 (5), 06-23..27 (10),
        // 06-30..07-04 (15) → 07-04.
        let item = try request(
            "2025-06-09",
            [started(.thirdParty, "某某有限公司", on: "2025-06-11", delivered: "2025-06-13"), ended("某某有限公司", on: "2025-07-04")])
        let deadline = clock.deadline(for: item, asOf: "2025-07-04")
        #expect(deadline.warnings.isEmpty)
        // Used before the pause: 06-10, 06-11 (2). Left out: 06-12..07-04. 18 left from 07-04:
        // 07-07..11 (5), 07-14..18 (10), 07-21..25 (15), 07-28..30 (18).
        #expect(deadline.dueDate == "2025-07-30")
        #expect(deadline.explanations.contains("征求第三方（某某有限公司）意见（6月11日发出，7月4日收到意见），17个工作日不计入期限，期限顺延至7月30日。"))
    }

    @Test("with the delivery date unknown, the 15 working days run from the sending day: the cap is 07-02")
    func deliveryUnknown() throws {
        // From Wed 06-11: 06-12, 13 (2), 06-16..20 (7), 06-23..27 (12), 06-30..07-02 (15).
        let late = try request(
            "2025-06-09", [started(.thirdParty, "某某有限公司", on: "2025-06-11"), ended("某某有限公司", on: "2025-07-15")])
        let deadline = clock.deadline(for: late, asOf: "2025-07-15")
        // 18 left from 07-02: 07-03, 04 (2), 07-07..11 (7), 07-14..18 (12), 07-21..25 (17), 07-28 (18).
        #expect(deadline.dueDate == "2025-07-28")
        #expect(
            deadline.warnings == [
                "第三方应自收到征求意见书之日起15个工作日内提出意见（第三十二条），本次征求意见书送达日期不明，自发出之日计算，期限至7月2日；此后至收到意见之日的时间不再扣除，计入答复期限。"
            ])
        // The delivery date learnt with the answer (from the postal receipt) moves the cap to 07-04.
        let withReceipt = try request(
            "2025-06-09",
            [
                started(.thirdParty, "某某有限公司", on: "2025-06-11"),
                ended("某某有限公司", on: "2025-07-04", delivered: "2025-06-13"),
            ])
        #expect(clock.deadline(for: withReceipt, asOf: "2025-07-04").warnings.isEmpty)
        #expect(clock.deadline(for: withReceipt, asOf: "2025-07-04").dueDate == "2025-07-30")
    }

    @Test("a consultation still out past the party's limit stops pausing by itself (第三十四条 co-maker)")
    func openPastLimit() throws {
        let open = try request("2025-06-09", [started(.coMakingAgency, "市财政局", on: "2025-06-11")])
        let running = clock.deadline(for: open, asOf: "2025-07-10")
        // Cap 07-02 as above; 18 left from 07-02 → 07-28; (07-10, 07-28]: 07-11, 07-14..18, 07-21..25, 07-28 → 12.
        #expect(running.dueDate == "2025-07-28")
        #expect(running.state == .onTime)
        #expect(running.remainingWorkingDays == 12)
        #expect(running.warnings.first?.hasPrefix("征求共同制作机关（市财政局）意见自6月11日发出，已满15个工作日（至7月2日）仍未登记结束") == true)
        #expect(running.warnings.first?.contains("第三十四条") == true)
        // Before the cap it is paused.
        #expect(clock.deadline(for: open, asOf: "2025-06-30").state == .paused)
    }

    @Test("第三十三条第三款 other agencies and 第十七条第三款 secrecy review: not counted, no limit")
    func unlimitedKinds() throws {
        for kind in [ConsultationKind.otherAgency, .secrecyReview] {
            let item = try request("2025-03-03", [started(kind, "市保密局", on: "2025-03-05")])
            // Months later, still paused: 03-04, 03-05 used, 18 left.
            let deadline = clock.deadline(for: item, asOf: "2025-06-30")
            #expect(deadline.state == .paused)
            #expect(deadline.remainingWorkingDays == 18)
            #expect(deadline.warnings.isEmpty)
        }
    }

    @Test("several consultations at once: overlapping pauses merge (03-10..03-20 and 03-14..03-25 → 03-11..03-25)")
    func overlapping() throws {
        let item = try request(
            "2025-03-03",
            [
                started(.thirdParty, "甲公司", on: "2025-03-10"),
                started(.otherAgency, "市财政局", on: "2025-03-14"),
                ended("甲公司", on: "2025-03-20"),
                ended("市财政局", on: "2025-03-25"),
            ])
        #expect(item.progress(asOf: "2025-03-21").phase == .consulting)
        #expect(item.progress(asOf: "2025-03-21").openConsultations.map(\.consultation.addressee) == ["市财政局"])
        // Used 03-04..07, 03-10 (5). Left out once: 03-11..25. 15 left from 03-25: 03-26..28 (3),
        // 03-31..04-03 (7), 04-04 清明, 04-07..11 (12), 04-14..16 (15).
        let deadline = clock.deadline(for: item, asOf: "2025-03-25")
        #expect(deadline.dueDate == "2025-04-16")
        // One consultation alone would give 04-11 (15 left from 03-20).
        let single = try request("2025-03-03", [started(.thirdParty, "甲公司", on: "2025-03-10"), ended("甲公司", on: "2025-03-20")])
        #expect(clock.deadline(for: single, asOf: "2025-03-20").dueDate == "2025-04-11")
    }

    @Test("ending a consultation must say which when several are out; a name out twice is refused")
    func naming() throws {
        let two = [started(.thirdParty, "甲公司", on: "2025-03-10"), started(.thirdParty, "乙公司", on: "2025-03-10")]
        var item = try request("2025-03-03", two)
        #expect(throws: DisclosureRequestError.self) { try item.record(RequestEvent(.consultationEnded(ConsultationAnswer()), on: "2025-03-12")) }
        do {
            try item.record(ended("丙公司", on: "2025-03-12"))
        } catch {
            #expect(error.reason == .consultationNotFound(addressee: "丙公司", open: ["甲公司", "乙公司"]))
            #expect(error.reason.message == "没有向“丙公司”进行中的征求意见；进行中的为：“甲公司”、“乙公司”")
        }
        do {
            try item.record(started(.thirdParty, "甲公司", on: "2025-03-11"))
        } catch {
            #expect(error.reason == .consultationAlreadyOpen(addressee: "甲公司"))
        }
        try item.record(ended("乙公司", on: "2025-03-12"))
        #expect(item.phase == .consulting)
        try item.record(ended("甲公司", on: "2025-03-13"))
        #expect(item.phase == .processing)
        // A delivery date before sending is refused.
        #expect(throws: DisclosureRequestError.self) {
            try request("2025-03-03", [started(.thirdParty, "甲公司", on: "2025-03-10", delivered: "2025-03-07")])
        }
    }

    @Test("a stored history of the earlier form (party, no answer) still decodes")
    func legacyEvents() throws {
        let started = try JSONDecoder().decode(
            RequestEvent.self, from: Data(#"{"date":"2025-03-10","type":"consultationStarted","party":"otherAgency"}"#.utf8))
        #expect(started.kind == .consultationStarted(Consultation(.otherAgency)))
        let ended = try JSONDecoder().decode(
            RequestEvent.self, from: Data(#"{"date":"2025-03-12","type":"consultationEnded"}"#.utf8))
        #expect(ended.kind == .consultationEnded(ConsultationAnswer()))
        let event = RequestEvent(.consultationStarted(Consultation(.coMakingAgency, addressee: "市财政局", deliveredOn: "2025-03-11")), on: "2025-03-10")
        #expect(try JSONDecoder().decode(RequestEvent.self, from: JSONEncoder().encode(event)) == event)
    }
}
