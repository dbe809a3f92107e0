import Testing

@testable import GongkaiCore

/// The date under a report (落款日期): what lateness falls back on when no publication date is known.
@Suite("Signature dates")
struct SignatureDateTests {
    @Test(
        "Dates as officers write them",
        arguments: [
            ("2021年1月29日", "2021-01-29"), ("2021 年 1 月 29 日", "2021-01-29"), ("２０２１年１月２９日", "2021-01-29"),
            ("二〇二一年一月二十九日", "2021-01-29"), ("二〇二四年十二月三十一日", "2024-12-31"), ("2025年3月5号", "2025-03-05"),
            ("二○二五年二月十日", "2025-02-10"),
        ])
    func dates(text: String, iso: String) {
        #expect(DateText.date(text) == CivilDate(iso: iso))
    }

    @Test(
        "Text that is not a whole date, or not a real one, gives none",
        arguments: ["2021年1月", "截至2021年1月29日", "2021年2月30日", "1月29日", "2021年1月29日止", "20210000000000000000000年1月1日", "2021年十十十十十十十十十十十十十十十十十十十十十十月1日"])
    func notDates(text: String) {
        #expect(DateText.date(text) == nil)
    }

    @Test("Seed 001 ends with its agency, the date and a page number: the date is found")
    func seed() throws {
        let parsed = try ReportReader().read(fixtureBytes("seeds/001_18824da13ecba4ff.txt"), name: "001")
        #expect(parsed.signatureDate == CivilDate(year: 2021, month: 1, day: 29))
        let undated = try ReportReader().read(fixtureBytes("seeds/004_4a845c3325581b0b.txt"), name: "004")
        #expect(undated.signatureDate == nil)
    }
}
