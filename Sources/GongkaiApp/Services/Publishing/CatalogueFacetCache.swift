import FluentKit
import Foundation
import GongkaiCore
import SQLKit

/// The portal catalogue's facet counts (主题分类, 体裁, 发布年份) per agency, stored in the
/// database (`catalogue_facet_counts`, one row per agency) with the agency's change version and
/// the day they were counted for. The counts do not depend on the page's filter, so one
/// computation serves every view and search of the agency until the version (bumped by triggers
/// on every catalogue change, M042) or the day (scheduled items appear) moves on.
///
/// Kept in the database rather than in process memory so that several server processes share
/// it, a restart loses nothing, and two databases served by one process (the tests) never mix.
/// The table is not watched by the version triggers, so storing counts bumps nothing.
public struct CatalogueFacetCache: Sendable {
    /// The facets of one agency.
    public struct Facets: Sendable, Codable {
        public let topics: [CatalogueListing.FacetValue]
        public let genres: [CatalogueListing.FacetValue]
        public let years: [CatalogueListing.FacetValue]
    }

    /// The table.
    public static let table = "catalogue_facet_counts"

    public let context: ServiceContext

    public init(_ context: ServiceContext) { self.context = context }

    /// The stored counts of `agencyID` for `version` and `day`, or nil.
    public func value(agencyID: UUID, version: Int, day: CivilDate) async throws -> Facets? {
        let row = try await context.sql.raw(
            """
            SELECT facets FROM \(ident: Self.table)
            WHERE agency_id = \(bind: agencyID) AND version = \(bind: version) AND day = \(bind: day.description)
            """
        ).first()
        guard let json = try row?.decode(column: "facets", as: String.self) else { return nil }
        return try? JSONDecoder().decode(Facets.self, from: Data(json.utf8))
    }

    /// Stores `facets` as the agency's counts for `version` and `day` (replacing older ones).
    public func store(_ facets: Facets, agencyID: UUID, version: Int, day: CivilDate) async throws {
        let json = String(decoding: try JSONEncoder().encode(facets), as: UTF8.self)
        try await context.sql.raw(
            """
            INSERT INTO \(ident: Self.table) (agency_id, version, day, facets)
            VALUES (\(bind: agencyID), \(bind: version), \(bind: day.description), \(bind: json))
            ON CONFLICT (agency_id) DO UPDATE SET version = excluded.version, day = excluded.day, facets = excluded.facets
            """
        ).run()
    }

    /// Forgets every agency's counts (the benchmark's cold runs).
    public func removeAll() async throws {
        try await context.sql.raw("DELETE FROM \(ident: Self.table)").run()
    }
}
