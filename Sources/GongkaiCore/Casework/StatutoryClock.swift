/// The reply clock of 《条例》, computed from a request's events.
///
/// Rules (day counting per cn-workdays.md: the start day is never counted), for the regime of the
/// request's date of receipt (`DisclosureRegime`: 2007 or 2019 Regulation):
/// - Reply within 20 working days of receipt (2019 第三十三条第二款; 2007 第二十四条第二款: 15).
/// - 第三十条: a correction notice is due within 7 working days of receipt (a later one is reported
///   as a warning; 2007: no limit); while the applicant corrects, nothing runs; the period
///   restarts in full from the day the correction arrives, counted like a new receipt.
/// - Pauses (consultations, fees) leave out the working days **after** the day the document is
///   sent, **up to and including** the day the answer or payment arrives: the sending day counts
///   in the reply period, the answer day does not, and the clock runs again the next day.
///   Overlapping pauses (several consultations out at once) count once.
/// - Consultations (2019 第三十三条第三款; 2007 第二十四条第三款: third parties only): a third party
///   (第三十二条) or a co-making agency (第三十四条) answers within 15 working days from the day after
///   it receives the 征求意见书 (送达; the sending day when delivery is unknown); past that day the
///   time counts again, with a warning. Other agencies and a secrecy review (第十七条第三款) have no
///   limit.
/// - Extensions (第三十三条第二款): any number of approvals, at most 20 working days in all (2007:
///   15; enforced by `RequestProgress`).
/// - Fees (国办函〔2020〕109号, see `InformationProcessingFee`): the days from the notice's issue to
///   the payment are left out; the applicant pays within 20 working days after delivery.
/// - 第三十五条: a later reply date told to the applicant becomes the due date when it is later.
///
/// "Today" is always passed in; the domain never reads the system clock.
public struct StatutoryClock: Sendable {
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
