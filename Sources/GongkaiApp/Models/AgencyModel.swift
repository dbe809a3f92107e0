import FluentKit
import Foundation
import GongkaiCore

/// An agency (行政机关) whose casework is stored: the owner of requests, appeals and registers.
public final class AgencyModel: Model, @unchecked Sendable {
    public static let schema = "agencies"

    /// Column names, spelled once for models, migrations and SQL.
    public enum Column {
        public static let name: FieldKey = "name"
        public static let region: FieldKey = "region"
        public static let appealCounting: FieldKey = "appeal_counting"
        public static let createdAt: FieldKey = "created_at"
    }

    @ID(key: .id) public var id: UUID?
    /// The agency's name as it appears in report titles ("江东市教育局"); unique.
    @Field(key: Column.name) public var name: String
    /// The region it belongs to ("江东市"), if recorded.
    @OptionalField(key: Column.region) public var region: String?
    /// How the agency counts table 4: an `AppealCountingMode` raw value (see `countingMode`).
    @Field(key: Column.appealCounting) public var appealCounting: String
    @Timestamp(key: Column.createdAt, on: .create) public var createdAt: Date?

    public init() {}

    public init(
        id: UUID? = nil, name: String, region: String? = nil, appealCounting: AppealCountingMode = .handledInYear
    ) {
        self.id = id
        self.name = name
        self.region = region
        self.appealCounting = appealCounting.rawValue
    }

    /// The agency's table-4 counting mode; a stored value this version does not know is an error
    /// naming the agency.
    public func countingMode() throws -> AppealCountingMode {
        guard let mode = AppealCountingMode(rawValue: appealCounting) else {
            throw StoredDataError(table: Self.schema, key: name, reason: "表四统计口径“\(appealCounting)”无效")
        }
        return mode
    }
}
