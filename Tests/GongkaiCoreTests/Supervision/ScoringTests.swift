import Testing

@testable import GongkaiCore

/// The scoring scheme (default and from JSON), each agency's breakdown, and the ranking with ties.
@Suite("Scoring and ranking")
struct ScoringTests {
    @Test("The default scheme adds up to 100; a clean, complete, on-time report scores 100")
    func perfect() {
        let scheme = ScoringScheme.standard
        #expect(scheme.maximum == 100)
        let report = SupervisionFixtures.report("江东市教育局")
        let score = AgencyScore(report: report, findings: [], late: false, dateKnown: true, scheme: scheme)
        #expect(score.total == 100)
        #expect(score.partsPresent == 9)
    }

    @Test("Each part loses what the scheme says: late, missing parts, errors, warnings, copied sections")
    func breakdown() {
        var report = SupervisionFixtures.report("江东市教育局")
        report.review = nil
        report.sections.removeAll { $0.number == 6 }
        func finding(_ code: RuleCode, _ severity: Severity) -> Finding {
            Finding(code: code, severity: severity, location: "x", message: "")
        }
        let findings = [
            finding(.tableMissing, .error), finding(.sectionMissing, .error),  // counted as missing parts only
            finding(.cellBlank, .error), finding(.t3Balance, .error),
            finding(.labelMismatch, .warning), finding(.latePublication, .warning),
            finding(.textCopied, .warning), finding(.textCopied, .warning), finding(.textCopied, .warning),
            finding(.amountUnit, .info),
        ]
        let score = AgencyScore(report: report, findings: findings, late: true, dateKnown: true, scheme: .standard)
        #expect(score.onTime == 10)
        #expect(score.partsPresent == 7)
        #expect(abs(score.completeness - 30 * 7 / 9) < 1e-9)
        #expect(score.errors == 2)
        #expect(score.accuracy == 24)
        #expect(score.warnings == 1)
        #expect(score.conformity == 9)
        #expect(score.copiedSections == 3)
        #expect(score.originality == 0)  // not below 0
        #expect(score.total == 66.3)  // 10 + 23.33 + 24 + 9 + 0
        #expect(
            AgencyScore(report: report, findings: [], late: false, dateKnown: false, scheme: .standard).onTime == 20)
    }

    @Test("A scheme file changes what it names and keeps the rest")
    func json() throws {
        let scheme = try ScoringScheme(json: #"{"onTime": 40, "perError": 5, "lateCredit": 0}"#)
        #expect(scheme.onTime == 40)
        #expect(scheme.perError == 5)
        #expect(scheme.lateCredit == 0)
        #expect(scheme.completeness == 30)
        #expect(scheme.maximum == 120)
        let reread = try ScoringScheme(json: JSONWriter.compact(scheme.jsonValue))
        #expect(reread == scheme)
    }

    @Test("A scheme file with a typo, a string, a negative weight or a credit above 1 is refused in Chinese")
    func refused() {
        func message(_ text: String) -> String? {
            do {
                _ = try ScoringScheme(json: text)
                return nil
            } catch {
                return error.description
            }
        }
        #expect(message(#"{"ontime": 20}"#)?.hasPrefix("评分方案有误：未知的键“ontime”；可用的键：onTime、lateCredit") == true)
        #expect(message(#"{"perError": "3"}"#) == "评分方案有误：“perError”应为数字")
        #expect(message(#"{"perWarning": -1}"#) == "评分方案有误：“perWarning”不能为负数")
        #expect(message(#"{"lateCredit": 2}"#) == "评分方案有误：“lateCredit”是比例，应在 0 到 1 之间")
        #expect(message("[1]")?.contains("应为一个 JSON 对象") == true)
        #expect(message("{")?.hasPrefix("评分方案有误：不是有效的 JSON") == true)
    }

    @Test("Ties share a rank and the next rank is skipped; ties keep the roster order")
    func ties() {
        func score(_ accuracy: Double) -> AgencyScore {
            AgencyScore(
                onTime: 20, completeness: 30, accuracy: accuracy, conformity: 10, originality: 10, partsPresent: 9,
                errors: 0, warnings: 0, copiedSections: 0)
        }
        let ranking = Ranking.rank([
            (AgencyID("甲"), score(27)), (AgencyID("乙"), score(30)), (AgencyID("丙"), score(27)),
            (AgencyID("丁"), .none), (AgencyID("戊"), score(26.96)),  // 96.96 shows as 97.0: tied with 甲, 丙
        ])
        #expect(ranking.map(\.agency.rawValue) == ["乙", "甲", "丙", "戊", "丁"])
        #expect(ranking.map(\.rank) == [1, 2, 2, 2, 5])
        #expect(ranking.map(\.tied) == [false, true, true, true, false])
    }

    @Test("On the board a missing report scores 0 and ranks last")
    func board() throws {
        let roster = try SupervisionFixtures.roster()
        let report = SupervisionFixtures.report("江东市教育局")
        let board = RegionBoard(
            roster: roster,
            reports: [CollectedReport(SupervisionFixtures.checked(report, file: "a.txt"), publishedOn: "2026-01-20")],
            year: 2025, asOf: "2026-04-10")
        #expect(board.ranking.first?.agency == AgencyID("江东市教育局"))
        #expect(board.ranking.first?.score.total == 100)
        #expect(board.ranking.dropFirst().allSatisfy { $0.score.total == 0 && $0.rank == 2 })
    }
}
