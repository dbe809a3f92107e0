import Foundation

extension WorkdayDataError: CustomStringConvertible, LocalizedError {
    /// The message shown to the operator: the file and line, then what is wrong.
    public var description: String {
        let place = [source, line > 0 ? "第\(line)行" : nil].compactMap { $0 }.joined(separator: " ")
        return place.isEmpty ? reason.message : "\(place)：\(reason.message)"
    }

    /// The same text, for `LocalizedError`.
    public var errorDescription: String? { description }
}

extension WorkdayDataError.Reason {
    /// What is wrong, in Chinese, with the fix where there is one.
    public var message: String {
        switch self {
        case .unreadable(let detail):
            "无法读取节假日数据文件（\(detail)）；请确认路径正确且文件为 UTF-8 文本"
        case .invalidYear(let text):
            "“\(text)”不是有效的年份；年份行应只有四位数字，例如“2027”"
        case .entryOutsideBlock(let key):
            "“\(key):”出现在任何年份行之前；每个年份块应以单独一行的年份开头"
        case .unknownKey(let key):
            "无法识别的条目“\(key)”；只能是 holidays（放假日）、workdays（调休上班日）或 source（来源）"
        case .unrecognizedLine(let text):
            "无法识别的行“\(text)”；应为年份、“holidays:”、“workdays:”、“source:”行或以 # 开头的注释"
        case .duplicateKey(let key, let year):
            "\(year)年块中“\(key):”出现了不止一次；请把日期合并到同一行"
        case .invalidDate(let text):
            "“\(text)”不是有效日期；日期应写成 YYYY-MM-DD，范围写成 YYYY-MM-DD..YYYY-MM-DD"
        case .reversedRange(let text):
            "日期范围“\(text)”的起始日期晚于结束日期"
        case .rangeNotAllowed(let text):
            "调休上班日不能写成范围（“\(text)”），请逐日列出"
        case .dateOutsideYear(let date, let year):
            "日期 \(date) 不属于\(year)年块；只能是\(year)年内或\(year - 1)年12月的日期"
        case .workdayNotWeekend(let date):
            "\(date) 是\(date.weekday.chineseName)，调休上班日应为周六或周日；工作日本来就上班，无需列出"
        case .holidayAndWorkday(let date):
            "\(date) 同时列为放假日和调休上班日"
        case .missingHolidays(let year):
            "\(year)年块缺少“holidays:”行"
        }
    }
}
