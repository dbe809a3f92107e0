import Crypto
import FluentKit
import Foundation
import SQLKit

/// Browser sessions in the database (`web_sessions`): the web layer's session driver keeps
/// nothing in process memory, so any server process can serve any request.
///
/// The cookie carries a random 256-bit id; the table stores only its SHA-256, so a copy of the
/// database does not yield usable cookies.
public struct WebSessionStore: Sendable {
    public let context: ServiceContext
    /// How long a session lives without use.
    public let idleLifetime: TimeInterval
    /// The longest a session lives, however active.
    public let absoluteLifetime: TimeInterval

    public init(_ context: ServiceContext, idleLifetime: TimeInterval = 2 * 3600, absoluteLifetime: TimeInterval = 12 * 3600) {
        self.context = context
        self.idleLifetime = idleLifetime
        self.absoluteLifetime = absoluteLifetime
    }

    /// Stores `data` under a new id; returns the cookie value.
    public func create(_ data: [String: String]) async throws -> String {
        let cookie = Self.randomToken()
        let now = context.clock.now()
        try await WebSessionModel(
            id: Self.key(cookie), data: Self.encode(data), expiresAt: now.addingTimeInterval(idleLifetime),
            createdAt: now
        ).create(on: context.db)
        return cookie
    }

    /// The data of the session `cookie`, unless unknown or expired (an expired row is deleted).
    public func read(_ cookie: String) async throws -> [String: String]? {
        // Read on every page view: one plain statement rather than a model query.
        typealias C = WebSessionModel.Column
        let key = Self.key(cookie)
        guard let row = try await context.sql.raw(
            """
            SELECT \(ident: C.data.description) AS data, \(ident: C.expiresAt.description) AS expires_at,
                   \(ident: C.createdAt.description) AS created_at
            FROM \(ident: WebSessionModel.schema) WHERE id = \(bind: key)
            """
        ).first() else { return nil }
        let now = context.clock.now()
        let expiresAt = try row.decode(column: "expires_at", as: Date.self)
        let createdAt = try row.decode(column: "created_at", as: Date.self)
        guard expiresAt > now, createdAt.addingTimeInterval(absoluteLifetime) > now else {
            try await WebSessionModel.query(on: context.db).filter(\.$id == key).delete()
            return nil
        }
        // Use keeps a session alive, not only changes to it. Extending on every view would write
        // on every read, so the expiry moves only once half of the idle lifetime has passed.
        if expiresAt.timeIntervalSince(now) < idleLifetime / 2 {
            let extended = min(now.addingTimeInterval(idleLifetime), createdAt.addingTimeInterval(absoluteLifetime))
            try await context.sql.raw(
                "UPDATE \(ident: WebSessionModel.schema) SET \(ident: C.expiresAt.description) = \(bind: extended) WHERE id = \(bind: key)"
            ).run()
        }
        return Self.decode(try row.decode(column: "data", as: String.self))
    }

    /// Replaces the data of `cookie` and extends its life (never beyond the absolute limit).
    public func update(_ cookie: String, data: [String: String]) async throws {
        guard let row = try await WebSessionModel.find(Self.key(cookie), on: context.db) else { return }
        let now = context.clock.now()
        row.data = Self.encode(data)
        row.expiresAt = min(now.addingTimeInterval(idleLifetime), row.createdAt.addingTimeInterval(absoluteLifetime))
        try await row.update(on: context.db)
    }

    /// Ends the session `cookie`.
    public func delete(_ cookie: String) async throws {
        try await WebSessionModel.query(on: context.db).filter(\.$id == Self.key(cookie)).delete()
    }

    /// Deletes every expired session; returns how many.
    @discardableResult
    public func purgeExpired() async throws -> Int {
        let now = context.clock.now()
        let query = WebSessionModel.query(on: context.db).filter(\.$expiresAt < now)
        let count = try await query.count()
        if count > 0 { try await WebSessionModel.query(on: context.db).filter(\.$expiresAt < now).delete() }
        return count
    }

    /// The table key of a cookie value.
    static func key(_ cookie: String) -> String {
        SHA256.hash(data: Data(cookie.utf8)).map { String(format: "%02x", $0) }.joined()
    }

    /// 32 random bytes, base64url without padding.
    public static func randomToken(bytes count: Int = 32) -> String {
        var generator = SystemRandomNumberGenerator()
        let bytes = (0..<count).map { _ in UInt8.random(in: 0...255, using: &generator) }
        return Data(bytes).base64EncodedString().replacingOccurrences(of: "+", with: "-")
            .replacingOccurrences(of: "/", with: "_").replacingOccurrences(of: "=", with: "")
    }

    static func encode(_ data: [String: String]) -> String {
        let json = try? JSONEncoder().encode(data)
        return json.map { String(decoding: $0, as: UTF8.self) } ?? "{}"
    }

    static func decode(_ text: String) -> [String: String] {
        (try? JSONDecoder().decode([String: String].self, from: Data(text.utf8))) ?? [:]
    }
}
