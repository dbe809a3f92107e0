import Foundation
import Testing

@testable import GongkaiCore

@Suite("Request lifecycle: the state machine of 依申请公开 and its typed errors (Request)")
struct RequestLifecycleTests {
    let received: CivilDate = "2025-03-03"

    func request(_ events: [RequestEvent] = []) throws -> DisclosureRequest {
        try CaseworkFixtures.request(receivedOn: received, events: events)
    }

    /// The reason `event` is refused after `history`, or `nil` (with a recorded issue) if it is accepted.
    func refusal(_ event: RequestEvent, after history: [RequestEvent] = []) throws -> DisclosureRequestError.Reason? {
        var item = try request(history)
        let before = item
        do {
            try item.record(event)
            Issue.record("event \(event.kind.tag) was accepted")
            return nil
        } catch {
            #expect(item == before, "a refused event leaves the request unchanged")
            #expect(error.eventIndex == history.count)
            #expect(error.requestID == "r1")
            return error.reason
        }
    }

    let reply = RequestEvent(.replied(.granted), on: "2025-03-20")
    let correction = RequestEvent(.correctionRequested(correctionDue: "2025-03-20"), on: "2025-03-05")
    func extensionEvent(_ days: Int, on date: CivilDate = "2025-03-25", by approver: String = "张主任") -> RequestEvent {
        RequestEvent(
            .extensionApproved(ExtensionApproval(days: days, approvedBy: approver, applicantNotifiedOn: date)), on: date
        )
    }

    @Test("a full history is accepted and folds into phases")
    func happyPath() throws {
        let notice = try FeeNotice(basis: .perCase(monthlyOrdinal: 12), paymentDue: "2025-04-30")
        let item = try request([
            correction,
            RequestEvent(.correctionReceived, on: "2025-03-10"),
            RequestEvent(.consultationStarted(Consultation(.thirdParty)), on: "2025-03-11"),
            extensionEvent(20, on: "2025-03-12"),
            RequestEvent(.consultationEnded(ConsultationAnswer()), on: "2025-03-20"),
            RequestEvent(.feeNoticeIssued(notice), on: "2025-03-21"),
            RequestEvent(.feePaid, on: "2025-03-25"),
            RequestEvent(.replied(.partiallyGranted), on: "2025-04-10"),
        ])
        #expect(item.phase == .closed)
        #expect(item.closure == RequestClosure(date: "2025-04-10", result: .partiallyGranted, way: .replied))
        #expect(item.progress(asOf: "2025-03-06").phase == .awaitingCorrection)
        #expect(item.progress(asOf: "2025-03-15").phase == .consulting)
        #expect(item.progress(asOf: "2025-03-22").phase == .awaitingFee)
        #expect(item.progress(asOf: "2025-03-26").phase == .processing)
        #expect(item.status(on: "2025-03-02") == .notReceived)
        #expect(item.status(on: "2025-03-15") == .open(.consulting))
        #expect(item.status(on: "2025-04-10") == .closed(.partiallyGranted, on: "2025-04-10"))
        #expect(item.isOpen(atEndOf: "2025-04-09"))
        #expect(!item.isOpen(atEndOf: "2025-04-10"))
    }

    @Test("replying twice is refused: the request is closed")
    func replyTwice() throws {
        let reason = try refusal(RequestEvent(.replied(.deniedStateSecret), on: "2025-03-21"), after: [reply])
        #expect(reason == .alreadyClosed(RequestClosure(date: "2025-03-20", result: .granted, way: .replied)))
        #expect(reason?.message == "该申请已于2025年3月20日办结（作出答复），不能再登记其他事项")
    }

    @Test("a correction after the reply, or any event after withdrawal, is refused")
    func afterClosure() throws {
        let late = RequestEvent(.correctionRequested(correctionDue: "2025-04-30"), on: "2025-03-21")
        guard case .alreadyClosed = try refusal(late, after: [reply]) else {
            Issue.record("wrong reason")
            return
        }
        let withdrawn = RequestEvent(.withdrawn, on: "2025-03-10")
        guard case .alreadyClosed(let closure) = try refusal(reply, after: [withdrawn]) else {
            Issue.record("wrong reason")
            return
        }
        #expect(closure.result == .otherHandlingOther)
        #expect(closure.way == .withdrawn)
    }

    @Test("events dated before receipt or before the previous event are refused")
    func dates() throws {
        #expect(
            try refusal(RequestEvent(.replied(.granted), on: "2025-03-02")) == .dateBeforeReceipt(receivedOn: received))
        let consultation = RequestEvent(.consultationStarted(Consultation(.thirdParty)), on: "2025-03-10")
        #expect(
            try refusal(RequestEvent(.consultationEnded(ConsultationAnswer()), on: "2025-03-09"), after: [consultation])
                == .dateOutOfOrder(previous: "2025-03-10"))
        // The same day is fine.
        #expect((try? request([consultation, RequestEvent(.consultationEnded(ConsultationAnswer()), on: "2025-03-10")])) != nil)
    }

    @Test("extensions add up to at most 20 working days in all (第三十三条第二款), in as many approvals as needed")
    func extensions() throws {
        // 10 + 5 + 5 = 20 is accepted; one more day is not.
        let twenty = try request([
            extensionEvent(10), extensionEvent(5, on: "2025-03-26"), extensionEvent(5, on: "2025-03-27"),
        ])
        #expect(twenty.progress.extensionDays == 20)
        #expect(twenty.progress.remainingExtensionDays == 0)
        let over = try refusal(
            extensionEvent(1, on: "2025-03-28"),
            after: [extensionEvent(10), extensionEvent(5, on: "2025-03-26"), extensionEvent(5, on: "2025-03-27")])
        #expect(over == .extensionTotalTooLong(approved: 20, requested: 1, regime: .regulation2019))
        // The message states what the article says (the limit of the total), nothing more.
        #expect(
            over?.message
                == "此前已延长20个工作日，本次延长1个工作日，合计21个工作日，超过《条例》（国务院令第711号）第三十三条第二款规定的延长期限最长20个工作日")
        let twentyOne = try refusal(extensionEvent(21))
        #expect(twentyOne?.message == "延长期限为21个工作日，超过《条例》（国务院令第711号）第三十三条第二款规定的延长期限最长20个工作日")
        #expect(try refusal(extensionEvent(0)) == .extensionNotPositive(days: 0))
        #expect(try refusal(extensionEvent(5, by: "  ")) == .extensionApproverMissing)
        let early = RequestEvent(
            .extensionApproved(ExtensionApproval(days: 5, approvedBy: "张主任", applicantNotifiedOn: "2025-03-24")),
            on: "2025-03-25")
        #expect(try refusal(early) == .extensionNotifiedBeforeApproval)
        // No message claims the article allows a single extension.
        for reason in [over, twentyOne] { #expect(reason?.message.contains("一次") == false) }
    }

    @Test("a second correction, or one after other steps, is refused (第三十条: once, right after receipt)")
    func corrections() throws {
        let again = RequestEvent(.correctionRequested(correctionDue: "2025-03-31"), on: "2025-03-12")
        #expect(
            try refusal(again, after: [correction, RequestEvent(.correctionReceived, on: "2025-03-10")])
                == .correctionAlreadyRequested(on: "2025-03-05"))
        #expect(try refusal(again, after: [extensionEvent(5, on: "2025-03-10")]) == .correctionAfterOtherSteps)
        #expect(
            try refusal(RequestEvent(.correctionRequested(correctionDue: "2025-03-05"), on: "2025-03-05"))
                == .correctionDueNotAfterNotice(due: "2025-03-05"))
        #expect(try refusal(RequestEvent(.correctionReceived, on: "2025-03-10")) == .noCorrectionPending)
        #expect(
            try refusal(RequestEvent(.correctionLapsed, on: "2025-03-20"), after: [correction])
                == .correctionNotYetLapsed(due: "2025-03-20"))
    }

    @Test("replying, consulting or charging while waiting for the applicant is refused")
    func waitingPhases() throws {
        #expect(
            try refusal(reply, after: [correction])
                == .notAllowedWhile(phase: .awaitingCorrection, attempted: .replied, pendingSince: "2025-03-05"))
        let consultation = RequestEvent(.consultationStarted(Consultation(.thirdParty)), on: "2025-03-10")
        let reason = try refusal(reply, after: [consultation])
        #expect(reason == .notAllowedWhile(phase: .consulting, attempted: .replied, pendingSince: "2025-03-10"))
        #expect(reason?.message == "申请目前处于“征求意见中”状态（自2025年3月10日起），不能登记“作出答复”；请先登记征求意见结束")
        // A second consultation to another party is fine; the same unnamed party twice is not.
        #expect(
            try refusal(
                RequestEvent(.consultationStarted(Consultation(.otherAgency)), on: "2025-03-11"), after: [consultation])
                == .consultationAlreadyOpen(addressee: ""))
        #expect(try refusal(RequestEvent(.consultationEnded(ConsultationAnswer()), on: "2025-03-11")) == .noConsultationOpen)
        let notice = try FeeNotice(basis: .perVolume(pages: 31), paymentDue: "2025-04-30")
        #expect(
            try refusal(RequestEvent(.feeNoticeIssued(notice), on: "2025-03-11"), after: [consultation])
                == .notAllowedWhile(phase: .consulting, attempted: .feeNoticeIssued, pendingSince: "2025-03-10"))
        #expect(
            try refusal(extensionEvent(5), after: [correction])
                == .notAllowedWhile(
                    phase: .awaitingCorrection, attempted: .extensionApproved, pendingSince: "2025-03-05"))
    }

    @Test("fee notices: once, at the scale's amount, never for nothing; lapse only after the deadline")
    func fees() throws {
        let notice = try FeeNotice(basis: .perVolume(pages: 31), paymentDue: "2025-04-30")
        let issued = RequestEvent(.feeNoticeIssued(notice), on: "2025-03-10")
        #expect(
            try refusal(
                RequestEvent(.feeNoticeIssued(notice), on: "2025-03-20"),
                after: [issued, RequestEvent(.feePaid, on: "2025-03-12")])
                == .feeAlreadyNoticed(on: "2025-03-10"))
        let wrongAmount = FeeNotice(basis: .perVolume(pages: 31), amountYuan: 100, paymentDue: "2025-04-30")
        #expect(
            try refusal(RequestEvent(.feeNoticeIssued(wrongAmount), on: "2025-03-10"))
                == .feeAmountMismatch(expected: 10, given: 100))
        let free = FeeNotice(basis: .perCase(monthlyOrdinal: 10), amountYuan: 0, paymentDue: "2025-04-30")
        #expect(
            try refusal(RequestEvent(.feeNoticeIssued(free), on: "2025-03-10"))
                == .noFeeDue(.perCase(monthlyOrdinal: 10)))
        let invalid = FeeNotice(basis: .perCase(monthlyOrdinal: 0), amountYuan: 0, paymentDue: "2025-04-30")
        #expect(
            try refusal(RequestEvent(.feeNoticeIssued(invalid), on: "2025-03-10"))
                == .invalidFeeBasis(.invalidOrdinal(0)))
        #expect(try refusal(RequestEvent(.feePaid, on: "2025-03-10")) == .noFeePending)
        #expect(
            try refusal(RequestEvent(.feeLapsed(noticeDeliveredOn: nil), on: "2025-04-30"), after: [issued])
                == .feeNotYetLapsed(due: "2025-04-30"))
        // Issued Mon 03-10: 20 working days from the day after are 03-11..14 (4), 03-17..21 (9),
        // 03-24..28 (14), 03-31..04-03 (18), 04-04 清明, 04-07 (19), 04-08 (20). A notice cannot
        // give the applicant less.
        let short = FeeNotice(basis: .perVolume(pages: 31), amountYuan: 10, paymentDue: "2025-04-07")
        #expect(
            try refusal(RequestEvent(.feeNoticeIssued(short), on: "2025-03-10"))
                == .paymentDueTooEarly(due: "2025-04-07", earliest: "2025-04-08"))
    }

    @Test("the lapse results cannot be recorded as replies, and （四）3 needs a received correction")
    func resultRules() throws {
        #expect(
            try refusal(RequestEvent(.replied(.otherHandlingNoCorrection), on: "2025-03-20"))
                == .lapseResultAsReply(.otherHandlingNoCorrection))
        #expect(
            try refusal(RequestEvent(.replied(.otherHandlingUnpaidFee), on: "2025-03-20"))
                == .lapseResultAsReply(.otherHandlingUnpaidFee))
        #expect(
            try refusal(RequestEvent(.replied(.unavailableStillUnclear), on: "2025-03-20"))
                == .stillUnclearWithoutCorrection)
        let corrected = try request([correction, RequestEvent(.correctionReceived, on: "2025-03-10")])
        #expect((try? corrected.recording(RequestEvent(.replied(.unavailableStillUnclear), on: "2025-03-20"))) != nil)
    }

    @Test("content and receipt evidence are checked when the request is made")
    func creation() throws {
        #expect(throws: DisclosureRequestError.self) {
            try DisclosureRequest(
                id: "r2", agencyID: "a", applicant: CaseworkFixtures.person, channel: .inPerson, content: "  ",
                receivedOn: "2025-03-03")
        }
        do {
            _ = try DisclosureRequest(
                id: "r3", agencyID: "a", applicant: CaseworkFixtures.person, channel: .online, content: "某文件",
                receipt: ReceiptEvidence(.signedFor, on: "2025-03-03"))
            Issue.record("an online request cannot be dated by a signature")
        } catch {
            guard case .receipt(let receipt) = error.reason else {
                Issue.record("wrong reason")
                return
            }
            #expect(receipt.message.contains("以双方确认之日为收到申请之日"))
            #expect(error.description.hasPrefix("申请 r3："))
        }
        let letter = try DisclosureRequest(
            id: "r4", agencyID: "a", applicant: CaseworkFixtures.person, channel: .letter, content: "某文件",
            receipt: ReceiptEvidence(.signedFor, on: "2025-03-04"))
        #expect(letter.receivedOn == "2025-03-04")
        #expect(
            try RequestChannel.letter.receiptDate(from: ReceiptEvidence(.confirmed, on: "2025-03-05")) == "2025-03-05")
        #expect(
            try RequestChannel.inPerson.receiptDate(from: ReceiptEvidence(.submitted, on: "2025-03-06")) == "2025-03-06"
        )
    }

    @Test("an error names the request and the event in Chinese")
    func errorText() throws {
        var item = try request([reply])
        do {
            try item.record(RequestEvent(.withdrawn, on: "2025-03-21"))
        } catch {
            #expect(error.description == "申请 r1 第2项事件（2025年3月21日 撤回申请）：该申请已于2025年3月20日办结（作出答复），不能再登记其他事项")
        }
    }

    @Test("a request round-trips through JSON; a stored invalid history is refused on decoding")
    func codable() throws {
        let notice = try FeeNotice(basis: .perCase(monthlyOrdinal: 31), paymentDue: "2025-04-30")
        let item = try request([
            RequestEvent(.feeNoticeIssued(notice), on: "2025-03-04", note: "按件"),
            RequestEvent(.feePaid, on: "2025-03-06"),
            RequestEvent(.replied(.deniedQueryMatters), on: "2025-03-20"),
        ])
        let data = try JSONEncoder().encode(item)
        let decoded = try JSONDecoder().decode(DisclosureRequest.self, from: data)
        #expect(decoded == item)
        #expect(decoded.closure?.result == .deniedQueryMatters)

        // Events are flat objects with a stable type tag, ready for one database row each.
        let event = try JSONEncoder().encode(
            RequestEvent(.correctionRequested(correctionDue: "2025-03-20"), on: "2025-03-05"))
        let object = try #require(try JSONSerialization.jsonObject(with: event) as? [String: String])
        #expect(object == ["date": "2025-03-05", "type": "correctionRequested", "correctionDue": "2025-03-20"])

        var json = try #require(String(data: data, encoding: .utf8))
        json = json.replacingOccurrences(of: "2025-03-20", with: "2025-03-01")
        #expect(throws: DisclosureRequestError.self) {
            try JSONDecoder().decode(DisclosureRequest.self, from: Data(json.utf8))
        }
    }

    @Test("第三十六条 replies map to the table-3 rows (36(七) → （三）8, UNVERIFIED)")
    func statutoryReplies() {
        #expect(StatutoryReply.alreadyDisclosed.result == .granted)
        #expect(StatutoryReply.provided.result == .granted)
        #expect(StatutoryReply.separated.result == .partiallyGranted)
        #expect(StatutoryReply.withheld(.thirdPartyRights).result == .deniedThirdPartyRights)
        #expect(StatutoryReply.notExisting.result == .unavailableNotHeld)
        #expect(StatutoryReply.notThisAgency.result == .unavailableNotHeld)
        #expect(StatutoryReply.repeatedApplication.result == .notProcessedDuplicate)
        #expect(StatutoryReply.specialProcedure.result == .deniedQueryMatters)
        #expect(StatutoryReply.needsCreation.result == .unavailableNeedsCreation)
        #expect(StatutoryReply.publication.result == .notProcessedPublication)
        #expect(StatutoryReply.withheld(.processInformation).provision == "第三十六条第（三）项、第十六条第二款")
        for ground in DenialGround.allCases { #expect(ground.result.rawValue == "denied.\(ground.rawValue)") }
    }

    @Test("every reply result is a 2021 row; the （六） results share one row in 2019")
    func resultRows() {
        let rows2021 = Set(Templates.layout(.requests, .v2021).rows.map(\.key))
        let rows2019 = Set(Templates.layout(.requests, .v2019).rows.map(\.key))
        for result in ReplyResult.allCases {
            #expect(rows2021.contains(result.rowKey(in: .v2021)))
            #expect(rows2019.contains(result.rowKey(in: .v2019)))
        }
        #expect(ReplyResult.otherHandlingUnpaidFee.rowKey(in: .v2019) == "otherHandling")
        let resultRows2021 = rows2021.subtracting(["newReceived", "carriedOver", "total", "carriedForward"])
        #expect(Set(ReplyResult.allCases.map { $0.rowKey(in: .v2021) }) == resultRows2021)
        #expect(ReplyResult.deniedSecurityStability.label == "（三）不予公开 3.危及“三安全一稳定”")
    }
}
