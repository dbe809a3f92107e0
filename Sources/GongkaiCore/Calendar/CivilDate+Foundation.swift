import Foundation

extension CivilDate {
    /// China Standard Time, the zone in which every statutory date is reckoned.
    public static let chinaTimeZone = TimeZone(identifier: "Asia/Shanghai")!

    /// The calendar date of `date` in `timeZone` (Asia/Shanghai unless told otherwise).
    ///
    /// The only bridge from `Date`: call it where a timestamp enters the domain (a form post, a
    /// scanner's receipt time), never inside deadline arithmetic.
    public init(_ date: Date, in timeZone: TimeZone = CivilDate.chinaTimeZone) {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let parts = calendar.dateComponents([.year, .month, .day], from: date)
        self.init(dayNumber: CivilDate.dayNumber(year: parts.year!, month: parts.month!, day: parts.day!))
    }
}

extension CivilDate {
    /// Noon of this day in China Standard Time (UTC+8): an instant that falls on this day there.
    public var noonInChina: Date { Date(timeIntervalSince1970: Double(dayNumber) * 86_400 + 4 * 3600) }
}
