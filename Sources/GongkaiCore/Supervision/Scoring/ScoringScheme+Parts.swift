/// The scheme's settings as a form shows them: each key with its Chinese label, whether it is
/// points or a share, and its value.
extension ScoringScheme {
    /// One setting of the scheme.
    public struct Setting: Sendable, Hashable {
        /// The key of the JSON form (`onTime`, `perError`…).
        public let key: String
        /// "按时公布（满分）".
        public let label: String
        /// A share from 0 to 1 (the credits) rather than points.
        public let isShare: Bool
        public let value: Double
    }

    /// The Chinese labels of the keys, in the order of `jsonValue`.
    static let labels: [String: String] = [
        "onTime": "按时公布（满分）", "lateCredit": "逾期公布时按时公布项的得分比例",
        "unknownDateCredit": "无法确定公布日期时按时公布项的得分比例", "completeness": "要素齐全（满分）",
        "accuracy": "数据准确（满分）", "perError": "每个错误扣分", "conformity": "格式规范（满分）",
        "perWarning": "每个警告扣分", "originality": "内容更新（满分）", "perCopiedSection": "每个照搬上年的章节扣分",
    ]

    /// Every setting with its value, in the order of `jsonValue`.
    public var settings: [Setting] {
        fields.map { Setting(key: $0.key, label: Self.labels[$0.key] ?? $0.key, isShare: $0.key.hasSuffix("Credit"), value: $0.value) }
    }

    /// The scheme from a form's values by key: every key must be given as a number, 0 or more,
    /// and a share at most 1. The problems name the field by its key, with the label in the message.
    public init(form values: [String: String]) throws(ScoringSchemeFormError) {
        var problems: [(key: String, message: String)] = []
        var members: [JSONMember] = []
        for setting in ScoringScheme.standard.settings {
            let text = (values[setting.key] ?? "").trimmingCharacters(in: .whitespaces)
            guard let number = Double(text), number.isFinite else {
                problems.append((setting.key, "“\(setting.label)”应填写数字，例如 \(ScoringScheme.format(setting.value))"))
                continue
            }
            if number < 0 {
                problems.append((setting.key, "“\(setting.label)”不能为负数"))
            } else if setting.isShare, number > 1 {
                problems.append((setting.key, "“\(setting.label)”是比例，应在 0 到 1 之间，例如 0.5"))
            } else if !setting.isShare, number > 1_000 {
                problems.append((setting.key, "“\(setting.label)”不应超过 1000 分"))
            }
            members.append(JSONMember(setting.key, .number(ScoringScheme.format(number))))
        }
        guard problems.isEmpty else { throw ScoringSchemeFormError(problems: problems) }
        do {
            self = try ScoringScheme(json: JSONWriter.compact(.object(members)))
        } catch {
            throw ScoringSchemeFormError(problems: [("onTime", error.message)])
        }
        if maximum <= 0 { throw ScoringSchemeFormError(problems: [("onTime", "五项满分之和应大于 0")]) }
    }
}

/// The problems of a scoring scheme entered in a form, by field key.
public struct ScoringSchemeFormError: Error, Sendable {
    public let problems: [(key: String, message: String)]
}
