import FluentKit
import Foundation
import GongkaiCore
import SQLKit

/// Times the catalogue's portal queries — the bigram search above all — on `items` published
/// items of one agency (the worst case: every query is per agency).
///
/// Items get a title and a body of about 150 characters drawn from a fixed vocabulary of
/// government phrases (seeded, so every run stores the same text); about one item in six holds
/// "预算". Rows go in through bulk INSERTs in transactions of 2,000 items, the same index rows
/// the workflow writes (`CatalogueSearch.rows`); statistics are refreshed; each query runs
/// `repetitions` times after one warm-up and the median is kept.
public struct CatalogueBenchmark: Sendable {
    /// One timed query.
    public struct Query: Sendable {
        public let label: String
        public let results: Int
        public let milliseconds: Double
    }

    /// The figures of one backend.
    public struct Figures: Sendable {
        public let backend: String
        public let items: Int
        public let gramRows: Int
        public let insertSeconds: Double
        public let queries: [Query]
    }

    public let items: Int
    public let repetitions: Int
    public let progress: @Sendable (String) -> Void

    public init(items: Int, repetitions: Int = 7, progress: @escaping @Sendable (String) -> Void = { _ in }) {
        self.items = items
        self.repetitions = repetitions
        self.progress = progress
    }

    static let phrases = [
        "关于做好", "年度部门预算", "公开工作", "的通知", "中小学校", "安全生产", "专项检查", "实施方案", "政策解读", "统计公报", "财政资金", "绩效评价",
        "行政许可", "事项目录", "城乡建设", "环境保护", "督查情况", "招生入学", "义务教育", "课后服务", "收费标准", "民办学校", "年检结果", "人事任免",
        "公开招聘", "工作人员", "名单公示", "规划计划", "重点任务", "分工方案", "突发事件", "应急预案", "食品安全", "抽检信息", "建议提案", "办理复文",
    ]

    /// Fills `database` (empty, migrated) and measures it.
    public func run(on database: AppDatabase) async throws -> Figures {
        let clock = ContinuousClock()
        let context = database.context()
        let agency = try await CaseService(context).ensureAgency(named: "目录基准测试局", actor: "bench")
        let agencyID = try agency.requireID()
        var random = SeededGenerator(seed: 2026)
        let start = CivilDate(iso: "2021-01-01")!
        let genres = CatalogueVocabulary.defaultGenres
        let topics = CatalogueVocabulary.defaultTopics
        let insertStart = clock.now
        var gramRows = 0
        var done = 0
        while done < items {
            let count = min(2_000, items - done)
            var itemRows: [[any Encodable & Sendable]] = []
            var indexRows: [[any SQLExpression]] = []
            for offset in 0..<count {
                let number = done + offset + 1
                let item = CatalogueItemModel()
                item.id = UUID()
                item.title = (0..<3).map { _ in Self.phrases[random.below(Self.phrases.count)] }.joined() + "（第\(number)号）"
                item.body = (0..<12).map { _ in Self.phrases[random.below(Self.phrases.count)] }.joined(separator: "，") + "。"
                item.keywords = ""
                item.documentNumber = ""
                let published = start.adding(days: random.below(5 * 365))
                item.publishedOn = published.description
                itemRows.append([
                    item.id!, agencyID, "GK/\(published.year)-\(number)", item.title, "目录基准测试局", "", topics[random.below(topics.count)],
                    genres[random.below(genres.count)], "", item.body, published.adding(days: -3).description, published.description,
                    CatalogueValidity.valid.rawValue, CatalogueStatus.published.rawValue, agencyID, "bench", 1,
                ])
                indexRows += CatalogueSearch.rows(for: item, agencyID: agencyID, itemID: item.id!, publishedOn: published.description)
            }
            gramRows += indexRows.count
            let (newItems, newGrams) = (itemRows, indexRows)
            try await context.db.writeTransaction { db in
                typealias C = CatalogueItemModel.Column
                try await BulkInsert.insert(
                    into: CatalogueItemModel.schema,
                    columns: [.id, C.agencyID, C.indexNumber, C.title, C.publisher, C.documentNumber, C.topic, C.genre, C.keywords, C.body,
                              C.formedOn, C.publishedOn, C.validity, C.status, C.draftedBy, C.draftedByName, C.revision],
                    rows: newItems, on: db)
                try await CatalogueSearch.insert(newGrams, on: db as! any SQLDatabase)
            }
            done += count
            progress("\(database.location.backendName)：已写入 \(done)/\(items) 条")
        }
        let insertSeconds = ReportBenchmark.seconds(clock.now - insertStart)
        if database.isPostgres {
            try await database.sql.raw("VACUUM ANALYZE catalogue_items").run()
            try await database.sql.raw("VACUUM ANALYZE catalogue_grams").run()
        } else {
            try await database.sql.raw("ANALYZE").run()
        }
        let listing = CatalogueListing(context)
        let today = CivilDate(iso: "2026-12-31")!
        let cases: [(String, CatalogueListing.Filter, Int)] = [
            ("检索“预算”，第1页", .init(query: "预算"), 1),
            ("检索“预算”，第50页", .init(query: "预算"), 50),
            ("检索“部门预算公开”（多字，核对原文）", .init(query: "部门预算公开"), 1),
            ("检索“第4242号”（罕见词）", .init(query: "第4242号"), 1),
            ("检索“预算 绩效”（两个词）", .init(query: "预算 绩效"), 1),
            ("目录第1页（含分类统计）", .init(), 1),
            ("按体裁和年份筛选", .init(genre: "通知公告", year: 2024), 1),
        ]
        var queries: [Query] = []
        let search = CatalogueSearch(context)
        for (label, text) in [("仅检索“预算”（不含分类统计和读取条目）", "预算"), ("仅检索“部门预算公开”", "部门预算公开")] {
            var times: [Double] = []
            var results = 0
            for round in 0...repetitions {
                let begin = clock.now
                let found = try await search.search(text, agencyID: agencyID, today: today, limit: 20, offset: 0)
                if round > 0 { times.append(ReportBenchmark.seconds(clock.now - begin) * 1_000) }
                results = found.total
            }
            queries.append(Query(label: label, results: results, milliseconds: ReportBenchmark.median(times)))
        }
        // Warm: the facet counts come from `CatalogueFacetCache` (as on every view after the first
        // since the agency's last change); cold: computed again (the first view after a change).
        for (label, filter, page) in cases.flatMap({ [($0.0 + "，分类统计已缓存", $0.1, (number: $0.2, cold: false)), ($0.0 + "，分类统计重新计算", $0.1, (number: $0.2, cold: true))] }) {
            var times: [Double] = []
            var results = 0
            for round in 0...repetitions {
                if page.cold { try await CatalogueFacetCache(context).removeAll() }
                let begin = clock.now
                let found = try await listing.portalPage(agencyID: agencyID, today: today, filter: filter, page: page.number)
                if round > 0 { times.append(ReportBenchmark.seconds(clock.now - begin) * 1_000) }
                results = found.total
            }
            queries.append(Query(label: label, results: results, milliseconds: ReportBenchmark.median(times)))
        }
        return Figures(backend: database.location.backendName, items: items, gramRows: gramRows, insertSeconds: insertSeconds, queries: queries)
    }
}

extension SeededGenerator {
    /// A number in 0..<n from the core's seeded generator, so that every run stores the same text.
    fileprivate mutating func below(_ n: Int) -> Int { Int(next() % UInt64(n)) }
}
