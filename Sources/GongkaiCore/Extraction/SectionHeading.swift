/// A paragraph recognised as the heading of one of the six statutory sections.
///
/// Headings are recognised by their keywords, not their exact text, and their numbering is kept
/// as written so the auditor can report "3、" where "三、" belongs, or a heading with no number.
/// A numbered heading whose keywords are misprinted ("四、政府信息公开行政法复议、行政诉讼情况") is
/// still its section, recognised by its likeness to the template's wording and marked as such.
/// A phrase listing several sections, or a clause of a sentence (with a comma, or ending in 、),
/// is never a heading.
public struct SectionHeading: Sendable, Hashable {
    /// The section the keywords identify (1…6).
    public let number: Int
    /// The numbering prefix as written ("一、", "3、", "第三部分"), or `nil` when there is none.
    public let numbering: String?
    /// The number the prefix states, if it states one (3 for both "三、" and "3、").
    public let numberingValue: Int?
    /// The heading text after the prefix: "收到和处理政府信息公开申请情况".
    public let heading: String
    /// The heading was recognised by its likeness to the template's wording, not by its keywords:
    /// a misprint the auditor reports (HEADING_MISMATCH).
    public let isMisworded: Bool

    public init(number: Int, numbering: String?, numberingValue: Int?, heading: String, isMisworded: Bool = false) {
        self.number = number
        self.numbering = numbering
        self.numberingValue = numberingValue
        self.heading = heading
        self.isMisworded = isMisworded
    }

    /// Whether the numbering is the official one: the Chinese numeral of the right section and "、".
    public var isCanonicallyNumbered: Bool {
        numbering == "\(ChineseNumerals.numeral(number))、"
    }

    /// The heading `paragraph` is, or `nil` when it is not a section heading.
    public static func match(_ paragraph: some StringProtocol) -> SectionHeading? {
        // Headings are short: skip long paragraphs before doing any Unicode work on them.
        guard paragraph.utf8.count <= 48 * 4 + 64 || paragraph.fastContains("[bookmark") else { return nil }
        let text = LabelText.trim(LabelText.stripBookmarks(String(paragraph)))
        guard !text.isEmpty, text.count <= 48 else { return nil }
        let (numbering, numberingValue, rest) = splitNumbering(text)
        let heading = LabelText.trim(rest)
        let normalized = LabelText.normalize(heading)
        guard (2...36).contains(normalized.count), !isClause(normalized) else { return nil }
        let matching = Templates.sections.filter { section in
            section.keywordSets.contains { keywords in keywords.allSatisfy { normalized.fastContains($0) } }
        }
        if matching.count == 1 {
            return SectionHeading(
                number: matching[0].number, numbering: numbering, numberingValue: numberingValue, heading: heading)
        }
        guard matching.isEmpty else { return nil }  // a list of sections' names is no heading
        if numbering != nil, normalized == "概述" || normalized == "基本情况" {
            return SectionHeading(number: 1, numbering: numbering, numberingValue: numberingValue, heading: heading)
        }
        let numbered = numbering != nil && numbering != "("
        guard let section = misworded(normalized, numbered: numbered, numberingValue: numberingValue) else { return nil }
        return SectionHeading(
            number: section, numbering: numbering, numberingValue: numberingValue, heading: heading, isMisworded: true)
    }

    /// A piece of a sentence rather than a heading: it holds a comma or a full stop, a colon
    /// before its end, ends in 、, or lists the names of several sections ("总体情况、主动公开政府").
    static func isClause(_ normalized: String) -> Bool {
        for mark in ["。", "；", ";", "，", ","] where normalized.fastContains(mark) { return true }
        if normalized.hasSuffix("、") { return true }
        for mark in ["：", ":"] {
            if let range = normalized.fastRange(of: mark), range.upperBound < normalized.endIndex { return true }
        }
        return normalized.fastContains("、") && listsSections(normalized)
    }

    /// Whether the pieces of `normalized` between 、 belong to two or more sections' headings,
    /// each piece going to the heading it shares the longest run of characters with.
    static func listsSections(_ normalized: String) -> Bool {
        var sections = Set<Int>()
        for piece in normalized.split(separator: "、") where piece.count >= 3 {
            let characters = Array(piece)
            let runs: [Int] = Templates.sections.map { longestCommonRun(characters, Array($0.heading)) }
            let best = runs.max() ?? 0
            guard best >= 3, runs.filter({ $0 == best }).count == 1, let index = runs.firstIndex(of: best) else {
                continue
            }
            sections.insert(index + 1)
        }
        return sections.count >= 2
    }

    private static func longestCommonRun(_ a: [Character], _ b: [Character]) -> Int {
        var best = 0
        var previous = [Int](repeating: 0, count: b.count + 1)
        for i in a.indices {
            var current = [Int](repeating: 0, count: b.count + 1)
            for j in b.indices where a[i] == b[j] {
                let run: Int = previous[j] + 1
                current[j + 1] = run
                best = max(best, run)
            }
            previous = current
        }
        return best
    }

    /// The section whose template heading `normalized` resembles closely (a misprint of it): the
    /// likeness of their character pairs (Dice) at least 0.7 for a numbered heading (0.6 when its
    /// number is that section's), 0.85 for an unnumbered one, and clearly closer than to any other.
    static func misworded(_ normalized: String, numbered: Bool, numberingValue: Int?) -> Int? {
        let pairs = Set(LabelMatcher.bigrams(normalized))
        var scores: [(section: Int, score: Double)] = []
        for section in Templates.sections {
            let template = Set(LabelMatcher.bigrams(LabelText.normalize(section.heading)))
            let shared = Double(pairs.intersection(template).count)
            let total = Double(pairs.count + template.count)
            scores.append((section.number, 2 * shared / total))
        }
        scores.sort { $0.score > $1.score }
        let best = scores[0]
        guard scores[1].score < best.score - 0.2 else { return nil }
        var threshold = 0.85
        if numbered { threshold = numberingValue == best.section ? 0.6 : 0.7 }
        return best.score >= threshold ? best.section : nil
    }

    /// Whether `line` is a section heading (used by readers to end a table at a heading).
    public static func looksLikeHeading(_ line: some StringProtocol) -> Bool {
        match(line) != nil
    }

    /// Splits a leading "一、", "3、", "3.", "第三部分" off `text`. Parenthesised numbers such as
    /// "（一）" belong to sub-headings and are not split, so such a paragraph is no section heading.
    static func splitNumbering(_ text: String) -> (numbering: String?, value: Int?, rest: Substring) {
        let characters = Substring(text)
        guard let first = characters.first else { return (nil, nil, characters) }
        if first == "（" || first == "(" { return ("(", nil, characters) }
        if first == "第" {
            let after = characters.dropFirst()
            if let numeral = after.first, let value = ChineseNumerals.value(of: numeral) {
                let tail = after.dropFirst()
                for marker in ["部分", "章", "节"] where tail.hasPrefix(marker) {
                    let rest = tail.dropFirst(marker.count).drop { $0 == "、" || $0 == "：" || $0 == ":" || $0.isWhitespace }
                    return (String(characters[..<rest.startIndex]).trimmingSpaces, value, rest)
                }
            }
            return (nil, nil, characters)
        }
        var index = characters.startIndex
        var value: Int?
        if let numeral = ChineseNumerals.value(of: first) {
            value = numeral
            index = characters.index(after: index)
        } else {
            var digits = 0
            while index < characters.endIndex, let digit = characters[index].asciiDigitValue, digits < 2 {
                value = (value ?? 0) * 10 + digit
                index = characters.index(after: index)
                digits += 1
            }
        }
        guard value != nil, index < characters.endIndex else { return (nil, nil, characters) }
        let separator = characters[index]
        guard ["、", ".", "．", "，", ",", " ", "\u{3000}", "：", ":"].contains(separator) else {
            return (nil, nil, characters)
        }
        let afterSeparator = characters.index(after: index)
        let rest = characters[afterSeparator...].drop { $0.isWhitespace || $0 == "\u{3000}" }
        return (String(characters[..<afterSeparator]).trimmingSpaces, value, rest)
    }
}

extension Character {
    /// 0…9 for ASCII and full-width digits; `nil` otherwise.
    var asciiDigitValue: Int? {
        guard let scalar = unicodeScalars.first, unicodeScalars.count == 1 else { return nil }
        switch scalar.value {
        case 0x30...0x39: return Int(scalar.value - 0x30)
        case 0xFF10...0xFF19: return Int(scalar.value - 0xFF10)
        default: return nil
        }
    }
}

extension String {
    /// The string without white space at either end (U+3000 included).
    var trimmingSpaces: String { LabelText.trim(self) }
}
