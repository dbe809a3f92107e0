import Testing

@testable import GongkaiCore

@Suite("Statutory clock: reply deadlines under 第三十条、第三十二条、第三十三条 (Clock)")
struct StatutoryClockTests {
    let clock = StatutoryClock(calendar: .official)

    func request(_ receivedOn: CivilDate, _ events: [RequestEvent] = []) throws -> DisclosureRequest {
        try CaseworkFixtures.request(receivedOn: receivedOn, events: events)
    }

    @Test("20 working days from receipt: 2025-03-03 is due 2025-03-31")
    func basicDeadline() throws {
        // #1–#4 03-04..07, #5–#9 03-10..14, #10–#14 03-17..21, #15–#19 03-24..28, #20 03-31.
        let deadline = clock.deadline(for: try request("2025-03-03"), asOf: "2025-03-03")
        #expect(deadline.dueDate == "2025-03-31")
        #expect(deadline.remainingWorkingDays == 20)
        #expect(deadline.state == .onTime)
        #expect(!deadline.isProvisional)
        #expect(deadline.explanations.first == "2025年3月3日收到申请，答复期限为20个工作日，至3月31日。")
        #expect(deadline.correctionNoticeDeadline == "2025-03-12")
        #expect(deadline.regime == .regulation2019)
    }

    @Test("due soon at ≤ 5 working days (configurable), 0 on the due day, overdue after")
    func states() throws {
        let item = try request("2025-03-03")
        // As of Fri 03-21: 03-24..28 and 03-31 remain → 6, on time.
        #expect(clock.deadline(for: item, asOf: "2025-03-21").remainingWorkingDays == 6)
        #expect(clock.deadline(for: item, asOf: "2025-03-21").state == .onTime)
        // As of Mon 03-24: 03-25..28 and 03-31 → 5, due soon.
        #expect(clock.deadline(for: item, asOf: "2025-03-24").state == .dueSoon)
        #expect(clock.deadline(for: item, asOf: "2025-03-24").remainingWorkingDays == 5)
        let lastDay = clock.deadline(for: item, asOf: "2025-03-31")
        #expect(lastDay.remainingWorkingDays == 0)
        #expect(lastDay.state == .dueSoon)
        #expect(lastDay.explanations.last == "今日（3月31日）为答复期限最后一日。")
        let late = clock.deadline(for: item, asOf: "2025-04-02")
        #expect(late.state == .overdue)
        #expect(late.remainingWorkingDays == -2)
        #expect(late.explanations.last == "截至4月2日，已超过答复期限2个工作日。")
        let wide = StatutoryClock(calendar: .official, dueSoonThreshold: 10)
        #expect(wide.deadline(for: item, asOf: "2025-03-21").state == .dueSoon)
    }

    @Test("补正: the clock waits, then restarts from the day the correction arrives (due 2025-04-10)")
    func correctionRestartsClock() throws {
        let events = [
            RequestEvent(.correctionRequested(correctionDue: "2025-03-20"), on: "2025-03-05"),
            RequestEvent(.correctionReceived, on: "2025-03-12"),
        ]
        let item = try request("2025-03-03", events)
        let waiting = clock.deadline(for: item, asOf: "2025-03-10")
        #expect(waiting.state == .awaitingApplicant)
        #expect(waiting.dueDate == nil)
        #expect(waiting.remainingWorkingDays == nil)
        // From Wed 03-12: #1 03-13, #2 03-14, #3–#7 03-17..21, #8–#12 03-24..28, #13–#16 03-31..04-03,
        // 04-04..06 off (清明), #17–#20 04-07..10.
        let restarted = clock.deadline(for: item, asOf: "2025-03-12")
        #expect(restarted.dueDate == "2025-04-10")
        #expect(restarted.state == .onTime)
        #expect(restarted.explanations.contains("补正通知于3月5日发出，补正材料于3月12日收到，期限自3月12日起重新计算，至4月10日。"))
        #expect(restarted.warnings.isEmpty)
    }

    @Test("a correction notice later than 7 working days after receipt is reported")
    func lateCorrectionNotice() throws {
        // 7 working days after Mon 2025-03-03: 03-04..07 (4), 03-10..12 (7) → 03-12.
        let item = try request(
            "2025-03-03", [RequestEvent(.correctionRequested(correctionDue: "2025-03-28"), on: "2025-03-13")])
        let deadline = clock.deadline(for: item, asOf: "2025-03-14")
        #expect(deadline.warnings == ["补正通知于3月13日发出，晚于第三十条规定的收到申请后7个工作日（应不迟于3月12日）。"])
    }

    @Test("an uncorrected request past its correction deadline is flagged, and a lapse closes it")
    func correctionLapse() throws {
        var item = try request(
            "2025-03-03", [RequestEvent(.correctionRequested(correctionDue: "2025-03-20"), on: "2025-03-05")])
        let pastDue = clock.deadline(for: item, asOf: "2025-03-24")
        #expect(pastDue.state == .awaitingApplicant)
        #expect(pastDue.explanations.last == "补正期限已于3月20日届满，申请人尚未补正；可登记逾期未补正（3月21日起视为放弃申请），不再处理（第三十条）。")
        try item.record(RequestEvent(.correctionLapsed, on: "2025-03-21"))
        let closed = clock.deadline(for: item, asOf: "2025-03-24")
        #expect(closed.state == .closed)
        #expect(item.closure?.result == .otherHandlingNoCorrection)
        #expect(closed.explanations.last == "申请人未在补正期限（至3月20日）内补正，3月21日视为放弃申请，不再处理（第三十条）。")
    }

    @Test("a pause leaves out the days after sending up to the answer day: 03-14..03-20 moves the deadline to 2025-04-16")
    func consultationPause() throws {
        let events = [
            RequestEvent(.correctionRequested(correctionDue: "2025-03-20"), on: "2025-03-05"),
            RequestEvent(.correctionReceived, on: "2025-03-12"),
            RequestEvent(.consultationStarted(Consultation(.thirdParty, addressee: "某某有限公司")), on: "2025-03-14"),
            RequestEvent(.consultationEnded(ConsultationAnswer(addressee: "某某有限公司")), on: "2025-03-20"),
        ]
        let item = try request("2025-03-03", events)
        // Paused while out: 2 days used (03-13, and the sending day 03-14), 18 left.
        let paused = clock.deadline(for: item, asOf: "2025-03-18")
        #expect(paused.state == .paused)
        #expect(paused.dueDate == nil)
        #expect(paused.remainingWorkingDays == 18)
        #expect(paused.explanations.last == "正在征求第三方（某某有限公司）意见（自3月14日起），答复期限暂停，恢复计算后尚余18个工作日。")
        // Left out: 03-17..20 (4; the answer day 03-20 included). 18 left from 03-20: 03-21 (1),
        // 03-24..28 (6), 03-31..04-03 (10), 04-04 清明, 04-07..11 (15), 04-14..16 (18).
        let resumed = clock.deadline(for: item, asOf: "2025-03-20")
        #expect(resumed.dueDate == "2025-04-16")
        #expect(resumed.explanations.contains("征求第三方（某某有限公司）意见（3月14日发出，3月20日收到意见），4个工作日不计入期限，期限顺延至4月16日。"))
        #expect(resumed.warnings.isEmpty)
    }

    @Test("an extension of 20 working days after the consultation: due 2025-05-16 across 劳动节 and 调休 04-27")
    func extensionAfterConsultation() throws {
        let events = [
            RequestEvent(.correctionRequested(correctionDue: "2025-03-20"), on: "2025-03-05"),
            RequestEvent(.correctionReceived, on: "2025-03-12"),
            RequestEvent(.consultationStarted(Consultation(.thirdParty)), on: "2025-03-14"),
            RequestEvent(.consultationEnded(ConsultationAnswer()), on: "2025-03-20"),
            RequestEvent(
                .extensionApproved(ExtensionApproval(days: 20, approvedBy: "张主任", applicantNotifiedOn: "2025-04-10")),
                on: "2025-04-10"),
        ]
        // 20 more after 04-16: 04-17, 18 (2), 04-21..25 (7), 04-27 Sun 调休 (8), 04-28..30 (11),
        // 05-01..05 off, 05-06..09 (15), 05-12..16 (20).
        let deadline = clock.deadline(for: try request("2025-03-03", events), asOf: "2025-04-10")
        #expect(deadline.dueDate == "2025-05-16")
        #expect(deadline.explanations.contains("经张主任批准延长20个工作日，至5月16日，已于4月10日告知申请人（第三十三条第二款）。"))
        #expect(deadline.warnings.isEmpty)
        #expect(deadline.explanations.count == 6)
    }

    @Test("several extensions add up: 10 on 03-25 (due 04-15), 10 more on 04-08 (due 04-28)")
    func severalExtensions() throws {
        func approval(_ days: Int, _ date: CivilDate) -> RequestEvent {
            RequestEvent(.extensionApproved(ExtensionApproval(days: days, approvedBy: "王处长", applicantNotifiedOn: date)), on: date)
        }
        let item = try request("2025-03-03", [approval(10, "2025-03-25"), approval(10, "2025-04-08")])
        // Due 03-31; +10: 04-01..03 (3), 04-07..11 (8), 04-14, 15 (10) → 04-15; +10 more: 04-16..18 (3),
        // 04-21..25 (8), 04-27 调休 (9), 04-28 (10) → 04-28.
        let deadline = clock.deadline(for: item, asOf: "2025-04-08")
        #expect(deadline.dueDate == "2025-04-28")
        #expect(deadline.explanations.contains("经王处长批准延长10个工作日，至4月15日，已于3月25日告知申请人（第三十三条第二款）。"))
        #expect(deadline.explanations.contains("经王处长批准再延长10个工作日（合计延长20个工作日），至4月28日，已于4月8日告知申请人（第三十三条第二款）。"))
        #expect(deadline.warnings.isEmpty)
    }

    @Test("a fee notice pauses the clock from the day after issue to payment; an unpaid fee closes the request")
    func feePause() throws {
        let notice = try FeeNotice(basis: .perVolume(pages: 150), paymentDue: "2025-04-08")
        #expect(notice.amountYuan == 1700)  // 70 × 10 + 50 × 20
        let events = [
            RequestEvent(.feeNoticeIssued(notice), on: "2025-03-10"), RequestEvent(.feePaid, on: "2025-03-17"),
        ]
        let item = try request("2025-03-03", events)
        // Up to the notice: 03-04..07, 03-10 used (5; the issue day counts), 15 left.
        let waiting = clock.deadline(for: item, asOf: "2025-03-12")
        #expect(waiting.state == .awaitingApplicant)
        #expect(waiting.remainingWorkingDays == 15)
        // Left out 03-11..14, 03-17 (5). 15 left from 03-17: 03-18..21 (4), 03-24..28 (9),
        // 03-31..04-03 (13), 04-04 off, 04-07, 08 (15).
        let paid = clock.deadline(for: item, asOf: "2025-03-17")
        #expect(paid.dueDate == "2025-04-08")
        #expect(paid.explanations.contains("申请人于3月17日缴费，收费期间（3月10日发出通知，3月17日缴费）的5个工作日不计入期限，期限顺延至4月8日。"))

        let unpaid = try request(
            "2025-03-03",
            [RequestEvent(.feeNoticeIssued(notice), on: "2025-03-10"), RequestEvent(.feeLapsed(noticeDeliveredOn: nil), on: "2025-04-09")])
        #expect(unpaid.closure?.result == .otherHandlingUnpaidFee)
        #expect(clock.deadline(for: unpaid, asOf: "2025-04-10").state == .closed)
    }

    @Test("a reply is judged on time or late against the final due date")
    func replyTimeliness() throws {
        let onTime = try request("2025-03-03", [RequestEvent(.replied(.granted), on: "2025-03-31")])
        let closed = clock.deadline(for: onTime, asOf: "2025-04-30")
        #expect(closed.state == .closed)
        #expect(closed.closedWithinDeadline == true)
        #expect(closed.explanations.last == "3月31日作出答复（（一）予以公开），在答复期限（3月31日）内。")
        let late = try request("2025-03-03", [RequestEvent(.replied(.deniedStateSecret), on: "2025-04-02")])
        let lateDeadline = clock.deadline(for: late, asOf: "2025-04-30")
        #expect(lateDeadline.closedWithinDeadline == false)
        #expect(lateDeadline.explanations.last == "4月2日作出答复（（三）不予公开 1.属于国家秘密），超过答复期限（3月31日）2个工作日。")
        // Events after the query date are ignored.
        #expect(clock.deadline(for: onTime, asOf: "2025-03-20").state == .onTime)
    }

    @Test("an extension approved after the deadline, and a consultation started after it, are reported")
    func lateSteps() throws {
        let lateExtension = try request(
            "2025-03-03",
            [
                RequestEvent(
                    .extensionApproved(
                        ExtensionApproval(days: 10, approvedBy: "王处长", applicantNotifiedOn: "2025-04-02")),
                    on: "2025-04-01")
            ])
        let deadline = clock.deadline(for: lateExtension, asOf: "2025-04-02")
        #expect(deadline.warnings.contains("延长答复期限于4月1日批准，晚于原答复期限（3月31日）。"))
        #expect(deadline.warnings.contains("延期于4月2日告知申请人，晚于原答复期限（3月31日）。"))
        // 10 more after 03-31: 04-01..03 (3), 04-07..11 (8), 04-14, 15 (10).
        #expect(deadline.dueDate == "2025-04-15")

        let lateConsultation = try request(
            "2025-03-03",
            [
                RequestEvent(.consultationStarted(Consultation(.thirdParty)), on: "2025-04-01"),
                RequestEvent(.consultationEnded(ConsultationAnswer()), on: "2025-04-03"),
            ])
        let late = clock.deadline(for: lateConsultation, asOf: "2025-04-03")
        #expect(late.dueDate == "2025-03-31")
        #expect(late.state == .overdue)
        #expect(late.warnings.first?.contains("此时答复期限（3月31日）已届满") == true)
    }

    @Test("across the year end: received 2025-12-29, due 2026-01-27, named with its year")
    func yearEnd() throws {
        let deadline = clock.deadline(for: try request("2025-12-29"), asOf: "2025-12-31")
        #expect(deadline.dueDate == "2026-01-27")
        #expect(deadline.explanations.first == "2025年12月29日收到申请，答复期限为20个工作日，至2026年1月27日。")
        // (12-31, 01-27]: 01-04 (调休), 01-05..09, 01-12..16, 01-19..23, 01-26, 27 → 18.
        #expect(deadline.remainingWorkingDays == 18)
    }

    @Test("a deadline in a year without loaded holidays is provisional and says so")
    func provisional() throws {
        let deadline = clock.deadline(for: try request("2026-12-28"), asOf: "2026-12-28")
        #expect(deadline.dueDate == "2027-01-25")
        #expect(deadline.isProvisional)
        #expect(deadline.caveat == "2027年节假日安排尚未载入，期限按周末推算，可能不准确")
        #expect(deadline.explanations.last == "2027年节假日安排尚未载入，期限按周末推算，可能不准确。")
    }
}
