/// How much of a report section being written repeats last year's text of the same section, by
/// the measure and threshold of `TextCopiedRule` (TEXT_COPIED), so that the builder warns while
/// the text is written, with the same figure `gongkai check` will find in the published report.
public struct SectionSimilarity: Sendable, Hashable {
    /// The share of this year's text found in last year's (0…1).
    public let share: Double
    /// Whether the share reaches TEXT_COPIED's threshold.
    public let isCopied: Bool

    /// The similarity of `current` to `previous`; `nil` when either is too short to compare (as
    /// the rule skips them).
    public init?(current: String, previous: String, rule: TextCopiedRule = TextCopiedRule()) {
        let now = TextFingerprint(current)
        let before = TextFingerprint(previous)
        guard now.length >= rule.minimumLength, before.length >= rule.minimumLength, let share = now.containment(in: before) else {
            return nil
        }
        self.share = share
        isCopied = share >= rule.threshold
    }

    /// "82%".
    public var percent: String { TextCopiedRule.percent(share) }
}
