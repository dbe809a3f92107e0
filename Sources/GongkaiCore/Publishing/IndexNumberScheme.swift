/// How an agency numbers its catalogue items (索引号): a pattern with the placeholders `{unit}`
/// (the agency's unit code, e.g. its 统一社会信用代码 or organisation code), `{year}` (the year the
/// item was formed) and `{seq}` (the item's sequence within the agency and year, zero-padded to
/// `width` digits). The national practice "11320100014123456X/2026-00001" is the default.
public struct IndexNumberScheme: Sendable, Hashable, Codable {
    /// The pattern, e.g. "{unit}/{year}-{seq}".
    public let pattern: String
    /// The unit code put in for `{unit}`.
    public let unitCode: String
    /// The digits of `{seq}` (at least 1).
    public let width: Int

    /// The default pattern.
    public static let defaultPattern = "{unit}/{year}-{seq}"

    /// A scheme; the pattern must contain `{seq}` (otherwise two items of a year would collide),
    /// and the unit code, when the pattern uses it, must be given.
    public init(pattern: String = IndexNumberScheme.defaultPattern, unitCode: String, width: Int = 5) throws(PublishingError) {
        let pattern = pattern.trimmingCharacters(in: .whitespaces)
        let unitCode = unitCode.trimmingCharacters(in: .whitespaces)
        guard pattern.contains("{seq}") else { throw .indexPattern("索引号格式必须包含 {seq}（顺序号），否则同一年的条目会重号") }
        guard pattern.count <= 60 else { throw .indexPattern("索引号格式不超过60个字符") }
        if pattern.contains("{unit}"), unitCode.isEmpty { throw .indexPattern("索引号格式使用了 {unit}，请填写单位代码") }
        guard unitCode.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "-" }) else {
            throw .indexPattern("单位代码只能包含字母、数字和连字符")
        }
        guard (1...8).contains(width) else { throw .indexPattern("顺序号位数应在1到8之间") }
        self.pattern = pattern
        self.unitCode = unitCode
        self.width = width
    }

    /// The 索引号 of the `sequence`-th item formed in `year`.
    public func indexNumber(year: Int, sequence: Int) -> String {
        let digits = String(sequence)
        let padded = String(repeating: "0", count: max(0, width - digits.count)) + digits
        return pattern.replacingOccurrences(of: "{unit}", with: unitCode)
            .replacingOccurrences(of: "{year}", with: String(year))
            .replacingOccurrences(of: "{seq}", with: padded)
    }
}
