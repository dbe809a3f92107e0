/// One pass of the clock over a request's events.
struct ClockRun {
    struct Pause {
        enum Cause {
            case consultation(ConsultationParty)
            case fee(FeeNotice)
        }
        let cause: Cause
        let start: CivilDate
        var end: CivilDate?
    }

    let calendar: WorkdayCalendar
    let receivedOn: CivilDate
    let today: CivilDate
    var uncovered: Set<Int> = []
    var explanations: [String] = []
    var warnings: [String] = []

    var anchor: CivilDate
    var target = StatutoryClock.replyPeriod
    var pauses: [Pause] = []
    var correctionNoticeDeadline: CivilDate
    var correctionNotice: (on: CivilDate, due: CivilDate)?
    var awaitingCorrection = false
    var closure: (date: CivilDate, result: ReplyResult, way: RequestClosure.Way)?

    init(calendar: WorkdayCalendar, receivedOn: CivilDate, today: CivilDate) {
        self.calendar = calendar
        self.receivedOn = receivedOn
        self.today = today
        self.anchor = receivedOn
        self.correctionNoticeDeadline = receivedOn
        correctionNoticeDeadline = add(StatutoryClock.correctionNoticePeriod, to: receivedOn)
        let due = resolve().due!
        explanations.append("\(receivedOn.chineseText)收到申请，答复期限为\(target)个工作日，至\(text(due))。")
    }

    func text(_ date: CivilDate) -> String { date.chineseText(omittingYear: receivedOn.year) }

    mutating func add(_ n: Int, to date: CivilDate) -> CivilDate {
        let result = calendar.addingWorkingDays(n, to: date)
        uncovered.formUnion(result.uncoveredYears)
        return result.value
    }

    /// Working days in (`start`, `end`].
    mutating func count(from start: CivilDate, to end: CivilDate) -> Int {
        let result = calendar.workingDays(from: start, to: end)
        uncovered.formUnion(result.uncoveredYears)
        return result.value
    }

    /// The last day of a consultation's pause: its 15th working day, counting the day it starts.
    mutating func consultationCap(_ start: CivilDate) -> CivilDate {
        add(StatutoryClock.consultationLimit, to: start.adding(days: -1))
    }

    /// The due date from the anchor, target and pauses; while a pause is open, `due` is `nil`
    /// and `remaining` is what will be left when it ends.
    mutating func resolve() -> (due: CivilDate?, remaining: Int) {
        var cursor = anchor
        var remaining = target
        for pause in pauses {
            let start = max(pause.start, cursor.adding(days: 1))
            let available = count(from: cursor, to: start.adding(days: -1))
            // The deadline falls before the pause begins: a late pause cannot revive it.
            if remaining <= available { return (add(remaining, to: cursor), 0) }
            remaining -= available
            guard let end = pause.end else { return (nil, remaining) }
            cursor = max(cursor, end)
        }
        return (add(remaining, to: cursor), 0)
    }

    mutating func apply(_ event: RequestEvent) {
        let date = event.date
        switch event.kind {
        case .correctionRequested(let due):
            if date > correctionNoticeDeadline {
                warnings.append(
                    "补正通知于\(text(date))发出，晚于第三十条规定的收到申请后7个工作日（应不迟于\(text(correctionNoticeDeadline))）。")
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
            let limit = correctionNotice.map { "（至\(text($0.due))）" } ?? ""
            explanations.append("申请人未在补正期限\(limit)内补正，\(text(date))视为放弃申请，不再处理（第三十条）。")
            closure = (date, .otherHandlingNoCorrection, .correctionLapsed)
        case .consultationStarted(let party):
            let before = resolve().due
            if let before, date > before {
                warnings.append("征求\(party.label)意见于\(text(date))发出，此时答复期限（\(text(before))）已届满，征求意见期间不能使期限顺延。")
            }
            pauses.append(Pause(cause: .consultation(party), start: date))
        case .consultationEnded:
            guard var pause = pauses.popLast(), case .consultation(let party) = pause.cause else { return }
            let cap = consultationCap(pause.start)
            if date > cap {
                warnings.append(
                    "征求\(party.label)意见自\(text(pause.start))起超过\(StatutoryClock.consultationLimit)个工作日（至\(text(cap))），超出部分计入答复期限（第三十二条）。"
                )
            }
            pause.end = min(date, cap)
            pauses.append(pause)
            let paused = pausedDays(pause)
            let due = resolve().due.map(text) ?? "（待定）"
            explanations.append(
                "征求\(party.label)意见（\(text(pause.start))至\(text(date))，\(paused)个工作日）不计入期限，期限顺延至\(due)。")
        case .extensionApproved(let approval):
            let before = resolve().due
            if let before, date > before {
                warnings.append("延长答复期限于\(text(date))批准，晚于原答复期限（\(text(before))）。")
            }
            if let before, approval.applicantNotifiedOn > before {
                warnings.append("延期于\(text(approval.applicantNotifiedOn))告知申请人，晚于原答复期限（\(text(before))）。")
            }
            target += approval.days
            let due = resolve().due.map { "，至\(text($0))" } ?? ""
            explanations.append(
                "经\(approval.approvedBy)批准延长\(approval.days)个工作日\(due)，已于\(text(approval.applicantNotifiedOn))告知申请人（第三十三条第二款）。"
            )
        case .feeNoticeIssued(let notice):
            pauses.append(Pause(cause: .fee(notice), start: date))
            explanations.append(
                "\(text(date))发出收费通知（\(notice.basis.methodLabel)，\(notice.amountYuan)元，缴费期限至\(text(notice.paymentDue))），自发出通知至缴费之日不计入答复期限。"
            )
        case .feePaid:
            guard var pause = pauses.popLast() else { return }
            pause.end = date
            pauses.append(pause)
            let paused = pausedDays(pause)
            let due = resolve().due.map(text) ?? "（待定）"
            explanations.append(
                "申请人于\(text(date))缴费，收费期间（\(text(pause.start))至\(text(date))，\(paused)个工作日）不计入期限，期限顺延至\(due)。")
        case .feeLapsed:
            if case .fee(let notice)? = pauses.last?.cause {
                explanations.append("申请人未在缴费期限（至\(text(notice.paymentDue))）内缴费，\(text(date))视为放弃申请，不再处理。")
            }
            closeOpenPause(on: date)
            closure = (date, .otherHandlingUnpaidFee, .feeLapsed)
        case .replied(let result):
            closure = (date, result, .replied)
        case .withdrawn:
            explanations.append("申请人于\(text(date))撤回申请。")
            closeOpenPause(on: date)
            closure = (date, .otherHandlingOther, .withdrawn)
        }
    }

    mutating func closeOpenPause(on date: CivilDate) {
        if let last = pauses.last, last.end == nil { pauses[pauses.count - 1].end = date }
    }

    /// The working days of a closed pause that fall after the anchor.
    mutating func pausedDays(_ pause: Pause) -> Int {
        guard let end = pause.end else { return 0 }
        return max(0, count(from: max(pause.start.adding(days: -1), anchor), to: end))
    }

    mutating func finish(threshold: Int) -> ReplyDeadline {
        var state: DeadlineState
        var due: CivilDate?
        var remaining: Int?
        var withinDeadline: Bool?

        // A consultation past its 15 working days ends by itself: the clock runs again.
        if let last = pauses.last, last.end == nil, closure == nil, case .consultation(let party) = last.cause {
            let cap = consultationCap(last.start)
            if today > cap {
                pauses[pauses.count - 1].end = cap
                warnings.append(
                    "征求\(party.label)意见自\(text(last.start))起已满\(StatutoryClock.consultationLimit)个工作日（至\(text(cap))）仍未登记结束，此后的时间计入答复期限（第三十二条）。"
                )
            }
        }

        if let closure {
            state = .closed
            if closure.way == .replied {
                let deadline = resolve().due
                due = deadline
                if let deadline {
                    let late = count(from: deadline, to: closure.date)
                    withinDeadline = late <= 0
                    explanations.append(
                        "\(text(closure.date))作出答复（\(closure.result.label)），"
                            + (late <= 0 ? "在答复期限（\(text(deadline))）内。" : "超过答复期限（\(text(deadline))）\(late)个工作日。"))
                }
            }
        } else if awaitingCorrection, let notice = correctionNotice {
            state = .awaitingApplicant
            if today > notice.due {
                explanations.append("补正期限已于\(text(notice.due))届满，申请人尚未补正；可登记逾期未补正，不再处理（第三十条）。")
            } else {
                explanations.append("正在等待申请人补正（补正期限至\(text(notice.due))），收到补正材料后重新计算答复期限。")
            }
        } else {
            let resolution = resolve()
            if let dueDate = resolution.due {
                due = dueDate
                let left = count(from: today, to: dueDate)
                remaining = left
                state = left < 0 ? .overdue : (left <= threshold ? .dueSoon : .onTime)
                explanations.append(
                    left < 0
                        ? "截至\(text(today))，已超过答复期限\(-left)个工作日。"
                        : left == 0 ? "今日（\(text(today))）为答复期限最后一日。" : "截至\(text(today))，距答复期限还有\(left)个工作日。")
            } else {
                remaining = resolution.remaining
                let pause = pauses.last!
                switch pause.cause {
                case .consultation(let party):
                    state = .paused
                    explanations.append(
                        "正在征求\(party.label)意见（自\(text(pause.start))起），答复期限暂停，恢复计算后尚余\(resolution.remaining)个工作日。")
                case .fee(let notice):
                    state = .awaitingApplicant
                    explanations.append(
                        "正在等待申请人缴费（缴费期限至\(text(notice.paymentDue))），答复期限暂停，缴费后尚余\(resolution.remaining)个工作日。")
                }
            }
        }

        let years = uncovered.sorted()
        let caveat = WorkdayResult<Int>.caveat(forUncoveredYears: years)
        if let caveat { explanations.append(caveat + "。") }
        return ReplyDeadline(
            asOf: today, state: state, dueDate: due, remainingWorkingDays: remaining,
            correctionNoticeDeadline: correctionNoticeDeadline, closedWithinDeadline: withinDeadline,
            isProvisional: !years.isEmpty, caveat: caveat, explanations: explanations, warnings: warnings)
    }
}
