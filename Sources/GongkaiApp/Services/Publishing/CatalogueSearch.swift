import FluentKit
import Foundation
import GongkaiCore
import SQLKit

/// The catalogue's Chinese full-text search: a plain table of (agency, bigram, 发布日期, item),
/// one row per distinct bigram of an item's 名称, 关键词, 发文字号 and body, kept for published
/// items only. The same SQL runs on SQLite and PostgreSQL; see `CatalogueText` for why bigrams.
///
/// A query of one bigram ("预算") is answered exactly by the index, newest first, one page read
/// with `LIMIT`; so are several two-character words ("预算 绩效": items holding every bigram). A
/// query with a longer word intersects its bigrams (`GROUP BY … HAVING COUNT(*) = n`), then the
/// candidates' text is checked for the words themselves (bigrams may occur apart).
public struct CatalogueSearch: Sendable {
    /// The index table.
    public static let table = "catalogue_grams"
    /// At most this many candidates of a multi-bigram query are checked (newest first).
    public static let candidateLimit = 5_000

    public let context: ServiceContext

    public init(_ context: ServiceContext) { self.context = context }

    /// One page of results.
    public struct Page: Sendable {
        public let itemIDs: [UUID]
        public let total: Int
        /// Whether more than `candidateLimit` candidates were found (the total is a lower bound).
        public let truncated: Bool
    }

    /// The text indexed for `item`.
    static func indexedText(_ item: CatalogueItemModel) -> String {
        [item.title, item.keywords, item.documentNumber, item.body].joined(separator: "\n")
    }

    /// The index rows of `item` (published, with its 发布日期).
    public static func rows(for item: CatalogueItemModel, agencyID: UUID, itemID: UUID, publishedOn: String) -> [[any SQLExpression]] {
        CatalogueText.grams(indexedText(item)).sorted().map { gram in
            [SQLBind(agencyID), SQLBind(gram), SQLBind(publishedOn), SQLBind(itemID)]
        }
    }

    /// Replaces the index rows of `item`: its bigrams when it is published, none otherwise.
    func reindex(_ item: CatalogueItemModel, on db: any Database) async throws {
        let sql = db as! any SQLDatabase
        let itemID = try item.requireID()
        try await sql.delete(from: Self.table).where("item_id", .equal, SQLBind(itemID)).run()
        guard item.statusValue == .published, let publishedOn = item.publishedOn else { return }
        let rows = Self.rows(for: item, agencyID: item.$agency.id, itemID: itemID, publishedOn: publishedOn)
        try await Self.insert(rows, on: sql)
    }

    /// Inserts index rows in statements of at most 1,000 rows (bound parameters stay under
    /// SQLite's and PostgreSQL's limits).
    public static func insert(_ rows: [[any SQLExpression]], on sql: any SQLDatabase) async throws {
        var start = 0
        while start < rows.count {
            let end = min(start + 1_000, rows.count)
            let builder = sql.insert(into: table).columns("agency_id", "gram", "published_on", "item_id")
            for row in rows[start..<end] { builder.values(row) }
            try await builder.run()
            start = end
        }
    }

    /// The items of `agencyID` published by `today` whose text contains `query`, newest first.
    public func search(_ query: String, agencyID: UUID, today: CivilDate, limit: Int, offset: Int) async throws -> Page {
        let grams = Array(CatalogueText.runs(query).flatMap { run -> [String] in
            run.count < 2 ? [] : (0..<(run.count - 1)).map { String(run[$0...$0 + 1]) }
        }.reduce(into: Set<String>()) { $0.insert($1) }).sorted()
        guard !grams.isEmpty else { return Page(itemIDs: [], total: 0, truncated: false) }
        let sql = context.sql
        let day = today.description
        if grams.count == 1 {
            let total = try await sql.raw(
                """
                SELECT COUNT(*) AS n FROM \(ident: Self.table)
                WHERE agency_id = \(bind: agencyID) AND gram = \(bind: grams[0]) AND published_on <= \(bind: day)
                """
            ).first()?.decode(column: "n", as: Int.self) ?? 0
            let rows = try await sql.raw(
                """
                SELECT item_id FROM \(ident: Self.table)
                WHERE agency_id = \(bind: agencyID) AND gram = \(bind: grams[0]) AND published_on <= \(bind: day)
                ORDER BY published_on DESC, item_id LIMIT \(bind: limit) OFFSET \(bind: offset)
                """
            ).all()
            return Page(itemIDs: try rows.map { try $0.decode(column: "item_id", as: UUID.self) }, total: total, truncated: false)
        }
        // Every word of two characters is its own bigram: the index answers exactly, in SQL.
        if CatalogueText.runs(query).allSatisfy({ $0.count <= 2 }) {
            let matching = SQLQueryString(
                """
                SELECT item_id, MAX(published_on) AS published_on FROM \(ident: Self.table)
                WHERE agency_id = \(bind: agencyID) AND gram IN (\(binds: grams)) AND published_on <= \(bind: day)
                GROUP BY item_id HAVING COUNT(*) = \(bind: grams.count)
                """)
            let total = try await sql.raw("SELECT COUNT(*) AS n FROM (\(matching)) AS matching").first()?.decode(column: "n", as: Int.self) ?? 0
            let rows = try await sql.raw("\(matching) ORDER BY MAX(published_on) DESC, item_id LIMIT \(bind: limit) OFFSET \(bind: offset)").all()
            return Page(itemIDs: try rows.map { try $0.decode(column: "item_id", as: UUID.self) }, total: total, truncated: false)
        }
        let candidates = try await sql.raw(
            """
            SELECT item_id, MAX(published_on) AS published_on FROM \(ident: Self.table)
            WHERE agency_id = \(bind: agencyID) AND gram IN (\(binds: grams)) AND published_on <= \(bind: day)
            GROUP BY item_id HAVING COUNT(*) = \(bind: grams.count)
            ORDER BY MAX(published_on) DESC, item_id LIMIT \(bind: Self.candidateLimit + 1)
            """
        ).all().map { try $0.decode(column: "item_id", as: UUID.self) }
        let truncated = candidates.count > Self.candidateLimit
        var matching: [UUID] = []
        var start = 0
        let checked = Array(candidates.prefix(Self.candidateLimit))
        while start < checked.count {
            let batch = Array(checked[start..<min(start + 500, checked.count)])
            let items = try await CatalogueItemModel.query(on: context.db).filter(\.$id ~~ batch).all()
            let found = Set(items.filter { CatalogueText.matches(Self.indexedText($0), query: query) }.compactMap(\.id))
            matching += batch.filter(found.contains)
            start += 500
        }
        let page = Array(matching.dropFirst(offset).prefix(limit))
        return Page(itemIDs: page, total: matching.count, truncated: truncated)
    }
}
