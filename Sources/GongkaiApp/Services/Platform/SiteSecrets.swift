import FluentKit
import Foundation
import SQLKit

/// Secrets shared by every server process of a site (the key that signs CSRF tokens), created
/// on first use and kept in the database.
public struct SiteSecrets: Sendable {
    public let context: ServiceContext

    public init(_ context: ServiceContext) { self.context = context }

    /// The secret `name`: 32 random bytes, created once; every process reads the same value.
    public func secret(_ name: String) async throws -> [UInt8] {
        var bytes = [UInt8](repeating: 0, count: 32)
        var generator = SystemRandomNumberGenerator()
        for index in bytes.indices { bytes[index] = UInt8.random(in: 0...255, using: &generator) }
        try await context.sql.raw(
            """
            INSERT INTO \(ident: PlatformTables.secrets) (name, value) VALUES (\(bind: name), \(bind: Data(bytes).base64EncodedString()))
            ON CONFLICT (name) DO NOTHING
            """
        ).run()
        let row = try await context.sql.raw(
            "SELECT value FROM \(ident: PlatformTables.secrets) WHERE name = \(bind: name)"
        ).first()
        guard let text = try row?.decode(column: "value", as: String.self), let data = Data(base64Encoded: text),
            data.count >= 32
        else { throw StoredDataError(table: PlatformTables.secrets, key: name, reason: "密钥无效") }
        return [UInt8](data)
    }
}
