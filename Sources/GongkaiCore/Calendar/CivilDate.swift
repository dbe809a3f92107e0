/// A calendar date with no time and no time zone: the unit of every statutory period.
///
/// Deadlines under the Regulation are counted in whole days in China. Keeping them free of
/// `Date` and `TimeZone` means a server in another zone (or a daylight-saving change) can never
/// move a deadline by a day. Convert a `Date` with `CivilDate(_:in:)` at the edge, once.
///
/// Stored as a day number (days since 1970-01-01, proleptic Gregorian), so comparison, hashing
/// and day arithmetic are integer operations.
public struct CivilDate: Sendable, Hashable, Comparable, Strideable {
    /// Days since 1970-01-01 (negative before it).
    public let dayNumber: Int

    /// The date `dayNumber` days after 1970-01-01.
    public init(dayNumber: Int) {
        self.dayNumber = dayNumber
    }

    /// The date `year`-`month`-`day`, or `nil` when no such date exists (2019-02-29, month 13…).
    ///
    /// Years are limited to 1…9999 so that every date has a four-digit `YYYY-MM-DD` form.
    public init?(year: Int, month: Int, day: Int) {
        guard (1...9999).contains(year), (1...12).contains(month),
            (1...CivilDate.daysInMonth(year: year, month: month)).contains(day)
        else { return nil }
        self.dayNumber = CivilDate.dayNumber(year: year, month: month, day: day)
    }

    /// The year, month and day.
    public var components: (year: Int, month: Int, day: Int) {
        CivilDate.civil(fromDayNumber: dayNumber)
    }

    /// The year (1…9999).
    public var year: Int { components.year }
    /// The month (1…12).
    public var month: Int { components.month }
    /// The day of the month (1…31).
    public var day: Int { components.day }

    /// The day of the week.
    public var weekday: Weekday {
        // 1970-01-01 was a Thursday (ISO 4); floor modulo so dates before 1970 work too.
        let offset = ((dayNumber % 7) + 7) % 7
        return Weekday(rawValue: (offset + 3) % 7 + 1)!
    }

    /// Whether the date is a Saturday or a Sunday.
    public var isWeekend: Bool { weekday.isWeekend }

    /// The date `days` days later (earlier when negative).
    public func adding(days: Int) -> CivilDate { CivilDate(dayNumber: dayNumber + days) }

    /// The number of days from `self` to `other` (negative when `other` is earlier).
    public func days(to other: CivilDate) -> Int { other.dayNumber - dayNumber }

    /// 1 January of `year`.
    public static func startOfYear(_ year: Int) -> CivilDate {
        CivilDate(dayNumber: dayNumber(year: year, month: 1, day: 1))
    }

    /// 31 December of `year`.
    public static func endOfYear(_ year: Int) -> CivilDate {
        CivilDate(dayNumber: dayNumber(year: year, month: 12, day: 31))
    }

    /// The number of days in `month` of `year`.
    public static func daysInMonth(year: Int, month: Int) -> Int {
        switch month {
        case 2: isLeapYear(year) ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    /// Whether `year` is a Gregorian leap year.
    public static func isLeapYear(_ year: Int) -> Bool {
        (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
    }

    /// Earlier dates first.
    public static func < (lhs: CivilDate, rhs: CivilDate) -> Bool { lhs.dayNumber < rhs.dayNumber }

    /// The number of days to `other` (for `Strideable`).
    public func distance(to other: CivilDate) -> Int { other.dayNumber - dayNumber }

    /// The date `n` days later (for `Strideable`).
    public func advanced(by n: Int) -> CivilDate { CivilDate(dayNumber: dayNumber + n) }

    // Howard Hinnant's days_from_civil / civil_from_days: exact for the whole proleptic
    // Gregorian calendar, with no table and no Foundation.
    static func dayNumber(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    static func civil(fromDayNumber number: Int) -> (year: Int, month: Int, day: Int) {
        let z = number + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let mp = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }
}
