import Crypto
import FluentKit
import Foundation
import GongkaiCore

/// An agency's API tokens: made by its administrator (the token shown once), listed, revoked;
/// and the look-up of a presented token. Only the token's SHA-256 is stored.
public struct APITokens: Sendable {
    public let context: ServiceContext

    public init(_ context: ServiceContext) { self.context = context }

    /// A token just made: the model and the token itself (never stored, never shown again).
    public struct Made: Sendable {
        public let model: APITokenModel
        public let token: String
    }

    /// Makes a token named `name` with `roles` for `agencyID`.
    /// - Throws: `FormError` for a missing name or no role.
    public func create(name raw: String, roles: StaffRoles, agencyID: UUID, actor: String) async throws -> Made {
        let name = raw.trimmingCharacters(in: .whitespacesAndNewlines)
        var problems: [FieldProblem] = []
        if name.isEmpty || name.count > 60 { problems.append(FieldProblem(field: "name", message: "请填写令牌用途（不超过60字），如“省级平台对接”")) }
        if roles.roles.isEmpty { problems.append(FieldProblem(field: "roles", message: "请至少选择一个角色")) }
        guard problems.isEmpty else { throw FormError(problems) }
        var random = SystemRandomNumberGenerator()
        let bytes = (0..<32).map { _ in UInt8.random(in: .min ... .max, using: &random) }
        let token = "gk_" + Data(bytes).base64EncodedString()
            .replacingOccurrences(of: "+", with: "-").replacingOccurrences(of: "/", with: "_").replacingOccurrences(of: "=", with: "")
        let model = APITokenModel()
        model.agencyID = agencyID
        model.name = name
        model.prefix = String(token.prefix(7))
        model.tokenHash = Self.hash(token)
        model.rolesStorage = roles.storage
        model.createdBy = actor
        model.createdAt = context.clock.now()
        try await context.db.writeTransaction { db in
            try await model.create(on: db)
            try await AuditLog.write(
                [AuditEntry(actor: actor, entity: "apiToken", entityID: try model.requireID().uuidString, action: "create",
                    diff: .object([JSONMember("name", .string(name)), JSONMember("roles", .string(roles.storage))]), agencyID: agencyID)],
                at: context.clock.now(), on: db)
        }
        return Made(model: model, token: token)
    }

    /// The agency's tokens, newest first.
    public func list(agencyID: UUID) async throws -> [APITokenModel] {
        try await APITokenModel.query(on: context.db).filter(\.$agencyID == agencyID).sort(\.$createdAt, .descending).all()
    }

    /// Revokes the token `id` of `agencyID`; `false` when the agency has no such token.
    public func revoke(_ id: UUID, agencyID: UUID, actor: String) async throws -> Bool {
        guard let token = try await APITokenModel.query(on: context.db).filter(\.$id == id).filter(\.$agencyID == agencyID).first()
        else { return false }
        guard token.revokedAt == nil else { return true }
        try await context.db.writeTransaction { db in
            token.revokedAt = context.clock.now()
            try await token.update(on: db)
            try await AuditLog.write(
                [AuditEntry(actor: actor, entity: "apiToken", entityID: id.uuidString, action: "revoke", diff: .object([]), agencyID: agencyID)],
                at: context.clock.now(), on: db)
        }
        return true
    }

    /// The live token presented as `token`, or `nil` (unknown or revoked).
    public func authenticate(_ token: String) async throws -> APITokenModel? {
        guard token.hasPrefix("gk_"), token.count < 100 else { return nil }
        guard let model = try await APITokenModel.query(on: context.db).filter(\.$tokenHash == Self.hash(token)).first(),
            model.revokedAt == nil
        else { return nil }
        // Last use to the minute: one write a minute per token at most.
        let now = context.clock.now()
        if model.lastUsedAt.map({ now.timeIntervalSince($0) > 60 }) ?? true {
            model.lastUsedAt = now
            try await model.update(on: context.db)
        }
        return model
    }

    static func hash(_ token: String) -> String { SupervisionUploads.sha256(Array(token.utf8)) }
}
