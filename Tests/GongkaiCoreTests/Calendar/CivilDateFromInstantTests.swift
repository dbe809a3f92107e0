import Foundation
import Testing

@testable import GongkaiCore

/// `CivilDate(date)` reckons China's day by arithmetic from 1992 (UTC+8, no daylight saving);
/// it must give exactly what a Foundation calendar in Asia/Shanghai gives.
@Suite("The day of an instant in China")
struct CivilDateFromInstantTests {
    static func byCalendar(_ date: Date) -> CivilDate {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = CivilDate.chinaTimeZone
        let parts = calendar.dateComponents([.year, .month, .day], from: date)
        return CivilDate(year: parts.year!, month: parts.month!, day: parts.day!)!
    }

    @Test("midnight in Beijing is the boundary: 15:59:59 UTC is still the day before")
    func midnight() {
        let midnight = Date(timeIntervalSince1970: 1_772_985_600)  // 2026-03-09T00:00+08:00
        #expect(CivilDate(midnight) == CivilDate(year: 2026, month: 3, day: 9)!)
        #expect(CivilDate(midnight.addingTimeInterval(-1)) == CivilDate(year: 2026, month: 3, day: 8)!)
    }

    @Test("arithmetic and the calendar agree from 1992 to 2100, and before 1992 the calendar decides")
    func agreesWithCalendar() {
        var generator = SystemRandomNumberGenerator()
        var instants = (0..<20_000).map { _ in Date(timeIntervalSince1970: Double.random(in: 694_195_200...4_102_444_800, using: &generator)) }
        // Every midnight and the second before it, over a few years.
        for day in stride(from: 694_195_200.0, to: 820_454_400, by: 86_400) { instants += [Date(timeIntervalSince1970: day), Date(timeIntervalSince1970: day - 1)] }
        // Summer 1988: daylight saving in China (UTC+9), reckoned by the calendar.
        instants.append(Date(timeIntervalSince1970: 583_686_000))  // 1988-07-01T00:00:00+09:00 = 06-30T15:00Z
        for instant in instants {
            #expect(CivilDate(instant) == Self.byCalendar(instant), "\(instant)")
        }
    }
}
