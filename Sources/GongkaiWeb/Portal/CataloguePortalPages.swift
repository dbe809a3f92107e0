import Fluent
import GongkaiApp
import GongkaiCore
import Vapor

/// The portal's proactive disclosure: each agency's 政府信息公开目录 (facets, pages, full-text
/// search), item pages, the agency's feed, its 政府信息公开指南, and the site's sitemap.
enum CataloguePortalPages {
    static func register(_ routes: PortalRoutes) {
        routes.get(.catalogue(.key), use: list)
        routes.get(.catalogueItem(.key, .key), use: item)
        routes.get(.catalogueFeed(.key), use: feed)
        routes.get(.guide(.key), use: guide)
        routes.get(.sitemap, use: sitemap)
    }

    static let pageSize = 20

    static func list(_ request: Request) async throws -> View {
        let (agency, profile) = try await PortalPages.loadAgency(request)
        let agencyID = try agency.requireID()
        func parameter(_ name: String) -> String? {
            request.query[String.self, at: name].flatMap { $0.trimmingCharacters(in: .whitespaces).isEmpty ? nil : String($0.prefix(50)) }
        }
        let filter = CatalogueListing.Filter(
            topic: parameter("topic"), genre: parameter("genre"), year: parameter("year").flatMap(Int.init), query: parameter("q"))
        let pageNumber = max(1, min(request.query[Int.self, at: "page"] ?? 1, 10_000))
        let result = try await CatalogueListing(request.services).portalPage(
            agencyID: agencyID, today: request.today, filter: filter, page: pageNumber, pageSize: pageSize)
        let base = SiteURL.catalogue(.value(agencyID)).path
        func url(topic: String? = nil, genre: String? = nil, year: String? = nil, page: Int? = nil) -> String {
            link(base, [("q", filter.query), ("topic", topic), ("genre", genre), ("year", year), ("page", page.map(String.init))])
        }
        let current = (topic: filter.topic, genre: filter.genre, year: filter.year.map(String.init))
        let facets = [
            FacetView(
                title: "主题分类",
                values: result.topics.map {
                    .init(label: $0.value, count: $0.count, url: url(topic: $0.value, genre: current.genre, year: current.year), selected: $0.value == current.topic)
                }, clearURL: current.topic == nil ? nil : url(genre: current.genre, year: current.year)),
            FacetView(
                title: "体裁",
                values: result.genres.map {
                    .init(label: $0.value, count: $0.count, url: url(topic: current.topic, genre: $0.value, year: current.year), selected: $0.value == current.genre)
                }, clearURL: current.genre == nil ? nil : url(topic: current.topic, year: current.year)),
            FacetView(
                title: "发布年份",
                values: result.years.map {
                    .init(label: $0.value + "年", count: $0.count, url: url(topic: current.topic, genre: current.genre, year: $0.value), selected: $0.value == current.year)
                }, clearURL: current.year == nil ? nil : url(topic: current.topic, genre: current.genre)),
        ]
        let pageCount = max(1, (result.total + pageSize - 1) / pageSize)
        let view = CatalogueListView(
            page: request.page(title: "政府信息公开目录 - \(agency.name)", section: "home"), agency: .init(agency, profile),
            items: result.items.map { CatalogueItemView($0, today: request.today) }, total: result.total, query: filter.query,
            facets: facets,
            previousURL: pageNumber > 1 ? url(topic: current.topic, genre: current.genre, year: current.year, page: pageNumber - 1) : nil,
            nextURL: pageNumber < pageCount ? url(topic: current.topic, genre: current.genre, year: current.year, page: pageNumber + 1) : nil,
            pageNumber: pageNumber, pageCount: pageCount, truncated: result.truncated,
            feedURL: SiteURL.catalogueFeed(.value(agencyID)).path, guideURL: SiteURL.guide(.value(agencyID)).path,
            searchURL: base, hasFilter: filter != CatalogueListing.Filter())
        return try await request.view.render("portal/catalogue", view)
    }

    static func item(_ request: Request) async throws -> View {
        let (agency, profile) = try await PortalPages.loadAgency(request)
        let agencyID = try agency.requireID()
        let itemID = try request.id("itemID")
        guard let item = try await CatalogueListing(request.services).publicItem(itemID, agencyID: agencyID, today: request.today) else {
            throw Abort(.notFound)
        }
        let corrections = try await CatalogueListing(request.services).history(itemID: itemID).filter { $0.action == "corrected" }
            .map { "\(CivilDate($0.at)) 更正：\($0.note)" }
        let view = CataloguePublicItemView(
            page: request.page(title: item.title, section: "home"), agency: .init(agency, profile),
            item: try await CatalogueAttachmentPages.withAttachments(CatalogueItemView(item, today: request.today), item, request: request, staff: nil),
            listURL: SiteURL.catalogue(.value(agencyID)).path, corrections: corrections)
        return try await request.view.render("portal/catalogue-item", view)
    }

    static func guide(_ request: Request) async throws -> View {
        let (agency, profile) = try await PortalPages.loadAgency(request)
        let agencyID = try agency.requireID()
        let guide = try await GuideService(request.services).published(agencyID: agencyID)
        let view = GuidePublicView(
            page: request.page(title: "政府信息公开指南 - \(agency.name)", section: "home"), agency: .init(agency, profile),
            paragraphs: guide.map { GuideParagraph.split($0.body) } ?? [], updatedOn: guide?.updatedOn,
            catalogueURL: SiteURL.catalogue(.value(agencyID)).path)
        return try await request.view.render("portal/guide", view)
    }

    static func feed(_ request: Request) async throws -> Response {
        let (agency, _) = try await PortalPages.loadAgency(request)
        let agencyID = try agency.requireID()
        let items = try await CatalogueListing(request.services).newest(agencyID: agencyID, today: request.today)
        let origin = siteOrigin(request)
        let xml = SyndicationXML.rss(
            title: "\(agency.name) 政府信息公开目录", link: origin + SiteURL.catalogue(.value(agencyID)).path,
            description: "\(agency.name)主动公开的政府信息",
            items: items.map { item in
                SyndicationXML.Entry(
                    title: item.title, link: origin + SiteURL.catalogueItem(.value(agencyID), .value(item.id!)).path,
                    guid: item.indexNumber, date: item.publishedDate ?? request.today,
                    summary: String(CatalogueText.paragraphs(CatalogueRichText.plainText(item.body)).first?.prefix(200) ?? ""))
            })
        return xmlResponse(xml, type: "application/rss+xml; charset=utf-8")
    }

    static func sitemap(_ request: Request) async throws -> Response {
        let origin = siteOrigin(request)
        var urls = [origin + "/"]
        let agencies = try await AgencyModel.query(on: request.db).sort(\.$name).all()
        for agency in agencies {
            let id = try agency.requireID()
            urls += [SiteURL.agency(.value(id)).path, SiteURL.catalogue(.value(id)).path, SiteURL.guide(.value(id)).path].map { origin + $0 }
        }
        // The sitemap protocol allows 50,000 URLs per file.
        let items = try await CatalogueListing(request.services).sitemap(today: request.today, limit: 50_000 - urls.count)
        let entries = urls.map { (url: $0, modified: String?.none) }
            + items.map { (url: origin + SiteURL.catalogueItem(.value($0.agencyID), .value($0.id)).path, modified: Optional($0.publishedOn)) }
        return xmlResponse(SyndicationXML.sitemap(entries), type: "application/xml; charset=utf-8")
    }

    /// "https://host" as the visitor reached the site (feeds and sitemaps need absolute links).
    static func siteOrigin(_ request: Request) -> String {
        let host = request.headers.first(name: .host) ?? "localhost"
        let safeHost = host.filter { $0.isLetter || $0.isNumber || ".:-[]".contains($0) }
        let scheme = request.application.platform.settings.trustForwardedFor ? (request.headers.first(name: "X-Forwarded-Proto") == "https" ? "https" : "http") : "http"
        return scheme + "://" + safeHost
    }

    static func xmlResponse(_ xml: String, type: String) -> Response {
        let response = Response(status: .ok, body: .init(string: xml))
        response.headers.replaceOrAdd(name: .contentType, value: type)
        return response
    }
}
