/// The number of decisions (处理决定) of one category made in one month.
public struct DecisionTally: Sendable, Hashable, Codable, Identifiable {
    /// The record's identifier.
    public let id: RecordID
    /// What kind of decision.
    public let category: ProactiveCategory
    /// The year of the decisions.
    public let year: Int
    /// The month of the decisions (1…12).
    public let month: Int
    /// How many decisions were made.
    public let count: Int

    /// A tally; the month must be 1…12, the count not negative, and fees have no decisions.
    public init(id: RecordID, category: ProactiveCategory, year: Int, month: Int, count: Int) throws(RegisterError) {
        guard category != .fees else { throw RegisterError(recordID: id, reason: .noDecisionsForFees) }
        guard (1...12).contains(month) else { throw RegisterError(recordID: id, reason: .invalidMonth(month)) }
        guard count >= 0 else { throw RegisterError(recordID: id, reason: .negativeCount(count)) }
        self.id = id
        self.category = category
        self.year = year
        self.month = month
        self.count = count
    }

    /// Decodes through the validating initializer, so stored data is checked like new input.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        try self.init(
            id: container.decode(RecordID.self, forKey: .id),
            category: container.decode(ProactiveCategory.self, forKey: .category),
            year: container.decode(Int.self, forKey: .year), month: container.decode(Int.self, forKey: .month),
            count: container.decode(Int.self, forKey: .count))
    }
}
