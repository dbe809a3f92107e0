import FluentKit
import Foundation
import GongkaiCore

extension RequestEventModel {
    /// The flat JSON of `event` (keys sorted, so equal events store equal text).
    static func payload(of event: RequestEvent) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        // RequestEvent's encoding cannot fail: every field is a string, number or nested object.
        return String(decoding: try! encoder.encode(event), as: UTF8.self)
    }

    /// A new row for event number `sequence` of request `requestID`.
    convenience init(
        _ event: RequestEvent, requestID: UUID, sequence: Int, recordedBy: String, recordedAt: Date, id: UUID = UUID()
    ) {
        self.init()
        self.id = id
        self.$request.id = requestID
        self.sequence = sequence
        occurredOn = event.date.description
        type = event.kind.tag.rawValue
        payload = Self.payload(of: event)
        self.recordedBy = recordedBy
        self.recordedAt = recordedAt
    }

    /// The core event.
    public func toCore() throws -> RequestEvent {
        do {
            return try JSONDecoder().decode(RequestEvent.self, from: Data(payload.utf8))
        } catch {
            throw StoredDataError(
                table: Self.schema, key: id?.uuidString ?? "?", reason: "事件内容无法读取（\(error)）")
        }
    }
}
