import Foundation

/// 行政事业性收费 collected in one month, in 元.
public struct FeeCollection: Sendable, Hashable, Codable, Identifiable {
    /// The record's identifier.
    public let id: RecordID
    /// The year of collection.
    public let year: Int
    /// The month of collection (1…12).
    public let month: Int
    /// The amount collected, in 元.
    public let amountYuan: Decimal

    /// A collection; the month must be 1…12 and the amount not negative.
    public init(id: RecordID, year: Int, month: Int, amountYuan: Decimal) throws(RegisterError) {
        guard (1...12).contains(month) else { throw RegisterError(recordID: id, reason: .invalidMonth(month)) }
        guard amountYuan >= 0 else { throw RegisterError(recordID: id, reason: .negativeAmount) }
        self.id = id
        self.year = year
        self.month = month
        self.amountYuan = amountYuan
    }

    /// Decodes through the validating initializer, so stored data is checked like new input.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        try self.init(
            id: container.decode(RecordID.self, forKey: .id), year: container.decode(Int.self, forKey: .year),
            month: container.decode(Int.self, forKey: .month),
            amountYuan: container.decode(Decimal.self, forKey: .amountYuan))
    }
}
