import Fluent
import Foundation
import GongkaiAPI
import GongkaiApp
import GongkaiCore
import Vapor

/// The 政府信息公开目录 over the API: exactly what the portal shows (published items, visible
/// from their 发布日期), read through the portal's own services (`CatalogueListing`,
/// `CatalogueSearch`). It is public information, so any token may read any agency's catalogue.
extension APIHandler {
    func listCatalogue(_ input: Operations.ListCatalogue.Input) async throws -> Operations.ListCatalogue.Output {
        let (request, caller) = try APIContext.current()
        var agencyID = caller.agencyID
        if let text = input.query.agency {
            guard let id = UUID(uuidString: text), try await AgencyModel.find(id, on: request.db) != nil else { throw Abort(.notFound) }
            agencyID = id
        }
        let query = input.query
        let filter = CatalogueListing.Filter(
            topic: EventInput.text(query.topic), genre: EventInput.text(query.genre), year: query.year, query: EventInput.text(query.q))
        let page = min(10_000, max(1, query.page ?? 1))
        let pageSize = min(100, max(1, query.pageSize ?? 20))
        let found = try await CatalogueListing(request.services).portalPage(
            agencyID: agencyID, today: request.today, filter: filter, page: page, pageSize: pageSize)
        let facets = { (values: [CatalogueListing.FacetValue]) in
            values.map { Components.Schemas.FacetValue(value: $0.value, count: $0.count) }
        }
        return .ok(
            .init(
                body: .json(
                    .init(
                        agencyID: agencyID.uuidString, total: found.total, page: page, pageSize: pageSize,
                        truncated: found.truncated, items: try found.items.map(Self.catalogueSummary),
                        topics: facets(found.topics), genres: facets(found.genres), years: facets(found.years)))))
    }

    func getCatalogueItem(_ input: Operations.GetCatalogueItem.Input) async throws -> Operations.GetCatalogueItem.Output {
        let (request, _) = try APIContext.current()
        let listing = CatalogueListing(request.services)
        guard let id = UUID(uuidString: input.path.itemID), let stored = try await CatalogueItemModel.find(id, on: request.db),
            let item = try await listing.publicItem(id, agencyID: stored.$agency.id, today: request.today)
        else { throw Abort(.notFound) }
        let corrections = try await listing.history(itemID: id).filter { $0.action == "corrected" }
            .map { "\(CivilDate($0.at)) 更正：\($0.note)" }
        return .ok(
            .init(
                body: .json(
                    .init(
                        value1: try Self.catalogueSummary(item),
                        value2: .init(paragraphs: CatalogueText.paragraphs(item.body), corrections: corrections)))))
    }

    static func catalogueSummary(_ item: CatalogueItemModel) throws -> Components.Schemas.CatalogueItemSummary {
        .init(
            id: try item.requireID().uuidString, agencyID: item.$agency.id.uuidString, indexNumber: item.indexNumber,
            title: item.title, publisher: item.publisher, documentNumber: EventInput.text(item.documentNumber), topic: item.topic,
            genre: item.genre, keywords: EventInput.text(item.keywords), formedOn: item.formedOn,
            publishedOn: item.publishedOn ?? item.formedOn, validity: item.validityValue.label,
            validityChangedOn: item.validityChangedOn)
    }
}
