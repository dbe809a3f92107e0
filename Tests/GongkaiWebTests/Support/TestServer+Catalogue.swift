import Foundation
import GongkaiApp
import GongkaiCore

@testable import GongkaiWeb

extension TestServer {
    /// A drafter who is none of the demo accounts (so any demo 审核人 may review).
    static let fixtureDrafter = Officer(userID: UUID(), actor: "测试拟稿（fixture）")

    /// The catalogue form of a 规范性文件 formed today.
    func catalogueForm(title: String, genre: String = "规范性文件", number: String = "江教规〔2026〕9号", body: String? = nil) -> CatalogueDraftInput {
        var input = CatalogueDraftInput()
        input.title = title
        input.publisher = TestServer.homeAgencyName
        input.documentNumber = number
        input.topic = "科技、教育"
        input.genre = genre
        input.keywords = "测试"
        input.formedOn = clock.appClock.today.description
        input.body = body ?? "为做好本年度教育经费预算管理工作，现就有关事项通知如下。\n一、严格执行预算。"
        return input
    }

    /// Drafts a catalogue item in `agencyID` as the fixture drafter; returns its id.
    func draftCatalogueItem(agencyID: UUID, title: String) async throws -> UUID {
        try await CatalogueWorkflow(services).draft(catalogueForm(title: title), agencyID: agencyID, officer: Self.fixtureDrafter)
    }
}
