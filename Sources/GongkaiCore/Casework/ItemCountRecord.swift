/// The number of items (事项: licensing items, penalty items, fee items…) of one category in the
/// agency's catalogue at the end of a year. Several records for one category and year (e.g. one
/// per department) are added up.
public struct ItemCountRecord: Sendable, Hashable, Codable, Identifiable {
    /// The record's identifier.
    public let id: RecordID
    /// What kind of item.
    public let category: ProactiveCategory
    /// The year at whose end the items were counted.
    public let year: Int
    /// How many items.
    public let count: Int

    /// A count; it cannot be negative.
    public init(id: RecordID, category: ProactiveCategory, year: Int, count: Int) throws(RegisterError) {
        guard count >= 0 else { throw RegisterError(recordID: id, reason: .negativeCount(count)) }
        self.id = id
        self.category = category
        self.year = year
        self.count = count
    }

    /// Decodes through the validating initializer, so stored data is checked like new input.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        try self.init(
            id: container.decode(RecordID.self, forKey: .id),
            category: container.decode(ProactiveCategory.self, forKey: .category),
            year: container.decode(Int.self, forKey: .year), count: container.decode(Int.self, forKey: .count))
    }
}
