import GongkaiCore
import Testing

/// 第四十九条 and 第五十条: when an agency's annual report is due, and the countdown the staff home shows.
@Suite("Annual report deadline")
struct AnnualReportDeadlineTests {
    @Test("departments by 31 January, governments by 31 March of the next year")
    func dates() {
        let department = AnnualReportDeadline(agencyName: "江东市教育局", reportYear: 2025)
        #expect(department.article == .departments && department.dueOn == CivilDate(year: 2026, month: 1, day: 31)!)
        let government = AnnualReportDeadline(agencyName: "江东市东湖区人民政府", reportYear: 2025)
        #expect(government.article == .governments && government.dueOn == CivilDate(year: 2026, month: 3, day: 31)!)
        // The government's general office is one of its departments.
        #expect(AnnualReportDeadline(agencyName: "江东市人民政府办公室", reportYear: 2025).article == .departments)
    }

    @Test("days left, the due day itself, and days overdue")
    func countdown() {
        let deadline = AnnualReportDeadline.current(agencyName: "江东市教育局", today: CivilDate(year: 2026, month: 1, day: 20)!)
        #expect(deadline.reportYear == 2025)
        #expect(deadline.countdown(on: CivilDate(year: 2026, month: 1, day: 20)!) == "还有 11 天（2026年1月31日前，第四十九条）")
        #expect(deadline.countdown(on: CivilDate(year: 2026, month: 1, day: 31)!).hasPrefix("今天截止"))
        #expect(deadline.countdown(on: CivilDate(year: 2026, month: 3, day: 10)!).hasPrefix("已逾期 38 天"))
    }
}
