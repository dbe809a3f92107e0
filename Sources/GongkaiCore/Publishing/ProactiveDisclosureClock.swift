/// 《条例》第二十六条: proactively disclosed information is published within 20 working days of
/// being formed or changed. Counted in the core's working-day calendar (the start day is not
/// counted, cn-workdays.md §3), like every other statutory period.
public struct ProactiveDisclosureClock: Sendable {
    /// The statutory period in working days.
    public static let period = 20

    public let calendar: WorkdayCalendar

    public init(calendar: WorkdayCalendar = .official) { self.calendar = calendar }

    /// The last day to publish an item formed or last changed on `formedOn`.
    public func dueDate(formedOn: CivilDate) -> WorkdayResult<CivilDate> {
        calendar.addingWorkingDays(Self.period, to: formedOn)
    }

    /// Whether publishing on `publishedOn` is later than 第二十六条 allows.
    public func isLate(formedOn: CivilDate, publishedOn: CivilDate) -> Bool {
        publishedOn > dueDate(formedOn: formedOn).value
    }

    /// The working days left until the due date at the end of `today` (negative when overdue).
    public func workingDaysLeft(formedOn: CivilDate, asOf today: CivilDate) -> Int {
        calendar.workingDays(from: today, to: dueDate(formedOn: formedOn).value).value
    }
}
