import Foundation

/// A 政府集中采购 project, counted in the year its contract was signed.
public struct ProcurementProject: Sendable, Hashable, Codable, Identifiable {
    /// The record's identifier.
    public let id: RecordID
    /// The project's name.
    public let name: String
    /// The day the contract was signed.
    public let contractedOn: CivilDate
    /// The contract amount, in 元.
    public let amountYuan: Decimal

    /// A project; the amount cannot be negative.
    public init(id: RecordID, name: String, contractedOn: CivilDate, amountYuan: Decimal) throws(RegisterError) {
        guard amountYuan >= 0 else { throw RegisterError(recordID: id, reason: .negativeAmount) }
        self.id = id
        self.name = name
        self.contractedOn = contractedOn
        self.amountYuan = amountYuan
    }

    /// Decodes through the validating initializer, so stored data is checked like new input.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        try self.init(
            id: container.decode(RecordID.self, forKey: .id), name: container.decode(String.self, forKey: .name),
            contractedOn: container.decode(CivilDate.self, forKey: .contractedOn),
            amountYuan: container.decode(Decimal.self, forKey: .amountYuan))
    }
}
