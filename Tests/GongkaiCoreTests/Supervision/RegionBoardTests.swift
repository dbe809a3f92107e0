import Testing

@testable import GongkaiCore

/// The board of one region and year: statuses and statutory dates, lateness from the given
/// date or the signature, matches, duplicates, unreadable files, the reminder list.
@Suite("RegionBoard: collection status, lateness, placement")
struct RegionBoardTests {
    let roster = try! SupervisionFixtures.roster()

    static func collected(
        _ agency: String, year: Int = 2025, received: Int = 5, signed: CivilDate? = nil, file: String? = nil,
        origin: ReportOrigin = .upload, publishedOn: CivilDate? = nil
    ) -> CollectedReport {
        let report = SupervisionFixtures.report(agency, year: year, received: received)
        return CollectedReport(
            SupervisionFixtures.checked(report, file: file ?? "\(agency)\(year).txt", signed: signed), origin: origin,
            publishedOn: publishedOn)
    }

    var reports: [CollectedReport] {
        [
            Self.collected("江东市人民政府", received: 20, signed: "2026-03-31"),
            Self.collected("江东市教育局", received: 7, signed: "2026-02-03"),
            Self.collected("江东市财政局", received: 4, signed: "2026-02-10"),
            Self.collected("城南区人民政府", received: 3, origin: .platform, publishedOn: "2026-03-02"),
            Self.collected("城南区教育局", received: 6),
            Self.collected("王益区教育科技体育局", year: 2024, received: 2),
            Self.collected("某某县卫生健康委员会"),
            Self.collected("市教委", received: 9, file: "重复.txt"),
            CollectedReport(CheckResult(file: "坏.docx", error: ReadError(file: "坏.docx", reason: .notWordDocument))),
        ]
    }

    func board(asOf: CivilDate = "2026-04-10") -> RegionBoard {
        RegionBoard(
            roster: roster, reports: reports, year: 2025, asOf: asOf,
            publicationDates: [AgencyID("江东市财政局"): "2026-01-31"])
    }

    @Test("Statutory dates: departments by 31 January, governments by 31 March of the next year")
    func deadlines() {
        #expect(AgencyKind.department.deadline(forReportYear: 2025) == "2026-01-31")
        #expect(AgencyKind.government.deadline(forReportYear: 2025) == "2026-03-31")
        #expect(AgencyKind.government.deadline(forReportYear: 2023) == "2024-03-31")
    }

    @Test("Every agency gets its status; lateness comes from the given date before the signature")
    func statuses() throws {
        let board = board()
        let status = Dictionary(uniqueKeysWithValues: board.agencies.map { ($0.agency.name, $0) })
        #expect(board.agencies.map(\.agency.name) == roster.agencies.map(\.name))
        #expect(status["江东市人民政府"]?.status == .uploaded)  // signed on the last day: on time
        #expect(status["江东市人民政府"]?.publication == PublicationDate(date: "2026-03-31", source: .signature))
        let education = try #require(status["江东市教育局"])
        #expect(education.status == .late)
        #expect(education.daysLate == 3)
        #expect(education.statusText == "逾期3天")
        let late = try #require(education.findings.first { $0.code == .latePublication })
        #expect(late.severity == .warning)
        #expect(late.message == "2025年度报告的落款日期为2026年2月3日，晚于《条例》第四十九条规定的2026年1月31日，逾期3天")
        // Signed late, but the office recorded publication on 31 January: the given date wins.
        #expect(status["江东市财政局"]?.status == .uploaded)
        #expect(status["江东市财政局"]?.publication == PublicationDate(date: "2026-01-31", source: .given))
        #expect(status["城南区人民政府"]?.status == .published)
        #expect(status["城南区教育局"]?.status == .uploaded)
        #expect(status["城南区教育局"]?.publication == nil)
        #expect(status["江东市民政局"]?.status == .missing)
        #expect(status["江东市民政局"]?.overdue == true)
        #expect(status["江东市民政局"]?.statusText == "未提交（已过法定时限）")
        // Only a 2024 report: missing for 2025, in the trend.
        #expect(status["铜川市王益区教育科技体育局"]?.status == .missing)
        #expect(board.count(.missing) == 3)
        #expect(board.trend.map(\.year) == [2024, 2025])
    }

    @Test("Before the statutory date a missing report is not yet overdue")
    func notYetOverdue() {
        let board = board(asOf: "2026-01-15")
        let missing = board.agencies.filter { $0.status == .missing }
        #expect(missing.allSatisfy { !$0.overdue })
        #expect(board.reminderText.contains("1. 江东市民政局（法定时限2026年1月31日，《条例》第四十九条）"))
    }

    @Test("Each file's fate: counted, year before, other year, duplicate, unmatched, unreadable")
    func placements() {
        let board = board()
        let roles = Dictionary(uniqueKeysWithValues: board.placements.map { ($0.file, $0.role) })
        #expect(roles["江东市教育局2025.txt"] == .current)
        #expect(roles["重复.txt"] == .duplicate)  // the alias of 江东市教育局; the first file counts
        #expect(roles["王益区教育科技体育局2024.txt"] == .previousYear)
        #expect(roles["某某县卫生健康委员会2025.txt"] == .unmatched)
        #expect(roles["坏.docx"] == .unreadable)
        #expect(board.status(of: AgencyID("江东市教育局"))?.report?.file == "江东市教育局2025.txt")
    }

    @Test("A report the user confirmed is placed whatever name it states")
    func confirmed() {
        var report = Self.collected("区教科体局", file: "简称.txt")
        #expect(
            RegionBoard(roster: roster, reports: [report], year: 2025, asOf: "2026-04-10").placements[0].role
                == .needsConfirmation)
        report.confirmedAgency = AgencyID("铜川市王益区教育科技体育局")
        let board = RegionBoard(roster: roster, reports: [report], year: 2025, asOf: "2026-04-10")
        #expect(board.placements[0].role == .current)
        #expect(board.status(of: AgencyID("铜川市王益区教育科技体育局"))?.status == .uploaded)
    }

    @Test("A board of one district covers its agencies only; others' reports are out of scope")
    func scope() {
        let board = RegionBoard(
            roster: roster, reports: reports, year: 2025, asOf: "2026-04-10",
            scope: RegionID(rawValue: "江东市/城南区"))
        #expect(board.agencies.map(\.agency.name) == ["城南区人民政府", "城南区教育局"])
        #expect(board.placements.first { $0.file == "江东市教育局2025.txt" }?.role == .outOfScope)
        #expect(board.aggregate.members.map(\.rawValue) == ["城南区人民政府", "城南区教育局"])
    }

    @Test("The reminder lists the missing agencies with their dates, overdue or not")
    func reminder() {
        let text = board().reminderText
        #expect(text.hasPrefix("以下3个单位尚未报送2025年度政府信息公开工作年度报告"))
        #expect(text.contains("1. 江东市民政局（法定时限2026年1月31日已过，《条例》第四十九条）"))
        #expect(text.contains("3. 铜川市王益区教育科技体育局"))
    }
}
