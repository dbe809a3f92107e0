import Foundation
import Testing

@testable import GongkaiCore

/// TEXT_COPIED on real text: the threshold (55% of this year's 4-character shingles found in last
/// year's section) separates unrelated reports and a real rewrite from copies with light edits.
@Suite("TEXT_COPIED: the similarity measure and its threshold on real text")
struct TextCopiedRuleTests {
    static let seedNames = [
        "000_a7bda0c74bde3af2.txt", "001_18824da13ecba4ff.txt", "002_1b003a206c429a04.txt", "003_5378260b2f002a6c.txt",
        "004_4a845c3325581b0b.txt",
    ]
    let seeds = try! seedNames.map { try ReportReader().read(fixtureBytes("seeds/\($0)"), name: $0).report }
    let rule = TextCopiedRule()

    /// `report` a year later: its years moved on, its figures changed, and every `k`-th sentence
    /// of section 一 replaced by a sentence of `other` (none when `k` is nil).
    static func nextYear(_ report: Report, replacingEvery k: Int?, from other: Report) -> Report {
        var next = report
        next.year = report.year.map { $0 + 1 }
        let replacements = other.section(1)?.text.split(separator: "。").map(String.init) ?? []
        for index in next.sections.indices {
            var text = next.sections[index].text
            if let year = report.year {
                text = text.replacingOccurrences(of: "\(year)", with: "\(year + 1)")
            }
            text = String(
                text.map { $0.isNumber && $0.isASCII ? Character(String(($0.wholeNumberValue! + 3) % 10)) : $0 })
            if let k, next.sections[index].number == 1 {
                var sentences = text.split(separator: "。", omittingEmptySubsequences: false).map(String.init)
                var used = 0
                for sentence in sentences.indices where sentence % k == 0 {
                    sentences[sentence] = replacements[used % replacements.count]
                    used += 1
                }
                text = sentences.joined(separator: "。")
            }
            next.sections[index].text = text
        }
        return next
    }

    func containment(_ report: Report, in previous: Report, section: Int = 1) -> Double {
        TextFingerprint(report.section(section)!.text).containment(
            in: TextFingerprint(previous.section(section)!.text))!
    }

    @Test("Unrelated agencies' reports share at most 10% of any section; none is flagged")
    func unrelated() {
        for (i, a) in seeds.enumerated() {
            for (j, b) in seeds.enumerated() where i != j {
                for number in [1, 5] {
                    guard let x = a.section(number), let y = b.section(number) else { continue }
                    let share = TextFingerprint(x.text).containment(in: TextFingerprint(y.text)) ?? 0
                    #expect(share < 0.1, "seed \(i) in \(j), section \(number): \(share)")
                }
                #expect(!Auditor().audit(a, previous: b).contains { $0.code == .textCopied })
            }
        }
    }

    @Test("Last year's text with years and figures updated is an exact copy: 100%")
    func figuresUpdated() throws {
        let seed = seeds[1]
        let next = Self.nextYear(seed, replacingEvery: nil, from: seeds[0])
        #expect(next.section(1)?.text != seed.section(1)?.text)
        #expect(containment(next, in: seed) == 1)
        let findings = Auditor().audit(next, previous: seed).filter { $0.code == .textCopied }
        #expect(findings.map(\.location) == ["sections.1", "sections.5"])
        #expect(findings[0].severity == .warning)
        #expect(
            findings[0].message
                == "第一部分“总体情况”的文字有100%与2020年度报告相同（按连续四字片段计，数字不计），超过55%；请按本年度工作实际撰写，不要照搬上年文字")
    }

    @Test("One sentence in four or five replaced still repeats 59% or more: flagged, every seed")
    func lightlyEdited() {
        for (index, seed) in seeds.enumerated() {
            for k in [4, 5] {
                let next = Self.nextYear(seed, replacingEvery: k, from: seeds[(index + 1) % seeds.count])
                let share = containment(next, in: seed)
                #expect(share >= 0.59, "seed \(index), every \(k): \(share)")
                #expect(
                    rule.findings(in: AuditContext(parsed: ParsedReport(report: next, format: .json), previous: seed))
                        .contains { $0.location == "sections.1" })
            }
        }
    }

    @Test("Half of the sentences replaced is a rewrite: at most 51%, not flagged")
    func halfRewritten() {
        for (index, seed) in seeds.enumerated() {
            let next = Self.nextYear(seed, replacingEvery: 2, from: seeds[(index + 1) % seeds.count])
            let share = containment(next, in: seed)
            #expect(share <= 0.52, "seed \(index): \(share)")
            #expect(
                !rule.findings(in: AuditContext(parsed: ParsedReport(report: next, format: .json), previous: seed))
                    .contains { $0.location == "sections.1" })
        }
    }

    @Test(
        "A real rewrite (洪泽区 2023 → 2024) repeats under half of its sections: not flagged",
        .enabled(if: ExternalTool(name: "pdftotext", package: "poppler-utils").locate() != nil))
    func realRewrite() throws {
        let previous = try ReportReader().read(contentsOf: fixtureURL("real/hongze-district-2023.pdf")).report
        let current = try ReportReader().read(contentsOf: fixtureURL("real/hongze-district-2024.pdf")).report
        let overview = containment(current, in: previous)
        let problems = containment(current, in: previous, section: 5)
        #expect((0.40...0.52).contains(overview), "\(overview)")
        #expect((0.30...0.50).contains(problems), "\(problems)")
        // Section 六 is the same stock sentence both years, but too short to count.
        #expect(containment(current, in: previous, section: 6) == 1)
        #expect(!Auditor().audit(current, previous: previous).contains { $0.code == .textCopied })
    }

    @Test("Sections shorter than 60 characters are never compared")
    func shortSections() {
        var a = SampleReports.consistent(year: 2024)
        var b = SampleReports.consistent(year: 2025)
        a.sections[5].text = "本机关无其他需要报告的事项。"
        b.sections[5].text = "本机关无其他需要报告的事项。"
        #expect(!Auditor().audit(b, previous: a).contains { $0.code == .textCopied })
    }

    @Test("The batch's sampled fingerprints give the exact share within 4 points, and 1 for the same text")
    func sampling() {
        for (index, seed) in seeds.enumerated() {
            let next = Self.nextYear(seed, replacingEvery: 3, from: seeds[(index + 1) % seeds.count])
            let exact = containment(next, in: seed)
            let sampled = NarrativeFingerprint(next, maximumShingles: NarrativeFingerprint.batchShingles).sections[1]!
                .containment(
                    in: NarrativeFingerprint(seed, maximumShingles: NarrativeFingerprint.batchShingles).sections[1]!)!
            #expect(abs(sampled - exact) <= 0.04, "seed \(index): \(sampled) vs \(exact)")
            let same = TextFingerprint(seed.section(1)!.text, maximumShingles: 100)
            #expect(same.containment(in: TextFingerprint(seed.section(1)!.text)) == 1)
            #expect(same.hashes.count <= 100)
        }
    }

    @Test("Checked together as files, consecutive years of one agency get TEXT_COPIED (as `gongkai check` does)")
    func batch() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
            "gongkai-copied-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let seed = seeds[1]
        let next = Self.nextYear(seed, replacingEvery: 5, from: seeds[0])
        try Data(json(seed)).write(to: directory.appendingPathComponent("2020.json"))
        try Data(json(next)).write(to: directory.appendingPathComponent("2021.json"))
        let results = BatchChecker().check([
            directory.appendingPathComponent("2020.json"), directory.appendingPathComponent("2021.json"),
        ])
        #expect(!results[0].findings.contains { $0.code == .textCopied })
        #expect(results[1].findings.contains { $0.code == .textCopied && $0.location == "sections.1" })
    }

    private func json(_ report: Report) -> [UInt8] { Array(report.canonicalJSON().utf8) }
}
