import FluentKit
import Foundation
import GongkaiCore
import SQLKit

/// Reading the catalogue: the portal's pages with facets (主题分类, 体裁, 年份) and search, the
/// staff's work list, an item's history, and the year's figures for the annual report.
public struct CatalogueListing: Sendable {
    public let context: ServiceContext

    public init(_ context: ServiceContext) { self.context = context }

    /// What the portal list is narrowed to.
    public struct Filter: Sendable, Hashable {
        public var topic: String?
        public var genre: String?
        public var year: Int?
        public var query: String?
        public init(topic: String? = nil, genre: String? = nil, year: Int? = nil, query: String? = nil) {
            self.topic = topic
            self.genre = genre
            self.year = year
            self.query = query
        }
    }

    /// One facet value with its count.
    public struct FacetValue: Sendable, Hashable, Codable {
        public let value: String
        public let count: Int
    }

    /// A page of the portal list.
    public struct PortalPage: Sendable {
        public let items: [CatalogueItemModel]
        public let total: Int
        public let topics: [FacetValue]
        public let genres: [FacetValue]
        public let years: [FacetValue]
        /// The search found more candidates than it checks (see `CatalogueSearch`).
        public let truncated: Bool
    }

    /// The published items of `agencyID` visible on `today` matching `filter`, page `page` (from 1).
    public func portalPage(agencyID: UUID, today: CivilDate, filter: Filter, page: Int, pageSize: Int = 20) async throws -> PortalPage {
        let offset = max(0, page - 1) * pageSize
        let query = (filter.query ?? "").trimmingCharacters(in: .whitespaces)
        var items: [CatalogueItemModel]
        var total: Int
        var truncated = false
        if !query.isEmpty, CatalogueText.isIndexable(query), filter.topic == nil, filter.genre == nil, filter.year == nil {
            let found = try await CatalogueSearch(context).search(query, agencyID: agencyID, today: today, limit: pageSize, offset: offset)
            let rows = try await CatalogueItemModel.query(on: context.db).filter(\.$id ~~ found.itemIDs).all()
            let byID = Dictionary(rows.map { ($0.id!, $0) }, uniquingKeysWith: { a, _ in a })
            items = found.itemIDs.compactMap { byID[$0] }
            total = found.total
            truncated = found.truncated
        } else {
            var builder = visible(agencyID: agencyID, today: today)
            if let topic = filter.topic { builder = builder.filter(\.$topic == topic) }
            if let genre = filter.genre { builder = builder.filter(\.$genre == genre) }
            if let year = filter.year {
                builder = builder.filter(\.$publishedOn >= "\(year)-01-01").filter(\.$publishedOn <= "\(year)-12-31")
            }
            if !query.isEmpty {
                if CatalogueText.isIndexable(query) {
                    let found = try await CatalogueSearch(context).search(
                        query, agencyID: agencyID, today: today, limit: CatalogueSearch.candidateLimit, offset: 0)
                    builder = builder.filter(\.$id ~~ found.itemIDs)
                    truncated = found.truncated
                } else {
                    builder = builder.filter(\.$title, .custom("LIKE"), "%\(Self.escapeLike(query))%")
                }
            }
            total = try await builder.copy().count()
            items = try await builder.sort(\.$publishedOn, .descending).sort(\.$indexNumber, .descending)
                .range(offset..<(offset + pageSize)).all()
        }
        let facets = try await facets(agencyID: agencyID, today: today)
        return PortalPage(
            items: items, total: total, topics: facets.topics, genres: facets.genres, years: facets.years, truncated: truncated)
    }

    /// The facet counts of the agency's visible items, from `CatalogueFacetCache` while the
    /// agency's change version and the day are unchanged.
    public func facets(agencyID: UUID, today: CivilDate) async throws -> CatalogueFacetCache.Facets {
        let cache = CatalogueFacetCache(context)
        let version = try await ChangeVersions(context).version(ChangeVersions.agency(agencyID))
        if let cached = try await cache.value(agencyID: agencyID, version: version, day: today) { return cached }
        let facets = CatalogueFacetCache.Facets(
            topics: try await facet("topic", agencyID: agencyID, today: today), genres: try await facet("genre", agencyID: agencyID, today: today),
            years: try await facet("substr(published_on, 1, 4)", agencyID: agencyID, today: today))
        try await cache.store(facets, agencyID: agencyID, version: version, day: today)
        return facets
    }

    /// The item `itemID` of `agencyID` as the portal shows it (published by `today`), or `nil`.
    public func publicItem(_ itemID: UUID, agencyID: UUID, today: CivilDate) async throws -> CatalogueItemModel? {
        try await visible(agencyID: agencyID, today: today).filter(\.$id == itemID).first()
    }

    /// The newest `limit` published items (the feed).
    public func newest(agencyID: UUID, today: CivilDate, limit: Int = 50) async throws -> [CatalogueItemModel] {
        try await visible(agencyID: agencyID, today: today).sort(\.$publishedOn, .descending).sort(\.$indexNumber, .descending)
            .limit(limit).all()
    }

    /// Every published item of the site (id, agency, 发布日期) for the sitemap, at most `limit`.
    public func sitemap(today: CivilDate, limit: Int) async throws -> [(id: UUID, agencyID: UUID, publishedOn: String)] {
        try await CatalogueItemModel.query(on: context.db).filter(\.$status == CatalogueStatus.published.rawValue)
            .filter(\.$publishedOn <= today.description).sort(\.$publishedOn, .descending).limit(limit)
            .field(\.$id).field(\.$agency.$id).field(\.$publishedOn).all()
            .map { (try $0.requireID(), $0.$agency.id, $0.publishedOn ?? "") }
    }

    /// The staff list: every item not yet published or withdrawn first, then the newest others.
    public func staffList(agencyID: UUID, limit: Int = 200) async throws -> [CatalogueItemModel] {
        try await CatalogueItemModel.query(on: context.db).filter(\.$agency.$id == agencyID)
            .sort(\.$updatedAt, .descending).limit(limit).all()
    }

    /// The items waiting for review or signature (the 第二十六条 clock runs for them).
    public func openItems(agencyID: UUID) async throws -> [CatalogueItemModel] {
        try await CatalogueItemModel.query(on: context.db).filter(\.$agency.$id == agencyID)
            .filter(\.$status ~~ [CatalogueStatus.drafted.rawValue, CatalogueStatus.reviewed.rawValue])
            .field(\.$id).field(\.$agency.$id).field(\.$formedOn).all()
    }

    /// The history of `itemID`, oldest first.
    public func history(itemID: UUID) async throws -> [CatalogueEventModel] {
        try await CatalogueEventModel.query(on: context.db).filter(\.$item.$id == itemID).sort(\.$at).all()
    }

    /// Section 一's figure: items published in `year` (by 发布日期, whatever became of them
    /// since, withdrawn ones excluded), in all and by 体裁.
    public func publishedInYear(agencyID: UUID, year: Int) async throws -> (total: Int, byGenre: [FacetValue]) {
        let rows = try await context.sql.raw(
            """
            SELECT genre AS value, COUNT(*) AS n FROM \(ident: CatalogueItemModel.schema)
            WHERE agency_id = \(bind: agencyID) AND status = \(bind: CatalogueStatus.published.rawValue)
              AND published_on >= \(bind: "\(year)-01-01") AND published_on <= \(bind: "\(year)-12-31")
            GROUP BY genre ORDER BY n DESC, genre
            """
        ).all()
        let values = try rows.map { FacetValue(value: try $0.decode(column: "value", as: String.self), count: try $0.decode(column: "n", as: Int.self)) }
        return (values.reduce(0) { $0 + $1.count }, values)
    }

    private func visible(agencyID: UUID, today: CivilDate) -> QueryBuilder<CatalogueItemModel> {
        CatalogueItemModel.query(on: context.db).filter(\.$agency.$id == agencyID)
            .filter(\.$status == CatalogueStatus.published.rawValue).filter(\.$publishedOn <= today.description)
    }

    private func facet(_ expression: String, agencyID: UUID, today: CivilDate) async throws -> [FacetValue] {
        let rows = try await context.sql.raw(
            """
            SELECT \(unsafeRaw: expression) AS value, COUNT(*) AS n FROM \(ident: CatalogueItemModel.schema)
            WHERE agency_id = \(bind: agencyID) AND status = \(bind: CatalogueStatus.published.rawValue)
              AND published_on <= \(bind: today.description)
            GROUP BY \(unsafeRaw: expression) ORDER BY n DESC, value
            """
        ).all()
        return try rows.map { FacetValue(value: try $0.decode(column: "value", as: String.self), count: try $0.decode(column: "n", as: Int.self)) }
    }

    static func escapeLike(_ text: String) -> String {
        text.replacingOccurrences(of: "%", with: "").replacingOccurrences(of: "_", with: "")
    }
}
