/// The state of a request folded from its events: the state machine of 依申请公开.
///
/// Transitions (anything else is a `DisclosureRequestError`; `allowedEvents()` lists what may
/// come next):
/// - processing → awaitingCorrection (correctionRequested; at most once, and before any other
///   step, since 第三十条 asks for it right after receipt) → processing (correctionReceived: the
///   clock restarts) | closed (correctionLapsed, only after the correction deadline: （六）1);
/// - processing/consulting → consulting (consultationStarted; several may be out at once, each
///   with its own addressee) → processing once the last is ended (consultationEnded);
/// - processing/consulting: extensionApproved, any number of times while all approvals together
///   stay within 20 working days (2007 regime: 15), each with the approver and the day the
///   applicant was told;
/// - processing → awaitingFee (feeNoticeIssued, once, from 2021-01-01, with the scale's amount
///   and a payment deadline no earlier than the 办法's) → processing (feePaid) | closed
///   (feeLapsed, only after the payment deadline: （六）2);
/// - processing/consulting (第三十五条): reasonsRequested, once → reasonsReceived, once;
///   replyDateSet, once, after reasonsRequested;
/// - processing → closed (replied, with any result but the two lapse results; （四）3 only after a
///   correction was received);
/// - any open phase → closed (withdrawn: （六）3).
///
/// Events must be dated on or after receipt and in order (same day allowed); nothing follows
/// closure. Timeliness (a late correction notice, an extension after the deadline) is not a
/// transition error: it is what the statutory clock reports as a warning.
public struct RequestProgress: Sendable, Hashable {
    /// The date of receipt.
    public let receivedOn: CivilDate
    /// The Regulation in force on the date of receipt.
    public var regime: DisclosureRegime { DisclosureRegime.forReceipt(on: receivedOn) }
    /// The current phase.
    public internal(set) var phase: RequestPhase = .processing
    /// The date of the latest event (the receipt date before any).
    public internal(set) var lastEventDate: CivilDate
    /// The day the correction notice was sent, if any.
    public internal(set) var correctionRequestedOn: CivilDate?
    /// The correction deadline given in the notice.
    public internal(set) var correctionDue: CivilDate?
    /// The day the correction arrived, if it did.
    public internal(set) var correctionReceivedOn: CivilDate?
    /// The consultations, in the order they were sent.
    public internal(set) var consultations: [ConsultationPeriod] = []
    /// The extensions approved, in order, with their days of approval.
    public internal(set) var extensions: [ExtensionRecord] = []
    /// The fee notice and its payment, if any.
    public internal(set) var fee: FeeRecord?
    /// 第三十五条: the day the agency asked for reasons, if it did.
    public internal(set) var reasonsRequestedOn: CivilDate?
    /// 第三十五条: the day the applicant's reasons arrived, if they did.
    public internal(set) var reasonsReceivedOn: CivilDate?
    /// 第三十五条: the later reply date set, if any.
    public internal(set) var delayedReply: DelayedReply?
    /// How and when the request was closed; `nil` while open.
    public internal(set) var closure: RequestClosure?
    /// The working-day calendar the fee's payment deadline is counted in (not part of equality).
    let calendar: CalendarReference

    /// The state of a request received on `receivedOn`, before any event.
    public init(receivedOn: CivilDate, calendar: WorkdayCalendar = .official) {
        self.receivedOn = receivedOn
        self.lastEventDate = receivedOn
        self.calendar = CalendarReference(calendar)
    }

    /// The consultations still out, in the order they were sent.
    public var openConsultations: [ConsultationPeriod] { consultations.filter(\.isOpen) }

    /// The working days all extensions add together.
    public var extensionDays: Int { extensions.reduce(0) { $0 + $1.approval.days } }

    /// The working days an extension may still add (the regime's limit less those approved).
    public var remainingExtensionDays: Int { max(0, regime.maximumExtension - extensionDays) }

    /// The day a lapse takes effect when the applicant lets the correction or payment deadline
    /// pass: the day after it. The default date of a `correctionLapsed` or `feeLapsed` event; a
    /// lapse cannot be dated earlier. `nil` unless a correction or fee is pending.
    public var lapseDate: CivilDate? {
        switch phase {
        case .awaitingCorrection: correctionDue?.adding(days: 1)
        case .awaitingFee: fee?.paymentDue.adding(days: 1)
        case .processing, .consulting, .closed: nil
        }
    }

    /// Applies `event`, or says why it cannot happen now.
    public mutating func apply(_ event: RequestEvent) throws(DisclosureRequestError.Reason) {
        if let closure { throw .alreadyClosed(closure) }
        guard event.date >= receivedOn else { throw .dateBeforeReceipt(receivedOn: receivedOn) }
        guard event.date >= lastEventDate else { throw .dateOutOfOrder(previous: lastEventDate) }
        switch event.kind {
        case .correctionRequested(let due): try requestCorrection(due: due, on: event)
        case .correctionReceived:
            guard phase == .awaitingCorrection else { throw .noCorrectionPending }
            correctionReceivedOn = event.date
            phase = .processing
        case .correctionLapsed:
            guard phase == .awaitingCorrection, let due = correctionDue else { throw .noCorrectionPending }
            guard event.date > due else { throw .correctionNotYetLapsed(due: due) }
            close(on: event.date, .otherHandlingNoCorrection, .correctionLapsed)
        case .consultationStarted(let consultation): try startConsultation(consultation, on: event)
        case .consultationEnded(let answer): try endConsultation(answer, on: event.date)
        case .extensionApproved(let approval): try approveExtension(approval, on: event)
        case .feeNoticeIssued(let notice): try issueFeeNotice(notice, on: event)
        case .feePaid:
            guard phase == .awaitingFee else { throw .noFeePending }
            fee!.paidOn = event.date
            phase = .processing
        case .feeLapsed(let delivered): try lapseFee(noticeDeliveredOn: delivered, on: event.date)
        case .reasonsRequested, .reasonsReceived, .replyDateSet: try applyArticle35(event)
        case .replied(let result):
            try require(.processing, for: event)
            guard result.isReplyResult else { throw .lapseResultAsReply(result) }
            if result == .unavailableStillUnclear, correctionReceivedOn == nil { throw .stillUnclearWithoutCorrection }
            close(on: event.date, result, .replied)
        case .withdrawn:
            close(on: event.date, .otherHandlingOther, .withdrawn)
        }
        lastEventDate = event.date
    }

    func require(_ expected: RequestPhase..., for event: RequestEvent) throws(DisclosureRequestError.Reason) {
        guard expected.contains(phase) else {
            throw .notAllowedWhile(phase: phase, attempted: event.kind.tag, pendingSince: pendingSince)
        }
    }

    /// The date the current waiting phase began (notice sent, first open consultation sent).
    private var pendingSince: CivilDate? {
        switch phase {
        case .awaitingCorrection: correctionRequestedOn
        case .consulting: openConsultations.first?.startedOn
        case .awaitingFee: fee?.noticeOn
        case .processing, .closed: nil
        }
    }

    mutating func close(on date: CivilDate, _ result: ReplyResult, _ way: RequestClosure.Way) {
        closure = RequestClosure(date: date, result: result, way: way)
        phase = .closed
    }
}

/// An extension and the day it was approved.
public struct ExtensionRecord: Sendable, Hashable, Codable {
    /// The day of approval (the event's date).
    public let approvedOn: CivilDate
    /// The approval.
    public let approval: ExtensionApproval
}

/// A fee notice and its dates; `paidOn` is `nil` until paid.
public struct FeeRecord: Sendable, Hashable, Codable {
    /// The day the notice was sent.
    public let noticeOn: CivilDate
    /// The notice.
    public internal(set) var notice: FeeNotice
    /// The last day to pay: the notice's date or the 办法's 20 working days from the day after
    /// delivery, whichever is later.
    public internal(set) var paymentDue: CivilDate
    /// The day of payment; `nil` until paid.
    public internal(set) var paidOn: CivilDate?
}

/// A working-day calendar carried by a value without taking part in its equality: two states
/// are the same whatever calendar they were checked with.
struct CalendarReference: Sendable, Hashable {
    let value: WorkdayCalendar

    init(_ value: WorkdayCalendar) { self.value = value }

    static func == (lhs: CalendarReference, rhs: CalendarReference) -> Bool { true }
    func hash(into hasher: inout Hasher) {}
}
