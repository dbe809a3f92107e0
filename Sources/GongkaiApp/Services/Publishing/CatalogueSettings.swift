import FluentKit
import Foundation
import GongkaiCore

/// An agency's catalogue settings with the national defaults where it has set none: the 索引号
/// scheme (unit code "GK" and the start of the agency's id until one is entered) and the
/// 主题分类/体裁 lists.
public struct CatalogueSettings: Sendable {
    public let context: ServiceContext

    public init(_ context: ServiceContext) { self.context = context }

    /// The settings in force.
    public struct Current: Sendable {
        public let scheme: IndexNumberScheme
        public let topics: [String]
        public let genres: [String]
    }

    /// The form as posted.
    public struct Input: Codable, Sendable, Hashable {
        public var unitCode: String?
        public var pattern: String?
        public var width: Int?
        public var topics: String?
        public var genres: String?
        public init() {}
    }

    /// The settings of `agencyID`.
    public func current(agencyID: UUID, on db: (any Database)? = nil) async throws -> Current {
        let db = db ?? context.db
        if let row = try await CatalogueSettingsModel.query(on: db).filter(\.$agency.$id == agencyID).first(),
            let scheme = try? IndexNumberScheme(pattern: row.pattern, unitCode: row.unitCode, width: row.width)
        {
            return Current(scheme: scheme, topics: Self.lines(row.topics), genres: Self.lines(row.genres))
        }
        // Until the administrator enters the unit code, a stable stand-in from the agency's id.
        let scheme = try IndexNumberScheme(unitCode: "GK" + agencyID.uuidString.prefix(8))
        return Current(scheme: scheme, topics: CatalogueVocabulary.defaultTopics, genres: CatalogueVocabulary.defaultGenres)
    }

    /// Saves `input` as the settings of `agencyID`.
    public func save(_ input: Input, agencyID: UUID, actor: String) async throws {
        let topics = Self.lines(input.topics ?? "")
        let genres = Self.lines(input.genres ?? "")
        var problems: [FieldProblem] = []
        let scheme: IndexNumberScheme?
        do {
            scheme = try IndexNumberScheme(
                pattern: input.pattern ?? IndexNumberScheme.defaultPattern, unitCode: input.unitCode ?? "", width: input.width ?? 5)
        } catch {
            problems.append(FieldProblem(field: "pattern", message: error.message))
            scheme = nil
        }
        if topics.isEmpty { problems.append(FieldProblem(field: "topics", message: "请至少填写一个主题分类（每行一个）")) }
        if genres.isEmpty { problems.append(FieldProblem(field: "genres", message: "请至少填写一个体裁（每行一个）")) }
        guard problems.isEmpty, let scheme else { throw FormError(problems) }
        try await context.db.writeTransaction { db in
            let row = try await CatalogueSettingsModel.query(on: db).filter(\.$agency.$id == agencyID).first() ?? CatalogueSettingsModel()
            row.$agency.id = agencyID
            row.unitCode = scheme.unitCode
            row.pattern = scheme.pattern
            row.width = scheme.width
            row.topics = topics.joined(separator: "\n")
            row.genres = genres.joined(separator: "\n")
            try await row.save(on: db)
            try await AuditLog.write(
                [AuditEntry(
                    actor: actor, entity: "catalogue_settings", entityID: try row.requireID().uuidString, action: "update",
                    diff: .object([JSONMember("fields", .array(["unitCode", "pattern", "width", "topics", "genres"].map { .string($0) }))]),
                    agencyID: agencyID)],
                at: context.clock.now(), on: db)
        }
    }

    static func lines(_ text: String) -> [String] {
        var seen: Set<String> = []
        return text.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty && seen.insert($0).inserted }
    }
}
