/// Finding years ("2020年", "二〇二0年", "2023 年") in report text.
enum YearText {
    /// A year mention: the year and where it ends (just before 年).
    struct Mention {
        var year: Int
        var range: Range<String.Index>
    }

    /// Every year from 2000 to 2099 written before 年 (or 年度), in order.
    static func mentions(in text: String) -> [Mention] {
        var result: [Mention] = []
        var digits: [Int] = []
        var start = text.startIndex
        var index = text.startIndex
        var pendingSpace = false
        while index < text.endIndex {
            let character = text[index]
            if let digit = digitValue(character) {
                if digits.isEmpty || pendingSpace { digits = []; start = index }
                pendingSpace = false
                digits.append(digit)
            } else if character == "年", digits.count == 4 {
                let year = digits.reduce(0) { $0 * 10 + $1 }
                if (2000...2099).contains(year) { result.append(Mention(year: year, range: start..<index)) }
                digits = []
            } else if character == " ", digits.count == 4 {
                pendingSpace = false
                // "2023 年" from PDF text: allow one space between the digits and 年.
                let next = text.index(after: index)
                if next < text.endIndex, text[next] == "年" {
                    index = next
                    continue
                }
                digits = []
            } else {
                digits = []
            }
            index = text.index(after: index)
        }
        return result
    }

    /// The first year in `text`, if any.
    static func firstYear(in text: String) -> Int? { mentions(in: text).first?.year }

    private static func digitValue(_ character: Character) -> Int? {
        if let ascii = character.asciiDigitValue { return ascii }
        switch character {
        case "〇", "○", "零", "Ｏ", "О": return 0
        case "一": return 1
        case "二": return 2
        case "三": return 3
        case "四": return 4
        case "五": return 5
        case "六": return 6
        case "七": return 7
        case "八": return 8
        case "九": return 9
        default: return nil
        }
    }
}
