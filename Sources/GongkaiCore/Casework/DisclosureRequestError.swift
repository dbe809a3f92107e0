/// Why a request or one of its events is invalid: which request, which event, and why.
///
/// User-facing text is produced in one place, `DisclosureRequestError+Message.swift`.
public struct DisclosureRequestError: Error, Sendable, Hashable {
    /// The request at fault.
    public var requestID: RecordID
    /// The 0-based position of the offending event in the request's history; `nil` when the fault
    /// is in the request itself.
    public var eventIndex: Int?
    /// The offending event, if the fault is an event.
    public var event: RequestEvent?
    /// What is wrong.
    public var reason: Reason

    /// An error about `requestID` and, if given, its event at `eventIndex`.
    public init(requestID: RecordID, eventIndex: Int? = nil, event: RequestEvent? = nil, reason: Reason) {
        self.requestID = requestID
        self.eventIndex = eventIndex
        self.event = event
        self.reason = reason
    }

    /// What is wrong.
    public enum Reason: Error, Sendable, Hashable {
        /// The request has no content (申请内容).
        case emptyContent
        /// The receipt evidence does not fit the channel.
        case receipt(ReceiptEvidenceError)
        /// The request is closed; nothing can follow (a second reply, a correction after the reply…).
        case alreadyClosed(RequestClosure)
        /// An event dated before the request was received.
        case dateBeforeReceipt(receivedOn: CivilDate)
        /// An event dated before the previous event.
        case dateOutOfOrder(previous: CivilDate)
        /// The event cannot happen in the current phase (e.g. a reply while waiting for a correction).
        case notAllowedWhile(phase: RequestPhase, attempted: RequestEventTag, pendingSince: CivilDate?)
        /// A second correction notice (第三十条: the applicant is told once, 一次性告知).
        case correctionAlreadyRequested(on: CivilDate)
        /// A correction notice after consultation, extension or fee steps.
        case correctionAfterOtherSteps
        /// The correction deadline is not after the notice.
        case correctionDueNotAfterNotice(due: CivilDate)
        /// A correction received or lapsed with no correction notice out.
        case noCorrectionPending
        /// A lapse recorded on or before the correction deadline.
        case correctionNotYetLapsed(due: CivilDate)
        /// A consultation started to an addressee with one already out (they could not be told apart).
        case consultationAlreadyOpen(addressee: String)
        /// A consultation ended with none out.
        case noConsultationOpen
        /// A consultation ended naming an addressee with none out.
        case consultationNotFound(addressee: String, open: [String])
        /// A consultation ended without naming which, while several are out.
        case consultationAmbiguous(open: [String])
        /// A delivery date before the document was sent (or after the event recording it).
        case deliveredBeforeSending(deliveredOn: CivilDate)
        /// Extensions adding up to more than the regime allows (第三十三条第二款: 20 working days;
        /// 2007 第二十四条第二款: 15).
        case extensionTotalTooLong(approved: Int, requested: Int, regime: DisclosureRegime)
        /// An extension of zero or fewer days.
        case extensionNotPositive(days: Int)
        /// An extension without the approver.
        case extensionApproverMissing
        /// The applicant notified of an extension before it was approved.
        case extensionNotifiedBeforeApproval
        /// A second fee notice.
        case feeAlreadyNoticed(on: CivilDate)
        /// A fee basis the scale rejects.
        case invalidFeeBasis(FeeError)
        /// A fee notice where the scale charges nothing.
        case noFeeDue(FeeBasis)
        /// A fee notice whose amount is not the scale's.
        case feeAmountMismatch(expected: Int, given: Int)
        /// A fee notice dated before the 办法 took effect (2021-01-01).
        case feeBeforeFeeMeasures
        /// A payment deadline earlier than the 办法's 20 working days after delivery.
        case paymentDueTooEarly(due: CivilDate, earliest: CivilDate)
        /// A payment or lapse with no fee notice out.
        case noFeePending
        /// A lapse recorded on or before the payment deadline.
        case feeNotYetLapsed(due: CivilDate)
        /// A reply recorded with a lapse result (（六）1/2), which only the lapse events produce.
        case lapseResultAsReply(ReplyResult)
        /// （四）3 补正后申请内容仍不明确 without a received correction.
        case stillUnclearWithoutCorrection
        /// A 第三十五条 step on a request under the 2007 Regulation, which has no such article.
        case article35NotInRegime
        /// A second request for reasons.
        case reasonsAlreadyRequested(on: CivilDate)
        /// Reasons received or a later reply date set without asking for reasons first.
        case noReasonsRequested
        /// Reasons received twice.
        case reasonsAlreadyReceived(on: CivilDate)
        /// A second later reply date.
        case replyDateAlreadySet(replyBy: CivilDate)
        /// A later reply date not after the day it is set.
        case replyDateNotAfterDecision(replyBy: CivilDate)
        /// The applicant told of the later reply date before it was set.
        case replyDateNotifiedBeforeDecision
        /// A piece count (一事一申请 split) below 1.
        case invalidPieceCount(Int)
    }
}
