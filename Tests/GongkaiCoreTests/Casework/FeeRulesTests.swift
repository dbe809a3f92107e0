import Testing

@testable import GongkaiCore

/// 信息处理费 under 国办函〔2020〕109号《政府信息公开信息处理费管理办法》: in force from 2021-01-01;
/// payment within 20 working days from the day after the notice is received; the notice within
/// the handling period. Dates hand-counted on the 2025 calendar (清明 04-04..06).
@Suite("Fees: 2021-01-01, the 20-working-day payment period from delivery, notices after the deadline (FeeRules)")
struct FeeRulesTests {
    let clock = StatutoryClock(calendar: .official)
    let notice = try! FeeNotice(basis: .perVolume(pages: 150))

    func request(_ receivedOn: CivilDate, _ events: [RequestEvent] = []) throws -> DisclosureRequest {
        try CaseworkFixtures.request(receivedOn: receivedOn, events: events)
    }

    @Test("no fee event before 2021-01-01, when the 办法 took effect")
    func beforeMeasures() throws {
        var item = try request("2020-12-01")
        do {
            try item.record(RequestEvent(.feeNoticeIssued(notice), on: "2020-12-31"))
            Issue.record("a fee notice of 2020 was accepted")
        } catch {
            #expect(error.reason == .feeBeforeFeeMeasures)
            #expect(error.reason.message.contains("自2021年1月1日起施行"))
        }
        let offer = item.progress.allowedEvents().first { $0.tag == .feeNoticeIssued }
        #expect(offer?.earliestDate == "2021-01-01")
        try item.record(RequestEvent(.feeNoticeIssued(notice), on: "2021-01-04"))
    }

    @Test("a lapse before the 20th working day after delivery is refused; the day after is the default (04-12)")
    func lapseAfterPaymentPeriod() throws {
        // Issued Mon 03-10, delivered Thu 03-13: 03-14 (1), 03-17..21 (6), 03-24..28 (11),
        // 03-31..04-03 (15), 04-04 清明, 04-07..11 (20) → pay by Fri 04-11.
        let delivered = try FeeNotice(basis: .perVolume(pages: 150), deliveredOn: "2025-03-13")
        var item = try request("2025-03-03", [RequestEvent(.feeNoticeIssued(delivered), on: "2025-03-10")])
        #expect(item.progress.fee?.paymentDue == "2025-04-11")
        #expect(item.progress.lapseDate == "2025-04-12")
        for early in ["2025-04-09", "2025-04-11"] as [CivilDate] {
            #expect(throws: DisclosureRequestError.self) { try item.recording(RequestEvent(.feeLapsed(noticeDeliveredOn: nil), on: early)) }
        }
        let offer = try #require(item.progress.allowedEvents().first { $0.tag == .feeLapsed })
        #expect(offer.defaultDate == "2025-04-12")
        try item.record(RequestEvent(.feeLapsed(noticeDeliveredOn: nil), on: "2025-04-12"))
        #expect(item.closure == RequestClosure(date: "2025-04-12", result: .otherHandlingUnpaidFee, way: .feeLapsed))
    }

    @Test("a delivery date given only with the lapse moves the deadline too")
    func deliveryWithLapse() throws {
        // Without delivery the period runs from the issue day: 20 working days after 03-10 → 04-08.
        let item = try request("2025-03-03", [RequestEvent(.feeNoticeIssued(notice), on: "2025-03-10")])
        #expect(item.progress.fee?.paymentDue == "2025-04-08")
        // The postal receipt shows delivery on 03-13: a lapse on 04-09 is then too early.
        do {
            _ = try item.recording(RequestEvent(.feeLapsed(noticeDeliveredOn: "2025-03-13"), on: "2025-04-09"))
            Issue.record("accepted")
        } catch {
            #expect(error.reason == .feeNotYetLapsed(due: "2025-04-11"))
        }
    }

    @Test("a fee notice sent after the reply deadline is reported")
    func lateNotice() throws {
        // Due 03-31; the notice goes out on 04-02.
        let item = try request("2025-03-03", [RequestEvent(.feeNoticeIssued(notice), on: "2025-04-02")])
        let deadline = clock.deadline(for: item, asOf: "2025-04-02")
        #expect(deadline.warnings == ["收费通知于4月2日发出，晚于答复期限（3月31日）；收费通知应在答复期限内发出（国办函〔2020〕109号）。"])
        let onTime = try request("2025-03-03", [RequestEvent(.feeNoticeIssued(notice), on: "2025-03-31")])
        #expect(clock.deadline(for: onTime, asOf: "2025-03-31").warnings.isEmpty)
    }

    @Test("waiting for payment past the deadline says the lapse can be recorded, and from when")
    func waitingPastDeadline() throws {
        let item = try request("2025-03-03", [RequestEvent(.feeNoticeIssued(notice), on: "2025-03-10")])
        let deadline = clock.deadline(for: item, asOf: "2025-04-10")
        #expect(deadline.state == .awaitingApplicant)
        #expect(deadline.explanations.last == "正在等待申请人缴费（缴费期限至4月8日），答复期限暂停，缴费后尚余15个工作日；缴费期限已届满，可登记逾期未缴费（4月9日起视为放弃申请）。")
    }
}
