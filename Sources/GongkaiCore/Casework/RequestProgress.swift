/// The state of a request folded from its events: the state machine of 依申请公开.
///
/// Transitions (anything else is a `DisclosureRequestError`):
/// - processing → awaitingCorrection (correctionRequested; at most once, and before any
///   consultation, extension or fee, since 第三十条 asks for it right after receipt)
///   → processing (correctionReceived: the clock restarts) | closed (correctionLapsed, only after
///   the correction deadline: （六）1);
/// - processing → consulting (consultationStarted) → processing (consultationEnded); one at a time;
/// - processing/consulting: extensionApproved, once, 1–20 working days, with the approver and the
///   day the applicant was told;
/// - processing → awaitingFee (feeNoticeIssued, once, with the scale's amount) → processing
///   (feePaid) | closed (feeLapsed, only after the payment deadline: （六）2);
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
    /// The current phase.
    public private(set) var phase: RequestPhase = .processing
    /// The date of the latest event (the receipt date before any).
    public private(set) var lastEventDate: CivilDate
    /// The day the correction notice was sent, if any.
    public private(set) var correctionRequestedOn: CivilDate?
    /// The correction deadline given in the notice.
    public private(set) var correctionDue: CivilDate?
    /// The day the correction arrived, if it did.
    public private(set) var correctionReceivedOn: CivilDate?
    /// The consultations, oldest first.
    public private(set) var consultations: [ConsultationPeriod] = []
    /// The day the extension was approved, if any.
    public private(set) var extensionApprovedOn: CivilDate?
    /// The extension, if any.
    public private(set) var extensionApproval: ExtensionApproval?
    /// The fee notice and its payment, if any.
    public private(set) var fee: FeeRecord?
    /// How and when the request was closed; `nil` while open.
    public private(set) var closure: RequestClosure?

    /// The state of a request received on `receivedOn`, before any event.
    public init(receivedOn: CivilDate) {
        self.receivedOn = receivedOn
        self.lastEventDate = receivedOn
    }

    /// Applies `event`, or says why it cannot happen now.
    public mutating func apply(_ event: RequestEvent) throws(DisclosureRequestError.Reason) {
        if let closure { throw .alreadyClosed(closure) }
        guard event.date >= receivedOn else { throw .dateBeforeReceipt(receivedOn: receivedOn) }
        guard event.date >= lastEventDate else { throw .dateOutOfOrder(previous: lastEventDate) }
        let date = event.date
        switch event.kind {
        case .correctionRequested(let due):
            try require(.processing, for: event)
            guard correctionRequestedOn == nil else { throw .correctionAlreadyRequested(on: correctionRequestedOn!) }
            guard consultations.isEmpty, extensionApproval == nil, fee == nil else { throw .correctionAfterOtherSteps }
            guard due > date else { throw .correctionDueNotAfterNotice(due: due) }
            correctionRequestedOn = date
            correctionDue = due
            phase = .awaitingCorrection
        case .correctionReceived:
            guard phase == .awaitingCorrection else { throw .noCorrectionPending }
            correctionReceivedOn = date
            phase = .processing
        case .correctionLapsed:
            guard phase == .awaitingCorrection, let due = correctionDue else { throw .noCorrectionPending }
            guard date > due else { throw .correctionNotYetLapsed(due: due) }
            close(on: date, .otherHandlingNoCorrection, .correctionLapsed)
        case .consultationStarted(let party):
            if phase == .consulting { throw .consultationAlreadyOpen }
            try require(.processing, for: event)
            consultations.append(ConsultationPeriod(party: party, startedOn: date))
            phase = .consulting
        case .consultationEnded:
            guard phase == .consulting else { throw .noConsultationOpen }
            consultations[consultations.count - 1].endedOn = date
            phase = .processing
        case .extensionApproved(let approval):
            if phase != .consulting { try require(.processing, for: event) }
            if let previous = extensionApproval, let on = extensionApprovedOn {
                throw .extensionAlreadyApproved(on: on, days: previous.days)
            }
            guard approval.days >= 1 else { throw .extensionNotPositive(days: approval.days) }
            guard approval.days <= 20 else { throw .extensionTooLong(days: approval.days) }
            guard !approval.approvedBy.trimmedForRecord.isEmpty else { throw .extensionApproverMissing }
            guard approval.applicantNotifiedOn >= date else { throw .extensionNotifiedBeforeApproval }
            extensionApprovedOn = date
            extensionApproval = approval
        case .feeNoticeIssued(let notice):
            if phase == .awaitingFee || fee != nil { throw .feeAlreadyNoticed(on: fee!.noticeOn) }
            try require(.processing, for: event)
            let expected: Int
            do {
                expected = try InformationProcessingFee.assess(notice.basis).amountYuan
            } catch {
                throw .invalidFeeBasis(error)
            }
            guard expected > 0 else { throw .noFeeDue(notice.basis) }
            guard notice.amountYuan == expected else {
                throw .feeAmountMismatch(expected: expected, given: notice.amountYuan)
            }
            guard notice.paymentDue > date else { throw .paymentDueNotAfterNotice(due: notice.paymentDue) }
            fee = FeeRecord(noticeOn: date, notice: notice)
            phase = .awaitingFee
        case .feePaid:
            guard phase == .awaitingFee else { throw .noFeePending }
            fee!.paidOn = date
            phase = .processing
        case .feeLapsed:
            guard phase == .awaitingFee, let fee else { throw .noFeePending }
            guard date > fee.notice.paymentDue else { throw .feeNotYetLapsed(due: fee.notice.paymentDue) }
            close(on: date, .otherHandlingUnpaidFee, .feeLapsed)
        case .replied(let result):
            try require(.processing, for: event)
            guard result.isReplyResult else { throw .lapseResultAsReply(result) }
            if result == .unavailableStillUnclear, correctionReceivedOn == nil { throw .stillUnclearWithoutCorrection }
            close(on: date, result, .replied)
        case .withdrawn:
            close(on: date, .otherHandlingOther, .withdrawn)
        }
        lastEventDate = date
    }

    private func require(_ expected: RequestPhase, for event: RequestEvent) throws(DisclosureRequestError.Reason) {
        guard phase == expected else {
            throw .notAllowedWhile(phase: phase, attempted: event.kind.tag, pendingSince: pendingSince)
        }
    }

    /// The date the current waiting phase began (notice sent, consultation started).
    private var pendingSince: CivilDate? {
        switch phase {
        case .awaitingCorrection: correctionRequestedOn
        case .consulting: consultations.last?.startedOn
        case .awaitingFee: fee?.noticeOn
        case .processing, .closed: nil
        }
    }

    private mutating func close(on date: CivilDate, _ result: ReplyResult, _ way: RequestClosure.Way) {
        closure = RequestClosure(date: date, result: result, way: way)
        phase = .closed
    }
}
