/// A paragraph recognised as the heading of one of the six statutory sections.
///
/// Headings are recognised by their keywords, not their exact text, and their numbering is kept
/// as written so the auditor can report "3、" where "三、" belongs, or a heading with no number.
public struct SectionHeading: Sendable, Hashable {
    /// The section the keywords identify (1…6).
    public let number: Int
    /// The numbering prefix as written ("一、", "3、", "第三部分"), or `nil` when there is none.
    public let numbering: String?
    /// The number the prefix states, if it states one (3 for both "三、" and "3、").
    public let numberingValue: Int?
    /// The heading text after the prefix: "收到和处理政府信息公开申请情况".
    public let heading: String

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
        guard (2...36).contains(normalized.count), !normalized.fastContains("。"), !normalized.fastContains("；"),
            !normalized.fastContains(";")
        else { return nil }
        for section in Templates.sections {
            let matches = section.keywordSets.contains { keywords in keywords.allSatisfy { normalized.fastContains($0) } }
            if matches {
                return SectionHeading(
                    number: section.number, numbering: numbering, numberingValue: numberingValue, heading: heading)
            }
        }
        if numbering != nil, normalized == "概述" || normalized == "基本情况" {
            return SectionHeading(number: 1, numbering: numbering, numberingValue: numberingValue, heading: heading)
        }
        return nil
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
