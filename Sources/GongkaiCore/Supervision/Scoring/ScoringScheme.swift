/// How agencies' reports are scored for the ranking: five parts, each worth some points, adding
/// up to 100 by default. A missing report scores 0.
///
/// | part | default | how |
/// |---|---:|---|
/// | 按时公布 `onTime` | 20 | all if published by the statutory date; `lateCredit` (½) of it if late; `unknownDateCredit` (all) if no date is known |
/// | 要素齐全 `completeness` | 30 | the share of the nine statutory parts present (six sections, three tables) |
/// | 数据准确 `accuracy` | 30 | less `perError` (3) for each error finding other than a missing part; not below 0 |
/// | 格式规范 `conformity` | 10 | less `perWarning` (1) for each warning other than lateness and copied text; not below 0 |
/// | 内容更新 `originality` | 10 | less `perCopiedSection` (5) for each section that repeats last year's text (TEXT_COPIED); not below 0 |
public struct ScoringScheme: Sendable, Hashable {
    public var onTime = 20.0
    public var lateCredit = 0.5
    public var unknownDateCredit = 1.0
    public var completeness = 30.0
    public var accuracy = 30.0
    public var perError = 3.0
    public var conformity = 10.0
    public var perWarning = 1.0
    public var originality = 10.0
    public var perCopiedSection = 5.0

    /// The default scheme (documented in the README).
    public static let standard = ScoringScheme()

    public init() {}

    /// The most a report can score.
    public var maximum: Double { onTime + completeness + accuracy + conformity + originality }

    /// The keys of the JSON form, in order, with their values.
    var fields: [(key: String, value: Double)] {
        [
            ("onTime", onTime), ("lateCredit", lateCredit), ("unknownDateCredit", unknownDateCredit),
            ("completeness", completeness), ("accuracy", accuracy), ("perError", perError),
            ("conformity", conformity), ("perWarning", perWarning), ("originality", originality),
            ("perCopiedSection", perCopiedSection),
        ]
    }

    private mutating func set(_ key: String, _ value: Double) {
        switch key {
        case "onTime": onTime = value
        case "lateCredit": lateCredit = value
        case "unknownDateCredit": unknownDateCredit = value
        case "completeness": completeness = value
        case "accuracy": accuracy = value
        case "perError": perError = value
        case "conformity": conformity = value
        case "perWarning": perWarning = value
        case "originality": originality = value
        case "perCopiedSection": perCopiedSection = value
        default: break
        }
    }

    /// `{"onTime": 20, …}`: every key with its value.
    public var jsonValue: JSONValue {
        .object(fields.map { JSONMember($0.key, .number(Self.format($0.value))) })
    }

    /// Reads a scheme from JSON: an object with any of the keys of `jsonValue`; keys left out
    /// keep their default. Unknown keys, non-numbers, negative values and credits above 1 are refused.
    public init(json text: String) throws(ScoringSchemeError) {
        let value: JSONValue
        do {
            value = try JSONParser.parse(text)
        } catch {
            throw ScoringSchemeError(message: "不是有效的 JSON（\(error)）")
        }
        guard let members = value.objectValue else {
            throw ScoringSchemeError(message: "应为一个 JSON 对象，例如 {\"onTime\": 20, \"perError\": 3}")
        }
        self.init()
        let known = Set(fields.map(\.key))
        for member in members {
            guard known.contains(member.key) else {
                throw ScoringSchemeError(
                    message: "未知的键“\(member.key)”；可用的键：" + fields.map(\.key).joined(separator: "、"))
            }
            guard case .number(let literal) = member.value, let number = Double(literal), number.isFinite else {
                throw ScoringSchemeError(message: "“\(member.key)”应为数字")
            }
            guard number >= 0 else { throw ScoringSchemeError(message: "“\(member.key)”不能为负数") }
            if member.key.hasSuffix("Credit"), number > 1 {
                throw ScoringSchemeError(message: "“\(member.key)”是比例，应在 0 到 1 之间")
            }
            set(member.key, number)
        }
    }

    /// A score as shown: one decimal place, without a trailing ".0" ("93.5", "80").
    public static func formatted(_ value: Double) -> String { format((value * 10).rounded() / 10) }

    /// "20", "0.5": a number without a trailing ".0".
    public static func format(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)
    }
}

/// Why a scoring scheme file cannot be used.
public struct ScoringSchemeError: Error, Sendable, Hashable, CustomStringConvertible {
    public let message: String
    public var description: String { "评分方案有误：\(message)" }
}
