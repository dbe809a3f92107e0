/// `YYYY-MM-DD` text: the date's one machine form (JSON, database columns, data files).
extension CivilDate: CustomStringConvertible, LosslessStringConvertible, ExpressibleByStringLiteral, Codable {
    /// Reads exactly `YYYY-MM-DD` (four-digit year, two-digit month and day); `nil` otherwise.
    ///
    /// Note: Swift treats `CivilDate("2025-03-03")` with a *literal* argument as a date literal
    /// (SE-0213), which traps when invalid; parse text from outside with `CivilDate(iso:)`.
    public init?(_ text: String) {
        self.init(iso: text)
    }

    /// Reads exactly `YYYY-MM-DD` (four-digit year, two-digit month and day); `nil` otherwise.
    public init?(iso text: String) {
        let bytes = Array(text.utf8)
        guard bytes.count == 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-") else { return nil }
        func number(_ range: Range<Int>) -> Int? {
            var value = 0
            for byte in bytes[range] {
                guard (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) else { return nil }
                value = value * 10 + Int(byte - UInt8(ascii: "0"))
            }
            return value
        }
        guard let year = number(0..<4), let month = number(5..<7), let day = number(8..<10) else { return nil }
        self.init(year: year, month: month, day: day)
    }

    /// A date literal such as `"2025-03-03"`; a malformed literal is a programming error.
    public init(stringLiteral value: String) {
        guard let date = CivilDate(value) else { preconditionFailure("invalid date literal \(value)") }
        self = date
    }

    /// `YYYY-MM-DD`.
    public var description: String {
        let (year, month, day) = components
        func pad(_ value: Int, _ width: Int) -> String {
            let text = String(value)
            return String(repeating: "0", count: max(0, width - text.count)) + text
        }
        return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
    }

    /// Decodes a `YYYY-MM-DD` string; anything else is a decoding error.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let date = CivilDate(iso: text) else {
            throw DecodingError.dataCorruptedError(
                in: container, debugDescription: "“\(text)”不是 YYYY-MM-DD 格式的有效日期")
        }
        self = date
    }

    /// Encodes as the `YYYY-MM-DD` string.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}

extension CivilDate {
    /// "2025年3月3日": how officers write a date.
    public var chineseText: String {
        let (year, month, day) = components
        return "\(year)年\(month)月\(day)日"
    }

    /// "3月31日" when the date falls in `year`, else the full "2026年1月27日": explanations name
    /// the year once and repeat it only when a period crosses into another year.
    public func chineseText(omittingYear year: Int) -> String {
        let parts = components
        return parts.year == year ? "\(parts.month)月\(parts.day)日" : chineseText
    }
}
