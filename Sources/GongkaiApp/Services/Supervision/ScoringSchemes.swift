import FluentKit
import Foundation
import GongkaiCore

/// The scoring scheme of each region's ranking: set by the region's supervising office (督办),
/// inherited by the regions below it that set none, the core's default otherwise. The rules of
/// a valid scheme are the core's (`ScoringScheme(form:)`).
public struct ScoringSchemes: Sendable {
    public let context: ServiceContext

    public init(_ context: ServiceContext) { self.context = context }

    /// The scheme in force for `region`, and the region that set it (`nil`: the default).
    public struct Effective: Sendable {
        public let scheme: ScoringScheme
        public let setBy: RegionModel?
        public let updatedBy: String?
        public let updatedAt: Date?
    }

    /// The scheme of `region`: its own, else the nearest region above it with one, else the default.
    public func effective(for region: RegionModel) async throws -> Effective {
        let paths = SupervisionBoardService.ancestors(of: region.path) + [region.path]
        let regions = try await RegionModel.query(on: context.db).filter(\.$path ~~ paths).all()
        let ids = regions.compactMap(\.id)
        guard !ids.isEmpty else { return Effective(scheme: .standard, setBy: nil, updatedBy: nil, updatedAt: nil) }
        let stored = try await ScoringSchemeModel.query(on: context.db).filter(\.$regionID ~~ ids).all()
        let byRegion = Dictionary(stored.map { ($0.regionID, $0) }, uniquingKeysWith: { a, _ in a })
        // Nearest first: the deepest path.
        for owner in regions.sorted(by: { $0.path.count > $1.path.count }) {
            guard let id = owner.id, let row = byRegion[id] else { continue }
            guard let scheme = try? ScoringScheme(json: row.scheme) else {
                throw StoredDataError(table: ScoringSchemeModel.schema, key: owner.path, reason: "评分方案不是有效的 JSON")
            }
            return Effective(scheme: scheme, setBy: owner, updatedBy: row.updatedBy, updatedAt: row.updatedAt)
        }
        return Effective(scheme: .standard, setBy: nil, updatedBy: nil, updatedAt: nil)
    }

    /// Sets the scheme of `region` from a form's values (by key).
    /// - Throws: `FormError` naming each field that is not a valid number (Chinese messages).
    public func save(_ values: [String: String], region: RegionModel, actor: String, agencyID: UUID) async throws -> ScoringScheme {
        let scheme: ScoringScheme
        do {
            scheme = try ScoringScheme(form: values)
        } catch {
            throw FormError(error.problems.map { FieldProblem(field: $0.key, message: $0.message) })
        }
        let regionID = try region.requireID()
        let json = JSONWriter.compact(scheme.jsonValue)
        try await context.db.writeTransaction { db in
            let row = try await ScoringSchemeModel.query(on: db).filter(\.$regionID == regionID).first() ?? ScoringSchemeModel()
            let before = row.id == nil ? nil : row.scheme
            row.regionID = regionID
            row.scheme = json
            row.updatedBy = actor
            row.updatedAt = context.clock.now()
            try await row.save(on: db)
            try await AuditLog.write(
                [
                    AuditEntry(
                        actor: actor, entity: "scoringScheme", entityID: region.path, action: before == nil ? "create" : "update",
                        diff: .object([JSONMember("from", before.map { (try? JSONParser.parse($0)) ?? .null } ?? .null), JSONMember("to", scheme.jsonValue)]),
                        agencyID: agencyID)
                ], at: context.clock.now(), on: db)
        }
        return scheme
    }

    /// Removes the scheme `region` set (it then inherits, or uses the default).
    public func reset(region: RegionModel, actor: String, agencyID: UUID) async throws {
        let regionID = try region.requireID()
        try await context.db.writeTransaction { db in
            guard let row = try await ScoringSchemeModel.query(on: db).filter(\.$regionID == regionID).first() else { return }
            try await row.delete(on: db)
            try await AuditLog.write(
                [
                    AuditEntry(
                        actor: actor, entity: "scoringScheme", entityID: region.path, action: "delete",
                        diff: .object([JSONMember("from", (try? JSONParser.parse(row.scheme)) ?? .null)]), agencyID: agencyID)
                ], at: context.clock.now(), on: db)
        }
    }
}
