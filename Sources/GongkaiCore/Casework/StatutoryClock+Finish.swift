/// The end of a pass: where the request stands on `today`.
extension ClockRun {
    mutating func finish(threshold: Int) -> ReplyDeadline {
        var state: DeadlineState
        var due: CivilDate?
        var remaining: Int?
        var withinDeadline: Bool?

        // A consultation past the consulted party's time limit stops pausing the clock by itself.
        if closure == nil {
            for pause in pauses where pause.end == nil {
                guard case .consultation(let consultation) = pause.cause, let cap = pause.cap, today > cap else {
                    continue
                }
                let who = consultation.displayName
                warnings.append(
                    "征求\(who)意见自\(text(pause.start))发出，已满\(regime.answerLimit(for: consultation.kind)!)个工作日（至\(text(cap))）仍未登记结束，"
                        + "此后的时间计入答复期限（\(consultation.kind.article)：应自收到征求意见书之日起\(regime.answerLimit(for: consultation.kind)!)个工作日内提出意见）。"
                )
            }
        }

        if let closure {
            state = .closed
            if closure.way == .replied {
                let deadline = finalDue()
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
                let article = regime == .regulation2019 ? "（第三十条）" : ""
                explanations.append(
                    "补正期限已于\(text(notice.due))届满，申请人尚未补正；可登记逾期未补正（\(text(notice.due.adding(days: 1)))起视为放弃申请），不再处理\(article)。")
            } else {
                explanations.append("正在等待申请人补正（补正期限至\(text(notice.due))），收到补正材料后重新计算答复期限。")
            }
        } else {
            let resolution = resolve()
            if resolution.due != nil, let dueDate = finalDue() {
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
                if let fee, pauses.contains(where: { if case .fee = $0.cause { $0.end == nil } else { false } }) {
                    state = .awaitingApplicant
                    let lapse = today > fee.paymentDue ? "；缴费期限已届满，可登记逾期未缴费（\(text(fee.paymentDue.adding(days: 1)))起视为放弃申请）" : ""
                    explanations.append(
                        "正在等待申请人缴费（缴费期限至\(text(fee.paymentDue))），答复期限暂停，缴费后尚余\(resolution.remaining)个工作日\(lapse)。")
                } else {
                    state = .paused
                    let open = pauses.filter { effectiveEnd($0) == nil }.compactMap { pause -> String? in
                        guard case .consultation(let consultation) = pause.cause else { return nil }
                        return consultation.displayName
                    }
                    let since = pauses.filter { effectiveEnd($0) == nil }.map(\.start).min().map(text) ?? ""
                    explanations.append(
                        "正在征求\(open.joined(separator: "、"))意见（自\(since)起），答复期限暂停，恢复计算后尚余\(resolution.remaining)个工作日。")
                }
            }
        }

        let years = uncovered.sorted()
        let caveat = WorkdayResult<Int>.caveat(forUncoveredYears: years)
        if let caveat { explanations.append(caveat + "。") }
        return ReplyDeadline(
            asOf: today, regime: regime, state: state, dueDate: due, remainingWorkingDays: remaining,
            correctionNoticeDeadline: correctionNoticeDeadline, delayedReplyDate: delayedReply?.reply.replyBy,
            closedWithinDeadline: withinDeadline, isProvisional: !years.isEmpty, caveat: caveat,
            explanations: explanations, warnings: warnings)
    }
}
