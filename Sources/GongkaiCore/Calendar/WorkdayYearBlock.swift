/// One year's holiday arrangement: the dates of one 国务院办公厅关于YYYY年部分节假日安排的通知,
/// with any later national amendment applied.
///
/// A notice can reach into the previous December (the 2019 notice names 2018-12-29..31), so a
/// block's dates lie in its year or in December of the year before.
public struct WorkdayYearBlock: Sendable, Hashable {
    /// The year of the notice.
    public let year: Int
    /// The rest days the notice names (放假), as written: single dates are one-day ranges.
    public let holidays: [ClosedRange<CivilDate>]
    /// Saturdays and Sundays made working days (调休上班).
    public let workdays: [CivilDate]
    /// Where the dates come from (notice URLs, datasets); informational only.
    public let sources: [String]

    /// A block; the parser checks the dates, this initializer trusts them.
    public init(year: Int, holidays: [ClosedRange<CivilDate>], workdays: [CivilDate], sources: [String] = []) {
        self.year = year
        self.holidays = holidays
        self.workdays = workdays
        self.sources = sources
    }

    /// Every holiday date, ranges expanded, in order and without repeats.
    public var holidayDates: [CivilDate] {
        Array(Set(holidays.flatMap { Array($0) })).sorted()
    }

    /// The dates a block for `year` may name: the year itself and the December before it.
    public static func reach(ofYear year: Int) -> ClosedRange<CivilDate> {
        CivilDate(year: year - 1, month: 12, day: 1)!...CivilDate.endOfYear(year)
    }
}
