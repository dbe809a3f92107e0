/// What each event does to the clock, with the Chinese sentence an officer reads for it.
extension ClockRun {
    mutating func apply(_ event: RequestEvent) {
        let date = event.date
        switch event.kind {
        case .correctionRequested(let due):
            if let deadline = correctionNoticeDeadline, date > deadline {
                warnings.append("补正通知于\(text(date))发出，晚于第三十条规定的收到申请后7个工作日（应不迟于\(text(deadline))）。")
            }
            correctionNotice = (date, due)
            awaitingCorrection = true
            explanations.append("\(text(date))发出补正通知，补正期限至\(text(due))；等待补正期间不计算答复期限。")
        case .correctionReceived:
            anchor = date
            pauses = []
            awaitingCorrection = false
            let due = resolve().due!
            let notice = correctionNotice.map { "补正通知于\(text($0.on))发出，" } ?? ""
            explanations.append("\(notice)补正材料于\(text(date))收到，期限自\(text(date))起重新计算，至\(text(due))。")
            if let limit = correctionNotice?.due, date > limit {
                warnings.append("补正材料于\(text(date))收到，晚于补正期限（\(text(limit))）。")
            }
        case .correctionLapsed:
            let limit = correctionNotice?.due
            let article = regime == .regulation2019 ? "（第三十条）" : ""
            explanations.append(
                "申请人未在补正期限" + (limit.map { "（至\(text($0))）" } ?? "") + "内补正，\(text(date))视为放弃申请，不再处理\(article)。")
            if let limit { warnLateLapse(recordedOn: date, deadline: limit, what: "补正") }
            closure = (date, .otherHandlingNoCorrection, .correctionLapsed)
        case .consultationStarted(let consultation): startConsultation(consultation, on: date)
        case .consultationEnded(let answer): endConsultation(answer, on: date)
        case .extensionApproved(let approval): approveExtension(approval, on: date)
        case .feeNoticeIssued(let notice): issueFeeNotice(notice, on: date)
        case .feePaid:
            guard let index = pauses.lastIndex(where: { if case .fee = $0.cause { $0.end == nil } else { false } }) else {
                return
            }
            pauses[index].end = date
            let paused = pausedDays(pauses[index])
            let start = pauses[index].start
            let due = resolve().due.map(text) ?? "（待定）"
            explanations.append(
                "申请人于\(text(date))缴费，收费期间（\(text(start))发出通知，\(text(date))缴费）的\(paused)个工作日不计入期限，期限顺延至\(due)。")
        case .feeLapsed(let delivered):
            if var fee {
                if let delivered {
                    let statutory = InformationProcessingFee.statutoryPaymentDue(
                        issuedOn: fee.on, deliveredOn: delivered, calendar: calendar)
                    uncovered.formUnion(statutory.uncoveredYears)
                    fee.paymentDue = max(fee.notice.paymentDue ?? statutory.value, statutory.value)
                    self.fee = fee
                }
                explanations.append("申请人未在缴费期限（至\(text(fee.paymentDue))）内缴费，\(text(date))视为放弃申请，不再处理。")
                warnLateLapse(recordedOn: date, deadline: fee.paymentDue, what: "缴费")
            }
            closeOpenPauses(on: date)
            closure = (date, .otherHandlingUnpaidFee, .feeLapsed)
        case .reasonsRequested:
            explanations.append("\(text(date))依第三十五条要求申请人说明理由；说明理由期间答复期限照常计算。")
        case .reasonsReceived:
            explanations.append("\(text(date))收到申请人说明的理由。")
        case .replyDateSet(let delayed): setReplyDate(delayed, on: date)
        case .replied(let result):
            closure = (date, result, .replied)
        case .withdrawn:
            explanations.append("申请人于\(text(date))撤回申请。")
            closeOpenPauses(on: date)
            closure = (date, .otherHandlingOther, .withdrawn)
        }
    }

    /// A lapse recorded later than the day after its deadline: the application was abandoned on
    /// that day, and the later date may move the request into the next year's report.
    mutating func warnLateLapse(recordedOn date: CivilDate, deadline: CivilDate, what: String) {
        let lapse = deadline.adding(days: 1)
        guard date > lapse else { return }
        warnings.append(
            "\(what)期限于\(text(deadline))届满，申请自\(text(lapse))起视为放弃，但登记的日期为\(text(date))；"
                + "办结日期应为\(text(lapse))，登记日期晚于该日可能使申请被计入下一年度。")
    }

    mutating func startConsultation(_ consultation: Consultation, on date: CivilDate) {
        let who = consultation.displayName
        guard regime.pauses(for: consultation.kind) else {
            explanations.append(
                "\(text(date))征求\(who)意见；\(regime.name)\(regime.consultationArticle)只规定征求第三方意见所需时间不计算在答复期限内，征求其他机关意见期间照常计算。"
            )
            return
        }
        if let before = finalDue(), date > before {
            warnings.append("征求\(who)意见于\(text(date))发出，此时答复期限（\(text(before))）已届满，征求意见期间不能使期限顺延。")
        }
        var pause = Pause(cause: .consultation(consultation), start: date)
        pause.cap = consultationCap(consultation, sentOn: date)
        pauses.append(pause)
    }

    /// The last day a consultation's pause may cover: the consulted party's last day to answer,
    /// 15 working days after delivery (after the sending day when delivery is unknown).
    mutating func consultationCap(_ consultation: Consultation, sentOn date: CivilDate) -> CivilDate? {
        regime.answerLimit(for: consultation.kind).map { add($0, to: consultation.deliveredOn ?? date) }
    }

    mutating func endConsultation(_ answer: ConsultationAnswer, on date: CivilDate) {
        let open = pauses.indices.filter { pauses[$0].end == nil && pauses[$0].addressee != nil }
        let index: Int?
        if let name = answer.addressee, !name.isEmpty {
            index = open.first { pauses[$0].addressee == name }
        } else {
            index = open.count == 1 ? open[0] : nil
        }
        guard let index, case .consultation(var consultation) = pauses[index].cause else {
            explanations.append("\(text(date))征求意见结束（该项征求意见期间照常计算）。")
            return
        }
        if let delivered = answer.deliveredOn {
            consultation = Consultation(consultation.kind, addressee: consultation.addressee, deliveredOn: delivered)
            pauses[index].cause = .consultation(consultation)
            pauses[index].cap = consultationCap(consultation, sentOn: pauses[index].start)
        }
        pauses[index].end = date
        let pause = pauses[index]
        let who = consultation.displayName
        if let cap = pause.cap, date > cap {
            let from = consultation.deliveredOn.map { "\(text($0))送达，" } ?? "送达日期不明，自发出之日计算，"
            warnings.append(
                "\(consultation.kind.label)应自收到征求意见书之日起\(regime.answerLimit(for: consultation.kind)!)个工作日内提出意见（\(consultation.kind.article)），"
                    + "本次征求意见书\(from)期限至\(text(cap))；此后至收到意见之日的时间不再扣除，计入答复期限。")
        }
        let paused = pausedDays(pause)
        let due = resolve().due.map(text) ?? "（待定）"
        explanations.append(
            "征求\(who)意见（\(text(pause.start))发出，\(text(date))收到意见），\(paused)个工作日不计入期限，期限顺延至\(due)。")
    }

    mutating func approveExtension(_ approval: ExtensionApproval, on date: CivilDate) {
        let before = finalDue()
        if let before, date > before {
            warnings.append("延长答复期限于\(text(date))批准，晚于原答复期限（\(text(before))）。")
        }
        if let before, approval.applicantNotifiedOn > before {
            warnings.append("延期于\(text(approval.applicantNotifiedOn))告知申请人，晚于原答复期限（\(text(before))）。")
        }
        let again = extensionDays > 0
        target += approval.days
        extensionDays += approval.days
        let due = resolve().due.map { "，至\(text($0))" } ?? ""
        let total = again ? "（合计延长\(extensionDays)个工作日）" : ""
        explanations.append(
            "经\(approval.approvedBy)批准\(again ? "再" : "")延长\(approval.days)个工作日\(total)\(due)，已于\(text(approval.applicantNotifiedOn))告知申请人（\(regime.replyArticle)）。"
        )
    }

    mutating func issueFeeNotice(_ notice: FeeNotice, on date: CivilDate) {
        if let before = finalDue(), date > before {
            warnings.append("收费通知于\(text(date))发出，晚于答复期限（\(text(before))）；收费通知应在答复期限内发出（国办函〔2020〕109号）。")
        }
        let statutory = InformationProcessingFee.statutoryPaymentDue(
            issuedOn: date, deliveredOn: notice.deliveredOn, calendar: calendar)
        uncovered.formUnion(statutory.uncoveredYears)
        let due = max(notice.paymentDue ?? statutory.value, statutory.value)
        fee = (date, notice, due)
        pauses.append(Pause(cause: .fee, start: date))
        explanations.append(
            "\(text(date))发出收费通知（\(notice.basis.methodLabel)，\(notice.amountYuan)元），缴费期限至\(text(due))（收到通知次日起20个工作日"
                + (notice.deliveredOn == nil ? "，送达日期不明，自发出之日计算" : "") + "）；自发出通知次日至缴费之日不计入答复期限。")
    }

    mutating func setReplyDate(_ delayed: DelayedReply, on date: CivilDate) {
        let statutory = resolve().due
        if let statutory, delayed.applicantNotifiedOn > statutory {
            warnings.append("延迟答复期限于\(text(delayed.applicantNotifiedOn))告知申请人，晚于答复期限（\(text(statutory))）。")
        }
        delayedReply = (delayed, date)
        if let statutory, delayed.replyBy <= statutory {
            explanations.append("依第三十五条确定的延迟答复期限（\(text(delayed.replyBy))）不晚于答复期限（\(text(statutory))），仍按答复期限计算。")
        } else {
            explanations.append(
                "依第三十五条确定延迟答复的合理期限至\(text(delayed.replyBy))，已于\(text(delayed.applicantNotifiedOn))告知申请人；在此之前答复的不属超期。")
        }
    }

    mutating func closeOpenPauses(on date: CivilDate) {
        for index in pauses.indices where pauses[index].end == nil { pauses[index].end = date }
    }
}
