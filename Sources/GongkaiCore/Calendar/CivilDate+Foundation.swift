import Foundation

extension CivilDate {
    /// China Standard Time, the zone in which every statutory date is reckoned.
    public static let chinaTimeZone = TimeZone(identifier: "Asia/Shanghai")!
    /// 1992-01-01T00:00+08:00, from when China Standard Time has had no daylight saving.
    static let fixedOffsetSince: TimeInterval = 694_195_200

    /// The calendar date of `date` in `timeZone` (Asia/Shanghai unless told otherwise).
    ///
    /// The only bridge from `Date`: call it where a timestamp enters the domain (a form post, a
    /// scanner's receipt time), never inside deadline arithmetic.
    public init(_ date: Date, in timeZone: TimeZone = CivilDate.chinaTimeZone) {
        // China has kept UTC+8 without daylight saving since 1992: plain arithmetic there (a web
        // page asks for today on every view; a Foundation calendar costs microseconds each time).
        if date.timeIntervalSince1970 >= Self.fixedOffsetSince, timeZone.identifier == Self.chinaTimeZone.identifier {
            self.init(dayNumber: Int(((date.timeIntervalSince1970 + 8 * 3600) / 86_400).rounded(.down)))
            return
        }
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
