import Testing

@testable import GongkaiCore

/// A check result stored by the web's background job keeps the sampled section fingerprints, so
/// the board drawn later finds TEXT_COPIED across years exactly as `collect` does in memory.
@Suite("Stored check results keep the narrative fingerprints")
struct StoredNarrativeTests {
    static func report(_ agency: String, year: Int, seed: UInt64) -> Report {
        var generator = SampleReportGenerator(seed: seed)
        var report = generator.report(template: .v2021, year: year)
        report.agency = agency
        report.title = "\(agency)\(year)年政府信息公开工作年度报告"
        return report
    }

    @Test("the fingerprints survive storage; a copied year is TEXT_COPIED from the stored results as from memory")
    func roundTrip() throws {
        let last = Self.report("江东市教育局", year: 2024, seed: 7)
        var this = last
        this.year = 2025
        this.title = "江东市教育局2025年政府信息公开工作年度报告"
        let before = SupervisionFixtures.checked(last, file: "2024.json")
        let now = SupervisionFixtures.checked(this, file: "2025.json")
        let storedBefore = try CheckResult(file: "2024.json", storedJSON: before.storedJSON)
        let storedNow = try CheckResult(file: "2025.json", storedJSON: now.storedJSON)
        #expect(storedNow.narrative == now.narrative)
        #expect(storedNow.narrative?.sections.isEmpty == false)
        let inMemory = CrossYearCheck().findings(now, previous: before).filter { $0.code == .textCopied }
        let fromStore = CrossYearCheck().findings(storedNow, previous: storedBefore).filter { $0.code == .textCopied }
        #expect(!inMemory.isEmpty)
        #expect(fromStore == inMemory)
        // A result stored before fingerprints were kept still reads, without them.
        let old = before.storedJSON.replacingOccurrences(of: #","narrative":"#, with: #","old":"#)
        #expect(try CheckResult(file: "x", storedJSON: old).narrative == nil)
    }

    @Test("a board from stored results scores the copied sections")
    func boardScoresCopies() throws {
        let roster = try SupervisionFixtures.roster()
        var copied = Self.report("江东市财政局", year: 2024, seed: 9)
        let previous = SupervisionFixtures.checked(copied, file: "2024.json")
        copied.year = 2025
        copied.title = "江东市财政局2025年政府信息公开工作年度报告"
        let current = SupervisionFixtures.checked(copied, file: "2025.json")
        let reports = try [previous, current].map { CollectedReport(try CheckResult(file: $0.file, storedJSON: $0.storedJSON)) }
        let board = RegionBoard(roster: roster, reports: reports, year: 2025, asOf: CivilDate(year: 2026, month: 6, day: 1)!)
        let line = try #require(board.status(of: AgencyID("江东市财政局")))
        let copies = line.findings.filter { $0.code == .textCopied }.count
        #expect(copies > 0)
        let score = try #require(board.ranking.first { $0.agency == AgencyID("江东市财政局") }).score
        #expect(score.copiedSections == copies)
        #expect(score.originality == max(0, 10 - 5 * Double(copies)))
    }

    @Test("a scheme from a form: every field a number, shares at most 1, problems named by field")
    func schemeForm() throws {
        var values = Dictionary(uniqueKeysWithValues: ScoringScheme.standard.settings.map { ($0.key, ScoringScheme.format($0.value)) })
        values["onTime"] = "40"
        let scheme = try ScoringScheme(form: values)
        #expect(scheme.onTime == 40 && scheme.maximum == 120)
        values["lateCredit"] = "2"
        values["perError"] = "三"
        values["accuracy"] = "-1"
        #expect(throws: ScoringSchemeFormError.self) { try ScoringScheme(form: values) }
        do {
            _ = try ScoringScheme(form: values)
        } catch {
            #expect(error.problems.map(\.key) == ["lateCredit", "accuracy", "perError"])
            #expect(error.problems.allSatisfy { $0.message.contains("“") })
        }
    }
}
