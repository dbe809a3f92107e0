/// One of the six statutory sections of the report (《条例》第五十条).
public struct SectionDefinition: Sendable, Hashable {
    /// 1…6.
    public let number: Int
    /// The heading without its number, as the templates print it: "总体情况".
    public let heading: String
    /// Keyword sets that identify the heading; any one set, all of its words present, is a match.
    /// Real headings vary ("五、政府信息公开工作存在的主要问题及改进情况"), so matching is by keyword.
    let keywordSets: [[String]]
    /// The table the section holds, if any.
    public let table: TableID?

    /// The Chinese numeral of the section: 一…六.
    public var numeral: String { ChineseNumerals.numeral(number) }

    /// The canonical numbered heading: "一、总体情况".
    public var numberedHeading: String { "\(numeral)、\(heading)" }
}

extension Templates {
    /// The six sections, identical in both templates.
    public static let sections: [SectionDefinition] = [
        SectionDefinition(number: 1, heading: "总体情况", keywordSets: [["总体情况"]], table: nil),
        SectionDefinition(
            number: 2, heading: "主动公开政府信息情况", keywordSets: [["主动公开政府信息"]],
            table: .proactive),
        SectionDefinition(
            number: 3, heading: "收到和处理政府信息公开申请情况",
            keywordSets: [["收到和处理", "申请"]], table: .requests),
        SectionDefinition(
            number: 4, heading: "政府信息公开行政复议、行政诉讼情况", keywordSets: [["行政复议", "行政诉讼"]],
            table: .review),
        SectionDefinition(
            number: 5, heading: "存在的主要问题及改进情况", keywordSets: [["问题", "改进"]], table: nil),
        SectionDefinition(
            number: 6, heading: "其他需要报告的事项", keywordSets: [["其他需要报告"]], table: nil),
    ]

    /// The section with `number` (1…6).
    public static func section(_ number: Int) -> SectionDefinition { sections[number - 1] }
}

/// Chinese numerals as used in headings (一…十).
public enum ChineseNumerals {
    static let digits: [Character] = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"]

    /// "一" for 1 … "十" for 10; the decimal number beyond.
    public static func numeral(_ value: Int) -> String {
        (1...10).contains(value) ? String(digits[value - 1]) : String(value)
    }

    /// 1 for "一" … 10 for "十"; `nil` for anything else.
    public static func value(of numeral: Character) -> Int? {
        digits.firstIndex(of: numeral).map { $0 + 1 }
    }
}
