import Foundation
import Testing

@testable import GongkaiCore

@Suite("Working-day calendar: the worked examples of cn-workdays.md and hand-checked cases (Workday)")
struct WorkdayCalendarTests {
    let calendar = WorkdayCalendar.official

    func add(_ n: Int, _ date: CivilDate) -> CivilDate { calendar.addingWorkingDays(n, to: date).value }

    @Test("E1 National Day 2024: received 2024-09-25, 20 working days later is 2024-10-28")
    func e1() {
        // #1 09-26, #2 09-27, #3 09-29 (Sun 调休), #4 09-30, 10-01..07 off, #5–#8 10-08..11,
        // #9 10-12 (Sat 调休), #10–#14 10-14..18, #15–#19 10-21..25, #20 10-28.
        #expect(add(20, "2024-09-25") == "2024-10-28")
        #expect(add(3, "2024-09-25") == "2024-09-29")
        #expect(add(9, "2024-09-25") == "2024-10-12")
        #expect(!calendar.addingWorkingDays(20, to: "2024-09-25").isProvisional)
    }

    @Test("E2 National Day + Mid-Autumn 2025: received 2025-09-26, due 2025-10-30")
    func e2() {
        // #1 09-28 (Sun 调休), #2 09-29, #3 09-30, 10-01..08 off, #4 10-09, #5 10-10,
        // #6 10-11 (Sat 调休), #7–#11 10-13..17, #12–#16 10-20..24, #17–#20 10-27..30.
        #expect(add(20, "2025-09-26") == "2025-10-30")
        #expect(add(1, "2025-09-26") == "2025-09-28")
        #expect(add(6, "2025-09-26") == "2025-10-11")
    }

    @Test("E3 Spring Festival 2026 (9 days): received 2026-02-12, due 2026-03-18")
    func e3() {
        // #1 02-13, #2 02-14 (Sat 调休), 02-15..23 off, #3–#6 02-24..27, #7 02-28 (Sat 调休),
        // #8–#12 03-02..06, #13–#17 03-09..13, #18–#20 03-16..18.
        #expect(add(20, "2026-02-12") == "2026-03-18")
        #expect(add(2, "2026-02-12") == "2026-02-14")
        #expect(add(7, "2026-02-12") == "2026-02-28")
    }

    @Test("E4 Spring Festival 2020 as extended: received 2020-01-22, due 2020-02-27 (not 02-25)")
    func e4() {
        // #1 01-23, 01-24..02-02 off (02-01 Sat is NOT a working day after the extension),
        // #2–#6 02-03..07, #7–#11 02-10..14, #12–#16 02-17..21, #17–#20 02-24..27.
        #expect(add(20, "2020-01-22") == "2020-02-27")
        #expect(add(2, "2020-01-22") == "2020-02-03")
    }

    @Test("E5 year boundary 2025→2026: received 2025-12-29, due 2026-01-27")
    func e5() {
        // #1 12-30, #2 12-31, 01-01..03 off, #3 01-04 (Sun 调休), #4–#8 01-05..09,
        // #9–#13 01-12..16, #14–#18 01-19..23, #19 01-26, #20 01-27.
        #expect(add(20, "2025-12-29") == "2026-01-27")
        #expect(add(3, "2025-12-29") == "2026-01-04")
    }

    @Test("E6 year boundary 2022→2023 into Spring Festival: received 2022-12-29, due 2023-02-01")
    func e6() {
        // #1 12-30, 12-31..01-02 off (2023 notice), #2–#5 01-03..06, #6–#10 01-09..13,
        // #11–#15 01-16..20, 01-21..27 off, #16 01-28 (Sat 调休), #17 01-29 (Sun 调休),
        // #18 01-30, #19 01-31, #20 02-01.
        #expect(add(20, "2022-12-29") == "2023-02-01")
        #expect(add(2, "2022-12-29") == "2023-01-03")
        #expect(add(17, "2022-12-29") == "2023-01-29")
    }

    @Test("one-line check: 2018-12-28 + 1 working day is Saturday 2018-12-29 (2019 notice), covered")
    func december2018() {
        let result = calendar.addingWorkingDays(1, to: "2018-12-28")
        #expect(result.value == "2018-12-29")
        // Only 2018-12-29 is touched, and the 2019 block names it.
        #expect(!result.isProvisional)
        // Without the 2019 block the answer would be Monday 2018-12-31, and marked provisional.
        let bare = WorkdayCalendar.weekendsOnly.addingWorkingDays(1, to: "2018-12-28")
        #expect(bare.value == "2018-12-31")
        #expect(bare.isProvisional)
    }

    @Test("one-line check: 2024-02-08 + 1 working day is 除夕 2024-02-09, a working day in 2024")
    func newYearsEve2024() {
        #expect(add(1, "2024-02-08") == "2024-02-09")
        #expect(calendar.isWorkingDay("2024-02-09"))
        #expect(calendar.dayKind("2024-02-09") == .workday)
    }

    @Test("one-line check: 2023-12-28 + 40 working days is 2024-02-28 (#26 02-04, #31 02-09, #32 02-18)")
    func fortyDays() {
        #expect(add(40, "2023-12-28") == "2024-02-28")
        #expect(add(26, "2023-12-28") == "2024-02-04")
        #expect(add(31, "2023-12-28") == "2024-02-09")
        #expect(add(32, "2023-12-28") == "2024-02-18")
    }

    @Test("2019 劳动节 amendment: 04-28 and 05-05 (Sundays) work, 05-01..05-04 off")
    func mayDay2019() {
        // Received Fri 2019-04-26: #1 04-28 (Sun 调休), #2 04-29, #3 04-30, 05-01..04 off,
        // #4 05-05 (Sun 调休), #5 05-06.
        #expect(add(1, "2019-04-26") == "2019-04-28")
        #expect(add(3, "2019-04-26") == "2019-04-30")
        #expect(add(4, "2019-04-26") == "2019-05-05")
        #expect(add(5, "2019-04-26") == "2019-05-06")
        #expect(calendar.dayKind("2019-05-02") == .holiday)
        #expect(calendar.dayKind("2019-05-03") == .holiday)
        #expect(calendar.dayKind("2019-04-28") == .adjustedWorkday)
    }

    @Test("2020 春节 extension: 2020-01-31 (Fri) and 2020-02-01 (Sat) are rest days, 2020-02-03 is not listed")
    func springFestival2020() {
        #expect(!calendar.isWorkingDay("2020-01-31"))
        #expect(!calendar.isWorkingDay("2020-02-01"))
        #expect(calendar.dayKind("2020-02-01") == .holiday)
        #expect(calendar.isWorkingDay("2020-02-03"))
        #expect(calendar.dayKind("2020-02-03") == .workday)
        #expect(calendar.isWorkingDay("2020-01-19"))  // Sunday 调休
    }

    @Test("a range crossing 2018-12-29: counts the 调休 Saturday and skips 元旦 2019")
    func rangeAcrossDecember2018() {
        // (12-27, 01-02]: 12-28 Fri work, 12-29 Sat 调休 work, 12-30..01-01 off, 01-02 work → 3.
        let wide = calendar.workingDays(from: "2018-12-27", to: "2019-01-02")
        #expect(wide.value == 3)
        // 2018-12-28 belongs to 2018, whose notice is not loaded.
        #expect(wide.uncoveredYears == [2018])
        // (12-28, 01-02]: 12-29 and 01-02 → 2, all covered by the 2019 block.
        let narrow = calendar.workingDays(from: "2018-12-28", to: "2019-01-02")
        #expect(narrow.value == 2)
        #expect(!narrow.isProvisional)
        #expect(calendar.workingDays(from: "2019-01-02", to: "2018-12-28").value == -2)
    }

    @Test("past the loaded years the result is provisional, by weekends only, with a Chinese caveat")
    func provisionalYear() {
        // Received Mon 2026-12-28: #1–#3 12-29..31, then 2027 by the weekend rule:
        // #4 01-01 (Fri; 元旦 unknown), #5–#9 01-04..08, #10–#14 01-11..15, #15–#19 01-18..22, #20 01-25.
        let result = calendar.addingWorkingDays(20, to: "2026-12-28")
        #expect(result.value == "2027-01-25")
        #expect(result.isProvisional)
        #expect(result.uncoveredYears == [2027])
        #expect(result.caveat == "2027年节假日安排尚未载入，期限按周末推算，可能不准确")
        #expect(!calendar.covers("2027-01-01"))
        #expect(calendar.covers("2026-12-31"))
    }

    @Test("an operator's block for a new year makes it covered")
    func extendWithNewYear() throws {
        // A hypothetical 2027 block, only for this test: 元旦 on 2027-01-01.
        let extended = try calendar.extended(with: "2027\nholidays: 2027-01-01\n", source: "2027.txt")
        let result = extended.addingWorkingDays(20, to: "2026-12-28")
        #expect(result.value == "2027-01-26")
        #expect(!result.isProvisional)
        #expect(extended.coveredYears.contains(2027))
        #expect(extended.coveredYears.isSuperset(of: 2019...2026))
    }

    @Test("a later block replaces the year: the original 2020 notice gives 02-25, the amendment 02-27")
    func laterBlockReplacesYear() throws {
        // The original 2020 notice: 春节 01-24..01-30 with 01-19 (Sun) and 02-01 (Sat) as working days.
        let original = """
            2020
            holidays: 2020-01-01, 2020-01-24..2020-01-30, 2020-04-04..2020-04-06, 2020-05-01..2020-05-05, 2020-06-25..2020-06-27, 2020-10-01..2020-10-08
            workdays: 2020-01-19, 2020-02-01, 2020-04-26, 2020-05-09, 2020-06-28, 2020-09-27, 2020-10-10
            """
        let before = try calendar.extended(with: original)
        #expect(before.addingWorkingDays(20, to: "2020-01-22").value == "2020-02-25")
        #expect(before.isWorkingDay("2020-02-01"))
        // Applying the bundled (amended) block again restores the official answer.
        let amended = before.extended(withBlock: calendar.blocks[2020]!)
        #expect(amended.addingWorkingDays(20, to: "2020-01-22").value == "2020-02-27")
        // Two texts in one go: the later one wins.
        let both = try WorkdayCalendar(parsing: original, "2020\nholidays: 2020-01-01\n", base: calendar)
        #expect(both.isWorkingDay("2020-01-31"))
        #expect(!both.isWorkingDay("2020-01-19"))  // ordinary Sunday again
    }

    @Test("a file of extra blocks is read from disk; a missing file is a typed error")
    func extendFromFile() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("gongkai-workdays-\(UUID()).txt")
        try "# 测试\n2027\nholidays: 2027-01-01\n".write(to: url, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: url) }
        #expect(try calendar.extended(withContentsOf: url).covers("2027-06-01"))
        let missing = url.appendingPathExtension("missing")
        #expect {
            try calendar.extended(withContentsOf: missing)
        } throws: { error in
            guard let error = error as? WorkdayDataError, case .unreadable = error.reason else { return false }
            return error.line == 0 && error.description.contains("无法读取节假日数据文件")
        }
    }

    @Test("workingDays and addingWorkingDays agree with a day-by-day count, across the data's edges")
    func agreesWithNaiveCount() {
        var generator = SplitMix64(seed: 2024)
        let low = CivilDate(iso: "2017-06-01")!.dayNumber
        let high = CivilDate(iso: "2028-06-30")!.dayNumber
        for _ in 0..<3000 {
            let start = CivilDate(dayNumber: low + Int(generator.next() % UInt64(high - low)))
            let n = Int(generator.next() % 60)
            var naive = start
            var counted = 0
            while counted < n {
                naive = naive.adding(days: 1)
                if calendar.isWorkingDay(naive) { counted += 1 }
            }
            let fast = calendar.addingWorkingDays(n, to: start).value
            #expect(fast == naive, "\(n) working days after \(start)")
            #expect(calendar.workingDays(from: start, to: naive).value == n)
            let end = start.adding(days: Int(generator.next() % 120))
            let count = (start...end).dropFirst().filter { calendar.isWorkingDay($0) }.count
            #expect(calendar.workingDays(from: start, to: end).value == count)
        }
    }

    @Test("the weekend rule outside the data counts Monday–Friday, for dates long before and after")
    func weekendRuleFarAway() {
        // 1999-12-31 is a Friday; (1999-12-24 Fri, 1999-12-31 Fri] holds 5 weekdays.
        #expect(calendar.workingDays(from: "1999-12-24", to: "1999-12-31").value == 5)
        #expect(calendar.addingWorkingDays(5, to: "1999-12-24").value == "1999-12-31")
        // 2040-01-06 is a Friday.
        #expect(calendar.addingWorkingDays(1, to: "2040-01-06").value == "2040-01-09")
        #expect(calendar.workingDays(from: "1969-12-26", to: "1970-01-09").value == 10)
    }
}

extension WorkdayCalendar {
    /// This calendar with one more block (test helper).
    fileprivate func extended(withBlock block: WorkdayYearBlock) -> WorkdayCalendar {
        WorkdayCalendar(blocks: yearBlocks + [block])
    }
}
