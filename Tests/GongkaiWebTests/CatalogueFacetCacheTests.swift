import Foundation
import GongkaiApp
import GongkaiCore
import SQLKit
import Testing

@testable import GongkaiWeb

/// The portal catalogue's facet counts are stored per agency change version: a second view reads
/// them, and publishing an item (which bumps the version by trigger) shows the new counts at once.
@Suite("Catalogue facets: cached per change version, never stale")
struct CatalogueFacetCacheTests {
    @Test("counts are stored on the first view and move with the next publication", arguments: TestBackend.available)
    func cachedAndCurrent(backend: TestBackend) async throws {
        try await TestServer.with(backend) { server in
            let url = "/agencies/\(server.homeAgencyID)/catalogue"
            let citizen = server.client()
            func genreCount(_ page: WebPage) -> Int {
                let pattern = /规范性文件（(\d+)）/
                return page.text.firstMatch(of: pattern).flatMap { Int($0.1) } ?? 0
            }
            let before = try await citizen.get(url)
            #expect(before.status == .ok)
            let stored = try await CatalogueFacetCache(server.services).value(
                agencyID: server.homeAgencyID,
                version: try await ChangeVersions(server.services).version(ChangeVersions.agency(server.homeAgencyID)),
                day: server.clock.appClock.today)
            let facets = try #require(stored, "the first view stored no counts")
            #expect(facets.genres.first { $0.value == "规范性文件" }?.count ?? 0 == genreCount(before))
            #expect(genreCount(try await citizen.get(url)) == genreCount(before))

            let itemID = try await server.draftCatalogueItem(agencyID: server.homeAgencyID, title: "关于缓存测试的通知")
            let workflow = CatalogueWorkflow(server.services)
            try await workflow.review(
                itemID: itemID, { var input = CatalogueWorkflow.ReviewInput(); input.decision = "pass"; return input }(),
                agencyID: server.homeAgencyID, officer: Officer(userID: UUID(), actor: "测试审核"))
            try await workflow.sign(
                itemID: itemID, publishOn: nil, revision: nil, agencyID: server.homeAgencyID, officer: Officer(userID: UUID(), actor: "测试签发"))
            #expect(genreCount(try await citizen.get(url)) == genreCount(before) + 1, "the facet count did not follow the publication")
        }
    }
}
