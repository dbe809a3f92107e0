/// One pass of the clock over a request's events: the state it keeps and how it turns that state
/// into a due date. What each event does is in `StatutoryClock+Events.swift`.
struct ClockRun {
    /// A stretch of time not counted in the reply period: the working days after `start` up to
    /// and including `end` (the sending day counts, the answer day does not).
    struct Pause {
        enum Cause {
            case consultation(Consultation)
            case fee
        }
        var cause: Cause
        /// The sending or issue day (still counted in the reply period).
        let start: CivilDate
        /// The answer or payment day (the last day not counted); `nil` while open.
        var end: CivilDate?
        /// The last day the pause may cover (the consulted party's time limit); `nil` for none.
        var cap: CivilDate?

        var addressee: String? {
            if case .consultation(let consultation) = cause { return consultation.addressee }
            return nil
        }
    }

    let calendar: WorkdayCalendar
    let receivedOn: CivilDate
    let regime: DisclosureRegime
    let today: CivilDate
    var uncovered: Set<Int> = []
    var explanations: [String] = []
    var warnings: [String] = []

    /// The day the period is counted from: receipt, or the day a correction arrived.
    var anchor: CivilDate
    /// Working days of the period: the regime's, plus extensions.
    var target: Int
    var extensionDays = 0
    var pauses: [Pause] = []
    let correctionNoticeDeadline: CivilDate?
    var correctionNotice: (on: CivilDate, due: CivilDate)?
    var awaitingCorrection = false
    var fee: (on: CivilDate, notice: FeeNotice, paymentDue: CivilDate)?
    /// 第三十五条: the later reply date, with the day it was set.
    var delayedReply: (reply: DelayedReply, setOn: CivilDate)?
    var closure: (date: CivilDate, result: ReplyResult, way: RequestClosure.Way)?

    init(calendar: WorkdayCalendar, receivedOn: CivilDate, today: CivilDate) {
        self.calendar = calendar
        self.receivedOn = receivedOn
        self.today = today
        self.regime = DisclosureRegime.forReceipt(on: receivedOn)
        self.anchor = receivedOn
        self.target = regime.replyPeriod
        let noticeDeadline = regime.correctionNoticePeriod.map { calendar.addingWorkingDays($0, to: receivedOn) }
        correctionNoticeDeadline = noticeDeadline?.value
        uncovered.formUnion(noticeDeadline?.uncoveredYears ?? [])
        let due = resolve().due!
        if regime == .regulation2007 {
            explanations.append(
                "\(receivedOn.chineseText)收到申请，适用\(regime.name)，答复期限为\(target)个工作日（\(regime.replyArticle)），至\(text(due))。")
        } else {
            explanations.append("\(receivedOn.chineseText)收到申请，答复期限为\(target)个工作日，至\(text(due))。")
        }
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

    /// The last day a pause covers as of `today`: its end or its cap, whichever is earlier; a
    /// pause still open past its cap ends at the cap; `nil` while it lasts.
    func effectiveEnd(_ pause: Pause) -> CivilDate? {
        if let end = pause.end { return pause.cap.map { min($0, end) } ?? end }
        if let cap = pause.cap, today > cap { return cap }
        return nil
    }

    /// The statutory due date from the anchor, the target and the pauses (overlapping pauses
    /// merged); while a pause lasts, `due` is `nil` and `remaining` is what will be left when it
    /// ends. A pause that begins after the deadline cannot revive it.
    mutating func resolve() -> (due: CivilDate?, remaining: Int) {
        // Intervals (start, end] after the anchor, sorted and merged; `nil` end = still running.
        var intervals: [(start: CivilDate, end: CivilDate?)] = []
        for pause in pauses.sorted(by: { $0.start < $1.start }) {
            let end = effectiveEnd(pause)
            if let end, end <= anchor { continue }
            let start = max(pause.start, anchor)
            if let last = intervals.last, last.end.map({ start <= $0 }) ?? true {
                intervals[intervals.count - 1].end = last.end.flatMap { current in end.map { max(current, $0) } }
            } else {
                intervals.append((start, end))
            }
        }
        var cursor = anchor
        var remaining = target
        for interval in intervals {
            let available = count(from: cursor, to: interval.start)
            if remaining <= available { return (add(remaining, to: cursor), 0) }
            remaining -= available
            guard let end = interval.end else { return (nil, remaining) }
            cursor = end
        }
        return (add(remaining, to: cursor), 0)
    }

    /// The due date including a 第三十五条 later reply date: the later of the two.
    mutating func finalDue() -> CivilDate? {
        guard let statutory = resolve().due else { return nil }
        guard let delayed = delayedReply?.reply.replyBy else { return statutory }
        return max(statutory, delayed)
    }

    /// The working days a closed pause leaves out, after the anchor.
    mutating func pausedDays(_ pause: Pause) -> Int {
        guard let end = effectiveEnd(pause) else { return 0 }
        return max(0, count(from: max(pause.start, anchor), to: end))
    }
}
