import Foundation

/// TEXT_COPIED: a section's text repeats the same agency's text of the year before beyond
/// `threshold` — the copy-paste that evaluators mark down.
///
/// The similarity is the share of this year's 4-character shingles found in last year's text of
/// the same section (`TextFingerprint.containment`): the part of this year's text already written
/// last year. Text added to last year's does not hide a copy; text cut from it does not count
/// against the agency. Sections shorter than `minimumLength` characters ("无。", one stock
/// sentence) are not compared: there is nothing to rewrite.
///
/// The threshold of 55% lies in the gap the tests measure (`TextCopiedRuleTests`): unrelated
/// agencies' sections share at most 10% (the five seeds, pairwise); the same agency's report
/// rewritten for the next year on the same template repeats 48% of its overview and 40% of its
/// problems section (the real 洪泽区 reports of 2023 and 2024); last year's text with its years
/// and figures updated and one sentence in four or five replaced still repeats 59–76% (the
/// seeds so edited), and half of it replaced 39–51%.
public struct TextCopiedRule: AuditRule {
    /// The share of this year's text found in last year's from which the text counts as copied.
    public var threshold = 0.55
    /// Sections with fewer characters (after normalization) are not compared.
    public var minimumLength = 60

    public init() {}

    public var codes: [RuleCode] { [.textCopied] }

    /// Compares the report's section text with the previous year's, when the context has it.
    public func findings(in context: AuditContext) -> [Finding] {
        guard let previous = context.previous else { return [] }
        return findings(
            current: NarrativeFingerprint(context.report), previous: NarrativeFingerprint(previous),
            previousYear: previous.year)
    }

    /// The findings for sections of `current` that repeat `previous` (fingerprints of the same
    /// agency's reports on consecutive years).
    public func findings(current: NarrativeFingerprint, previous: NarrativeFingerprint, previousYear: Int?) -> [Finding]
    {
        current.sections.keys.sorted().compactMap { number in
            guard let now = current.sections[number], now.length >= minimumLength,
                let before = previous.sections[number], before.length >= minimumLength,
                let similarity = now.containment(in: before), similarity >= threshold
            else { return nil }
            let section = Templates.section(number)
            let year = previousYear.map { "\($0)年度" } ?? "上一年度"
            return Finding(
                code: .textCopied, severity: .warning, location: "sections.\(number)",
                message:
                    "第\(section.numeral)部分“\(section.heading)”的文字有\(Self.percent(similarity))与\(year)报告相同（按连续四字片段计，数字不计），超过\(Self.percent(threshold))；请按本年度工作实际撰写，不要照搬上年文字"
            )
        }
    }

    /// "82%": a share as a whole percentage, rounded down so that 59.6% never shows as 60%.
    public static func percent(_ share: Double) -> String {
        "\(Int((share * 100 + 1e-9).rounded(.down)))%"
    }
}
