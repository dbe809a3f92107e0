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
        var year = 0
        var digits = 0
        var start = text.startIndex
        let scalars = text.unicodeScalars
        var index = scalars.startIndex
        while index < scalars.endIndex {
            let scalar = scalars[index]
            if let digit = digitValue(scalar) {
                if digits == 0 { start = index }
                year = digits < 4 ? year * 10 + digit : 0
                digits += 1
            } else if scalar == "年", digits == 4 {
                if (2000...2099).contains(year) { result.append(Mention(year: year, range: start..<index)) }
                digits = 0
                year = 0
            } else if scalar == " ", digits == 4 {
                // "2023 年" from PDF text: allow one space between the digits and 年.
                let next = scalars.index(after: index)
                if next < scalars.endIndex, scalars[next] == "年" {
                    index = next
                    continue
                }
                digits = 0
                year = 0
            } else {
                digits = 0
                year = 0
            }
            index = scalars.index(after: index)
        }
        return result
    }

    /// The first year in `text`, if any.
    static func firstYear(in text: String) -> Int? { mentions(in: text).first?.year }

    /// The digit `scalar` writes (0–9, full-width, or 〇一二…九), if any.
    static func digitValue(_ scalar: Unicode.Scalar) -> Int? {
        switch scalar.value {
        case 0x30...0x39: return Int(scalar.value - 0x30)
        case 0xFF10...0xFF19: return Int(scalar.value - 0xFF10)
        default: break
        }
        switch scalar {
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
