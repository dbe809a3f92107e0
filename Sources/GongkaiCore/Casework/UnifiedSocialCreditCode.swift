/// A 统一社会信用代码 (GB 32100-2015): 18 characters whose last one is a check character.
///
/// Layout: 1 登记管理部门码, 2 机构类别码, 3–8 登记管理机关行政区划码 (digits), 9–17 主体标识码
/// (组织机构代码), 18 校验码. Characters come from the 31 of "0123456789ABCDEFGHJKLMNPQRTUWXY"
/// (no I, O, S, V, Z). The check character is C18 = 31 − (Σ Ci·Wi mod 31), with 31 written as 0,
/// weights Wi = 3^(i−1) mod 31. Input is upper-cased and stripped of spaces before checking, since
/// officers copy codes from scans and forms.
public struct UnifiedSocialCreditCode: Sendable, Hashable, Codable, CustomStringConvertible {
    /// The 18 characters, upper case.
    public let value: String

    static let alphabet = Array("0123456789ABCDEFGHJKLMNPQRTUWXY")
    static let weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]

    /// The code in `text`, or why it is not a valid code.
    public init(_ text: String) throws(CreditCodeError) {
        let normalized = String(text.filter { !$0.isWhitespace }.uppercased())
        let characters = Array(normalized)
        guard characters.count == 18 else { throw .wrongLength(normalized, count: characters.count) }
        var values: [Int] = []
        for (offset, character) in characters.enumerated() {
            guard let value = Self.alphabet.firstIndex(of: character) else {
                throw .invalidCharacter(normalized, position: offset + 1, character: character)
            }
            if (2...7).contains(offset), value > 9 {
                throw .regionCodeNotNumeric(normalized, position: offset + 1)
            }
            values.append(value)
        }
        let expected = Self.checkCharacter(forValues: Array(values.prefix(17)))
        guard characters[17] == expected else {
            throw .checkCharacterMismatch(normalized, expected: expected, actual: characters[17])
        }
        self.value = normalized
    }

    /// The check character for the first 17 characters of a code (none may be outside the alphabet).
    public static func checkCharacter(for prefix: String) -> Character? {
        let values = prefix.uppercased().compactMap { alphabet.firstIndex(of: $0) }
        guard values.count == 17, prefix.count == 17 else { return nil }
        return checkCharacter(forValues: values)
    }

    static func checkCharacter(forValues values: [Int]) -> Character {
        let sum = zip(values, weights).reduce(0) { $0 + $1.0 * $1.1 }
        return alphabet[(31 - sum % 31) % 31]
    }

    /// The 18 characters.
    public var description: String { value }

    /// Decodes and checks a code; an invalid one is a decoding error.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        do {
            try self.init(text)
        } catch {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: error.message)
        }
    }

    /// Encodes as the 18-character string.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(value)
    }
}

/// Why a text is not a valid 统一社会信用代码.
public enum CreditCodeError: Error, Sendable, Hashable, CustomStringConvertible {
    /// Not 18 characters (after removing spaces).
    case wrongLength(String, count: Int)
    /// A character outside the code's 31-character alphabet (1-based position).
    case invalidCharacter(String, position: Int, character: Character)
    /// A letter within the 行政区划码 (positions 3–8), which is all digits.
    case regionCodeNotNumeric(String, position: Int)
    /// The 18th character does not match the first 17.
    case checkCharacterMismatch(String, expected: Character, actual: Character)

    /// The message in Chinese.
    public var message: String {
        switch self {
        case .wrongLength(let code, let count):
            "统一社会信用代码“\(code)”应为18位，实际为\(count)位"
        case .invalidCharacter(let code, let position, let character):
            "统一社会信用代码“\(code)”第\(position)位“\(character)”不是有效字符（不使用I、O、S、V、Z）"
        case .regionCodeNotNumeric(let code, let position):
            "统一社会信用代码“\(code)”第\(position)位应为数字（第3至8位是行政区划码）"
        case .checkCharacterMismatch(let code, let expected, let actual):
            "统一社会信用代码“\(code)”校验位错误：第18位按GB 32100-2015应为“\(expected)”，实际为“\(actual)”；请核对是否抄错"
        }
    }

    /// The message in Chinese.
    public var description: String { message }
}
