import FluentKit
import Foundation

/// One event of a request's history: append-only, numbered from 0 in order.
///
/// `payload` is the event's flat JSON (`RequestEvent`'s Codable form: date, type, its data,
/// note); `type` and `occurred_on` repeat two of its fields as columns for queries.
public final class RequestEventModel: Model, @unchecked Sendable {
    public static let schema = "request_events"

    /// Column names.
    public enum Column {
        public static let requestID: FieldKey = "request_id"
        public static let sequence: FieldKey = "seq"
        public static let occurredOn: FieldKey = "occurred_on"
        public static let type: FieldKey = "type"
        public static let payload: FieldKey = "payload"
        public static let recordedBy: FieldKey = "recorded_by"
        public static let recordedAt: FieldKey = "recorded_at"
    }

    @ID(key: .id) public var id: UUID?
    @Parent(key: Column.requestID) public var request: RequestModel
    /// Position in the history (0 first); unique per request.
    @Field(key: Column.sequence) public var sequence: Int
    /// The event's date, `YYYY-MM-DD`.
    @Field(key: Column.occurredOn) public var occurredOn: String
    /// `RequestEventTag` raw value.
    @Field(key: Column.type) public var type: String
    /// The event as flat JSON.
    @Field(key: Column.payload) public var payload: String
    /// Who recorded it (an officer's account, "import", "demo").
    @Field(key: Column.recordedBy) public var recordedBy: String
    /// When it was recorded.
    @Field(key: Column.recordedAt) public var recordedAt: Date

    public init() {}
}
