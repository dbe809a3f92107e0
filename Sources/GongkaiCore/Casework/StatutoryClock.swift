/// The reply clock of 《条例》, computed from a request's events.
///
/// Rules (day counting per cn-workdays.md: the start day is never counted):
/// - 第三十三条: reply within 20 working days of receipt.
/// - 第三十条: a correction notice is due within 7 working days of receipt (a later one is reported
///   as a warning); while the applicant corrects, nothing runs; the period restarts in full from
///   the day the correction arrives, counted like a new receipt.
/// - 第三十二条/第三十三条第三款: the working days from sending a consultation to receiving the
///   answer, both included, are not counted — the deadline moves later by exactly those days. The
///   pause lasts at most 15 working days (the consulted party's time to answer); beyond that the
///   days count again, with a warning.
/// - 第三十三条第二款: one extension of at most 20 working days (enforced by `RequestProgress`).
/// - Fees (国办函〔2020〕109号, UNVERIFIED reading, see `InformationProcessingFee`): the days from
///   the fee notice to the payment, both included, are not counted.
///
/// "Today" is always passed in; the domain never reads the system clock.
public struct StatutoryClock: Sendable {
    /// 第三十三条: working days to reply.
    public static let replyPeriod = 20
    /// 第三十条: working days to send a correction notice.
    public static let correctionNoticePeriod = 7
    /// 第三十三条第二款: the longest extension.
    public static let maximumExtension = 20
    /// 第三十二条: working days a consulted party has to answer; the longest pause.
    public static let consultationLimit = 15

    /// The working-day calendar the periods are counted in.
    public var calendar: WorkdayCalendar
    /// A deadline this many working days away or fewer is `dueSoon`.
    public var dueSoonThreshold: Int

    /// A clock on `calendar` (the bundled one unless told), flagging `dueSoonThreshold` days ahead.
    public init(calendar: WorkdayCalendar = .official, dueSoonThreshold: Int = 5) {
        self.calendar = calendar
        self.dueSoonThreshold = dueSoonThreshold
    }

    /// The deadline of `request` at the end of `today`.
    public func deadline(for request: DisclosureRequest, asOf today: CivilDate) -> ReplyDeadline {
        var run = ClockRun(calendar: calendar, receivedOn: request.receivedOn, today: today)
        for event in request.events where event.date <= today { run.apply(event) }
        return run.finish(threshold: dueSoonThreshold)
    }
}
