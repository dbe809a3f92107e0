import Testing

@testable import GongkaiCore

/// Lapses close when the deadline passes (第三十条: 逾期不补正的，视为放弃申请; 109号: 逾期未缴纳的视为
/// 放弃申请): the day after the deadline is the lapse date, and the year-end review names open
/// requests whose deadline has passed.
@Suite("Lapses: the day after the deadline, the year they close in, the year-end review (Lapse)")
struct LapseTests {
    let clock = StatutoryClock(calendar: .official)
    let correction = RequestEvent(.correctionRequested(correctionDue: "2025-12-20"), on: "2025-12-03")

    func request(_ id: RecordID = "r1", _ receivedOn: CivilDate = "2025-12-01", events: [RequestEvent]) throws -> DisclosureRequest {
        try CaseworkFixtures.request(id, receivedOn: receivedOn, events: events)
    }

    @Test("a correction due 12-20 lapses on 12-21 (the default) and is closed in that year, not carried forward")
    func closedInYear() throws {
        let waiting = try request(events: [correction])
        #expect(waiting.progress.lapseDate == "2025-12-21")
        let offer = try #require(waiting.progress.allowedEvents().first { $0.tag == .correctionLapsed })
        #expect(offer.earliestDate == "2025-12-21")
        #expect(offer.defaultDate == "2025-12-21")
        let lapsed = try waiting.recording(RequestEvent(.correctionLapsed, on: offer.defaultDate!))
        let classification = RequestCounting.classify(lapsed, year: 2025, template: .v2021)
        #expect(classification.outcome == "otherHandling.noCorrection")
        #expect(classification.outcome != Templates.Row.carriedForward)
        #expect(clock.deadline(for: lapsed, asOf: "2025-12-31").warnings.isEmpty)
        #expect(YearEndReview.pendingLapses(in: [lapsed], year: 2025).isEmpty)
    }

    @Test("a lapse recorded only on 2026-01-05 is reported: it should have closed on 2025-12-21")
    func recordedLate() throws {
        let late = try request(events: [correction, RequestEvent(.correctionLapsed, on: "2026-01-05")])
        let deadline = clock.deadline(for: late, asOf: "2026-01-05")
        #expect(
            deadline.warnings == [
                "补正期限于12月20日届满，申请自12月21日起视为放弃，但登记的日期为2026年1月5日；办结日期应为12月21日，登记日期晚于该日可能使申请被计入下一年度。"
            ])
        #expect(RequestCounting.classify(late, year: 2025, template: .v2021).outcome == Templates.Row.carriedForward)
        // The review of 2025 (run in January) names it, because on 31 December it was still open.
        let pending = YearEndReview.pendingLapses(in: [late], year: 2025)
        #expect(pending == [YearEndReview.PendingLapse(requestID: "r1", kind: .correction, deadline: "2025-12-20", lapseDate: "2025-12-21", year: 2025)])
        #expect(
            pending.first?.message
                == "申请 r1 的补正期限已于2025年12月20日届满，截至2025年12月31日仍未登记逾期未补正；申请自2025年12月21日起视为放弃，请登记逾期未补正（日期2025年12月21日），否则该申请将计入“结转下年度继续办理”而非（六）1")
    }

    @Test("the year-end review also names unpaid fees past their deadline, and nothing else")
    func reviewFees() throws {
        // Notice Mon 11-10, delivery unknown: 20 working days → 12-08; lapse from 12-09.
        let notice = try FeeNotice(basis: .perVolume(pages: 40))
        let unpaid = try request("r2", "2025-11-03", events: [RequestEvent(.feeNoticeIssued(notice), on: "2025-11-10")])
        // Due 12-31 for a correction: its lapse (2026-01-01) falls in the next year — not named.
        let correctionAtYearEnd = try request(
            "r3", "2025-12-01", events: [RequestEvent(.correctionRequested(correctionDue: "2025-12-31"), on: "2025-12-03")])
        let replied = try request("r4", "2025-12-01", events: [RequestEvent(.replied(.granted), on: "2025-12-10")])
        let open = try request("r5", "2025-12-15", events: [])
        let pending = YearEndReview.pendingLapses(in: [unpaid, correctionAtYearEnd, replied, open], year: 2025)
        #expect(pending == [YearEndReview.PendingLapse(requestID: "r2", kind: .payment, deadline: "2025-12-08", lapseDate: "2025-12-09", year: 2025)])
        #expect(pending.first?.message.hasSuffix("否则该申请将计入“结转下年度继续办理”而非（六）2") == true)
        // Still open a year later: named again in the next year's review, for that year's end.
        let nextYear = YearEndReview.pendingLapses(in: [unpaid], year: 2026)
        #expect(nextYear.first?.message.contains("截至2026年12月31日仍未登记逾期未缴费") == true)
    }
}
