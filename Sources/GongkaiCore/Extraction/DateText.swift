/// Reading a date as officers write it under a report: "2021年1月29日", "2021 年 1 月 29 日",
/// "二〇二一年一月二十九日", full-width digits.
enum DateText {
    /// The date `text` states when the whole (normalized) text is one date, else `nil`.
    static func date(_ text: String) -> CivilDate? {
        let scalars = Array(LabelText.normalize(text).unicodeScalars)
        var index = 0
        guard let year = number(scalars, &index, digits: 4), year >= 1990, take("年", scalars, &index),
            let month = number(scalars, &index), take("月", scalars, &index),
            let day = number(scalars, &index), take("日", scalars, &index) || take("号", scalars, &index),
            index == scalars.count
        else { return nil }
        return CivilDate(year: year, month: month, day: day)
    }

    private static func take(_ marker: Unicode.Scalar, _ scalars: [Unicode.Scalar], _ index: inout Int) -> Bool {
        guard index < scalars.count, scalars[index] == marker else { return false }
        index += 1
        return true
    }

    /// A run of digits (Arabic or Chinese, as in 二〇二一 or 二十九) at `index`; `digits` asks for
    /// exactly that many positional digits (a year).
    private static func number(_ scalars: [Unicode.Scalar], _ index: inout Int, digits: Int? = nil) -> Int? {
        var value = 0
        var count = 0
        var sawTen = false
        while index < scalars.count {
            // No part of a date has more than four characters; a longer run is no date (and
            // would overflow).
            guard count <= 4 else { return nil }
            let scalar = scalars[index]
            if let digit = YearText.digitValue(scalar) {
                value = sawTen && digit > 0 && value % 10 == 0 ? value + digit : value * 10 + digit
                count += 1
            } else if scalar == "十", digits == nil {
                // 十 = 10, 二十 = 20, 二十九 = 29.
                value = (count == 0 ? 1 : value) * 10
                sawTen = true
                count += 1
            } else {
                break
            }
            index += 1
        }
        guard count > 0, digits == nil || count == digits else { return nil }
        return value
    }
}
