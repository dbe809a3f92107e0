import Testing

@testable import GongkaiCore

@Suite("Working-day data: the bundled file and the block format's errors (Workday)")
struct WorkdayDataParserTests {
    @Test("the bundled cn-workdays.txt parses and covers exactly 2019–2026")
    func bundledFileCoversSpecYears() throws {
        let calendar = try WorkdayCalendar.loadOfficial()
        #expect(calendar.coveredYears == Set(2019...2026))
        // Holiday dates and 调休 days per year, counted from the blocks of cn-workdays.md §2.
        let expected: [Int: (holidays: Int, workdays: Int)] = [
            2019: (24, 7), 2020: (30, 6), 2021: (31, 7), 2022: (31, 7),
            2023: (27, 7), 2024: (28, 8), 2025: (28, 5), 2026: (33, 6),
        ]
        for (year, counts) in expected {
            let block = try #require(calendar.blocks[year])
            #expect(block.holidayDates.count == counts.holidays, "holidays of \(year)")
            #expect(block.workdays.count == counts.workdays, "workdays of \(year)")
            #expect(!block.sources.isEmpty)
        }
    }

    @Test("the 2019 block reaches into December 2018, the 2023 block into 2022-12-31")
    func previousDecember() {
        let calendar = WorkdayCalendar.official
        #expect(calendar.covers("2018-12-29"))
        #expect(calendar.covers("2018-12-30"))
        #expect(calendar.covers("2018-12-31"))
        #expect(!calendar.covers("2018-12-28"))
        #expect(calendar.dayKind("2018-12-29") == .adjustedWorkday)
        #expect(calendar.dayKind("2018-12-30") == .holiday)
        #expect(calendar.dayKind("2018-12-31") == .holiday)
        #expect(calendar.dayKind("2022-12-31") == .holiday)
        #expect(calendar.dayKind("2023-01-02") == .holiday)
    }

    @Test("comments, blank lines, CRLF, trailing comments and full-width separators are accepted")
    func lenientSyntax() throws {
        let text =
            "# 注释\r\n\r\n2027\r\nholidays: 2027-01-01, 2027-02-05..2027-02-07  # 春节（示例）\r\nworkdays：2027-02-13，2027-02-14\r\nsource: https://example.org/notice#top\r\n"
        let blocks = try WorkdayDataParser.parse(text)
        #expect(blocks.count == 1)
        #expect(blocks[0].year == 2027)
        #expect(blocks[0].holidayDates.count == 4)
        #expect(blocks[0].workdays == ["2027-02-13", "2027-02-14"])
        #expect(blocks[0].sources == ["https://example.org/notice#top"])
    }

    /// Parses `text` and returns the error (line and reason), failing the test if none is thrown.
    func failure(_ text: String) -> WorkdayDataError? {
        do {
            _ = try WorkdayDataParser.parse(text, source: "extra.txt")
            Issue.record("expected a parse error")
            return nil
        } catch {
            return error
        }
    }

    @Test("a year line that is not four digits names the line")
    func invalidYear() {
        let error = failure("# c\n20x9\nholidays: 2019-01-01\n")
        #expect(error?.line == 2)
        #expect(error?.reason == .invalidYear("20x9"))
        #expect(failure("二〇一九\nholidays: 2019-01-01\n")?.reason == .unrecognizedLine("二〇一九"))
        let short = failure("219\nholidays: 2019-01-01\n")
        #expect(short?.reason == .invalidYear("219"))
        #expect(short?.description == "extra.txt 第1行：“219”不是有效的年份；年份行应只有四位数字，例如“2027”")
    }

    @Test("entries before any year, unknown keys and stray lines are errors")
    func structure() {
        #expect(failure("holidays: 2019-01-01\n")?.reason == .entryOutsideBlock(key: "holidays"))
        #expect(failure("2019\nholiday: 2019-01-01\n")?.reason == .unknownKey("holiday"))
        #expect(failure("2019\nholidays: 2019-01-01\nhello\n")?.reason == .unrecognizedLine("hello"))
        let duplicate = failure("2019\nholidays: 2019-01-01\nholidays: 2019-02-04\n")
        #expect(duplicate?.reason == .duplicateKey(key: "holidays", year: 2019))
        #expect(duplicate?.line == 3)
    }

    @Test("a block without holidays: is reported at its year line")
    func missingHolidays() {
        let error = failure("2019\nholidays: 2019-01-01\n\n2020\nworkdays: 2020-01-19\n")
        #expect(error?.line == 4)
        #expect(error?.reason == .missingHolidays(year: 2020))
        #expect(error?.description.contains("2020年块缺少“holidays:”行") == true)
    }

    @Test("bad dates, reversed ranges and ranges under workdays: are errors with the item quoted")
    func dates() {
        let bad = failure("2019\nholidays: 2019-02-30\n")
        #expect(bad?.reason == .invalidDate("2019-02-30"))
        #expect(bad?.line == 2)
        #expect(failure("2019\nholidays: 2019-02-10..2019-02-04\n")?.reason == .reversedRange("2019-02-10..2019-02-04"))
        #expect(
            failure("2019\nholidays: 2019-01-01..2019-01-02..2019-01-03\n")?.reason
                == .invalidDate("2019-01-01..2019-01-02..2019-01-03"))
        #expect(
            failure("2019\nholidays: 2019-01-01\nworkdays: 2019-02-02..2019-02-03\n")?.reason
                == .rangeNotAllowed("2019-02-02..2019-02-03"))
    }

    @Test("a date outside the block's year and the December before it is rejected")
    func outsideYear() {
        #expect(failure("2019\nholidays: 2020-05-01\n")?.reason == .dateOutsideYear(date: "2020-05-01", year: 2019))
        #expect(failure("2019\nholidays: 2018-11-30\n")?.reason == .dateOutsideYear(date: "2018-11-30", year: 2019))
        // December of the previous year is allowed.
        #expect((try? WorkdayDataParser.parse("2019\nholidays: 2018-12-31\n")) != nil)
    }

    @Test("a 调休 day must be a weekend and cannot also be a holiday")
    func workdayRules() {
        let weekday = failure("2019\nholidays: 2019-01-01\nworkdays: 2019-02-04\n")
        #expect(weekday?.reason == .workdayNotWeekend(date: "2019-02-04"))
        #expect(weekday?.reason.message.contains("星期一") == true)
        let clash = failure("2019\nholidays: 2019-02-02..2019-02-10\nworkdays: 2019-02-02\n")
        #expect(clash?.reason == .holidayAndWorkday(date: "2019-02-02"))
        #expect(clash?.line == 3)
    }
}
