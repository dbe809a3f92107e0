import Foundation
import Testing

@testable import GongkaiCore

@Suite("CivilDate: the time-zone-free calendar date (Calendar)")
struct CivilDateCalendarTests {
    @Test("day numbers round-trip through year/month/day for every day of 1900–2100")
    func dayNumberRoundTrip() {
        var number = CivilDate(year: 1900, month: 1, day: 1)!.dayNumber
        let last = CivilDate(year: 2100, month: 12, day: 31)!.dayNumber
        var previous: (Int, Int, Int)? = nil
        while number <= last {
            let date = CivilDate(dayNumber: number)
            let (y, m, d) = date.components
            #expect(CivilDate(year: y, month: m, day: d)?.dayNumber == number)
            if let previous {
                // Consecutive day numbers are consecutive dates.
                let advanced = previous.2 + 1 <= CivilDate.daysInMonth(year: previous.0, month: previous.1)
                if advanced { #expect((y, m, d) == (previous.0, previous.1, previous.2 + 1)) }
            }
            previous = (y, m, d)
            number += 1
        }
    }

    @Test("1970-01-01 is day 0 and a Thursday; known weekdays match")
    func weekdays() {
        #expect(CivilDate(iso: "1970-01-01")!.dayNumber == 0)
        #expect(CivilDate(iso: "1970-01-01")!.weekday == .thursday)
        #expect(CivilDate(iso: "2024-09-25")!.weekday == .wednesday)
        #expect(CivilDate(iso: "2000-02-29")!.weekday == .tuesday)
        #expect(CivilDate(iso: "2018-12-29")!.weekday == .saturday)
        #expect(CivilDate(iso: "1969-12-31")!.weekday == .wednesday)
        #expect(CivilDate(iso: "2026-02-15")!.weekday == .sunday)
        #expect(CivilDate(iso: "2026-02-15")!.isWeekend)
    }

    @Test("impossible dates are rejected, leap years follow the Gregorian rule")
    func validation() {
        #expect(CivilDate(year: 2019, month: 2, day: 29) == nil)
        #expect(CivilDate(year: 2020, month: 2, day: 29) != nil)
        #expect(CivilDate(year: 2100, month: 2, day: 29) == nil)
        #expect(CivilDate(year: 2000, month: 2, day: 29) != nil)
        #expect(CivilDate(year: 2025, month: 4, day: 31) == nil)
        #expect(CivilDate(year: 2025, month: 13, day: 1) == nil)
        #expect(CivilDate(year: 2025, month: 0, day: 1) == nil)
        #expect(CivilDate(year: 10000, month: 1, day: 1) == nil)
    }

    @Test("text form is exactly YYYY-MM-DD, both ways")
    func text() {
        #expect(CivilDate(iso: "2025-03-03")!.description == "2025-03-03")
        #expect(CivilDate(iso: "2025-3-3") == nil)
        #expect(CivilDate(iso: " 2025-03-03") == nil)
        #expect(CivilDate(iso: "2025/03/03") == nil)
        #expect(CivilDate(iso: "2025-02-30") == nil)
        #expect(CivilDate(iso: "２０２５-03-03") == nil)
        let date: CivilDate = "0987-06-05"
        #expect(date.description == "0987-06-05")
    }

    @Test("Codable uses the YYYY-MM-DD string and rejects invalid dates")
    func codable() throws {
        let dates: [CivilDate] = ["2024-02-09", "2018-12-29"]
        let data = try JSONEncoder().encode(dates)
        #expect(String(decoding: data, as: UTF8.self) == #"["2024-02-09","2018-12-29"]"#)
        #expect(try JSONDecoder().decode([CivilDate].self, from: data) == dates)
        #expect(throws: DecodingError.self) {
            try JSONDecoder().decode([CivilDate].self, from: Data(#"["2019-02-29"]"#.utf8))
        }
    }

    @Test("a Date becomes the calendar day in Asia/Shanghai, not the server's zone")
    func fromDate() {
        // 2024-12-31 16:30 UTC is 2025-01-01 00:30 in Beijing.
        let instant = Date(timeIntervalSince1970: 1_735_662_600)
        #expect(CivilDate(instant) == "2025-01-01")
        #expect(CivilDate(instant, in: TimeZone(identifier: "UTC")!) == "2024-12-31")
    }

    @Test("day arithmetic, ranges and Chinese text")
    func arithmetic() {
        let date: CivilDate = "2024-02-28"
        #expect(date.adding(days: 1) == "2024-02-29")
        #expect(date.adding(days: 2) == "2024-03-01")
        #expect(date.days(to: "2025-02-28") == 366)
        #expect(Array(CivilDate(iso: "2018-12-30")!...CivilDate(iso: "2019-01-01")!).count == 3)
        #expect(CivilDate(iso: "2025-03-03")!.chineseText == "2025年3月3日")
        #expect(CivilDate(iso: "2025-03-31")!.chineseText(omittingYear: 2025) == "3月31日")
        #expect(CivilDate(iso: "2026-01-27")!.chineseText(omittingYear: 2025) == "2026年1月27日")
        #expect(CivilDate.startOfYear(2021) == "2021-01-01")
        #expect(CivilDate.endOfYear(2020) == "2020-12-31")
    }
}
