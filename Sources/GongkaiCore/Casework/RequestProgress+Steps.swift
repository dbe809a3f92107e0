/// The transitions with more than a line of checks, one function each.
extension RequestProgress {
    mutating func requestCorrection(due: CivilDate, on event: RequestEvent) throws(DisclosureRequestError.Reason) {
        try require(.processing, for: event)
        if let on = correctionRequestedOn { throw .correctionAlreadyRequested(on: on) }
        guard consultations.isEmpty, extensions.isEmpty, fee == nil, reasonsRequestedOn == nil else {
            throw .correctionAfterOtherSteps
        }
        guard due > event.date else { throw .correctionDueNotAfterNotice(due: due) }
        correctionRequestedOn = event.date
        correctionDue = due
        phase = .awaitingCorrection
    }

    mutating func startConsultation(_ consultation: Consultation, on event: RequestEvent)
        throws(DisclosureRequestError.Reason)
    {
        try require(.processing, .consulting, for: event)
        if let delivered = consultation.deliveredOn, delivered < event.date {
            throw .deliveredBeforeSending(deliveredOn: delivered)
        }
        if openConsultations.contains(where: { $0.consultation.addressee == consultation.addressee }) {
            throw .consultationAlreadyOpen(addressee: consultation.addressee)
        }
        consultations.append(ConsultationPeriod(consultation: consultation, startedOn: event.date))
        phase = .consulting
    }

    mutating func endConsultation(_ answer: ConsultationAnswer, on date: CivilDate) throws(DisclosureRequestError.Reason) {
        let open = consultations.indices.filter { consultations[$0].isOpen }
        guard !open.isEmpty else { throw .noConsultationOpen }
        let index: Int
        if let addressee = answer.addressee, !addressee.isEmpty {
            guard let found = open.first(where: { consultations[$0].consultation.addressee == addressee }) else {
                throw .consultationNotFound(addressee: addressee, open: open.map { consultations[$0].consultation.addressee })
            }
            index = found
        } else {
            guard open.count == 1 else {
                throw .consultationAmbiguous(open: open.map { consultations[$0].consultation.addressee })
            }
            index = open[0]
        }
        if let delivered = answer.deliveredOn {
            let period = consultations[index]
            guard delivered >= period.startedOn, delivered <= date else {
                throw .deliveredBeforeSending(deliveredOn: delivered)
            }
            consultations[index].consultation = Consultation(
                period.kind, addressee: period.consultation.addressee, deliveredOn: delivered)
        }
        consultations[index].endedOn = date
        if openConsultations.isEmpty { phase = .processing }
    }

    mutating func approveExtension(_ approval: ExtensionApproval, on event: RequestEvent)
        throws(DisclosureRequestError.Reason)
    {
        try require(.processing, .consulting, for: event)
        guard approval.days >= 1 else { throw .extensionNotPositive(days: approval.days) }
        guard extensionDays + approval.days <= regime.maximumExtension else {
            throw .extensionTotalTooLong(approved: extensionDays, requested: approval.days, regime: regime)
        }
        guard !approval.approvedBy.trimmedForRecord.isEmpty else { throw .extensionApproverMissing }
        guard approval.applicantNotifiedOn >= event.date else { throw .extensionNotifiedBeforeApproval }
        extensions.append(ExtensionRecord(approvedOn: event.date, approval: approval))
    }

    mutating func issueFeeNotice(_ notice: FeeNotice, on event: RequestEvent) throws(DisclosureRequestError.Reason) {
        if let fee { throw .feeAlreadyNoticed(on: fee.noticeOn) }
        try require(.processing, for: event)
        guard event.date >= InformationProcessingFee.effectiveOn else { throw .feeBeforeFeeMeasures }
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
        if let delivered = notice.deliveredOn, delivered < event.date {
            throw .deliveredBeforeSending(deliveredOn: delivered)
        }
        let statutory = statutoryPaymentDue(issuedOn: event.date, deliveredOn: notice.deliveredOn)
        if let given = notice.paymentDue, given < statutory {
            throw .paymentDueTooEarly(due: given, earliest: statutory)
        }
        fee = FeeRecord(
            noticeOn: event.date, notice: notice, paymentDue: max(notice.paymentDue ?? statutory, statutory))
        phase = .awaitingFee
    }

    mutating func lapseFee(noticeDeliveredOn delivered: CivilDate?, on date: CivilDate)
        throws(DisclosureRequestError.Reason)
    {
        guard phase == .awaitingFee, var record = fee else { throw .noFeePending }
        if let delivered {
            guard delivered >= record.noticeOn, delivered <= date else { throw .deliveredBeforeSending(deliveredOn: delivered) }
            let notice = record.notice
            record.notice = FeeNotice(
                basis: notice.basis, amountYuan: notice.amountYuan, paymentDue: notice.paymentDue, deliveredOn: delivered)
            let statutory = statutoryPaymentDue(issuedOn: record.noticeOn, deliveredOn: delivered)
            record.paymentDue = max(notice.paymentDue ?? statutory, statutory)
        }
        guard date > record.paymentDue else { throw .feeNotYetLapsed(due: record.paymentDue) }
        fee = record
        close(on: date, .otherHandlingUnpaidFee, .feeLapsed)
    }

    func statutoryPaymentDue(issuedOn: CivilDate, deliveredOn: CivilDate?) -> CivilDate {
        InformationProcessingFee.statutoryPaymentDue(issuedOn: issuedOn, deliveredOn: deliveredOn, calendar: calendar.value)
            .value
    }

    /// 第三十五条: asking for reasons, receiving them, setting a later reply date.
    mutating func applyArticle35(_ event: RequestEvent) throws(DisclosureRequestError.Reason) {
        try require(.processing, .consulting, for: event)
        guard regime == .regulation2019 else { throw .article35NotInRegime }
        switch event.kind {
        case .reasonsRequested:
            if let on = reasonsRequestedOn { throw .reasonsAlreadyRequested(on: on) }
            reasonsRequestedOn = event.date
        case .reasonsReceived:
            guard reasonsRequestedOn != nil else { throw .noReasonsRequested }
            if let on = reasonsReceivedOn { throw .reasonsAlreadyReceived(on: on) }
            reasonsReceivedOn = event.date
        case .replyDateSet(let delayed):
            guard reasonsRequestedOn != nil else { throw .noReasonsRequested }
            if let delayedReply { throw .replyDateAlreadySet(replyBy: delayedReply.replyBy) }
            guard delayed.replyBy > event.date else { throw .replyDateNotAfterDecision(replyBy: delayed.replyBy) }
            guard delayed.applicantNotifiedOn >= event.date else { throw .replyDateNotifiedBeforeDecision }
            delayedReply = delayed
        default:
            break
        }
    }
}
