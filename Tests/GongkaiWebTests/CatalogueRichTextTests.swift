import Foundation
import GongkaiApp
import GongkaiCore
import Testing

@testable import GongkaiWeb

/// A catalogue body in the rich-text subset, hostile parts included, drafted, published and
/// shown on the portal: structure rendered, every hostile part inert text.
@Suite("Catalogue rich text on the portal")
struct CatalogueRichTextWebTests {
    @Test("headings, lists, tables, bold and http links render; script, on*, style and javascript: stay inert", arguments: TestBackend.available)
    func portal(backend: TestBackend) async throws {
        try await TestServer.with(backend) { server in
            let body = """
                # 一、适用范围
                本办法适用于**全市中小学**。
                - 招生入学
                - 校园安全
                | 项目 | 金额（万元） |
                |---|---|
                | 教育经费 | 12.5 |
                详见[市教育局网站](https://jyj.example.gov.cn/zc)，或[点此](javascript:alert(1))。
                <script>alert("x")</script><img src=x onerror=alert(2)><p style="position:fixed">遮挡</p>
                """
            let itemID = try await CatalogueWorkflow(server.services).draft(
                server.catalogueForm(title: "富文本测试通知", genre: "通知公告", number: "", body: body), agencyID: server.homeAgencyID,
                officer: TestServer.fixtureDrafter)
            var review = CatalogueWorkflow.ReviewInput()
            review.decision = "pass"
            try await CatalogueWorkflow(server.services).review(
                itemID: itemID, review, agencyID: server.homeAgencyID, officer: Officer(userID: UUID(), actor: "测试审核"))
            try await CatalogueWorkflow(server.services).sign(
                itemID: itemID, publishOn: nil, revision: nil, agencyID: server.homeAgencyID, officer: Officer(userID: UUID(), actor: "测试签发"))
            let stored = try #require(try await CatalogueItemModel.find(itemID, on: server.app.db))
            #expect(!stored.body.contains("javascript:"), "an unsafe link was stored")

            let page = try await server.client().get("/agencies/\(server.homeAgencyID)/catalogue/\(itemID)")
            #expect(page.status == .ok)
            let html = try #require(page.html.range(of: "id=\"item-body\"").map { String(page.html[$0.lowerBound...]) })
            #expect(html.contains("<h2>一、适用范围</h2>"))
            #expect(html.contains("<strong>全市中小学</strong>"))
            #expect(html.contains("<ul><li>招生入学</li><li>校园安全</li></ul>"))
            #expect(html.contains("<th scope=\"col\">项目</th>") && html.contains("<td>12.5</td>"))
            #expect(html.contains("<a href=\"https://jyj.example.gov.cn/zc\" rel=\"nofollow noopener noreferrer\">市教育局网站</a>"))
            #expect(!html.contains("<script") && !html.contains("<img") && !html.contains("style=\"position"))
            #expect(!html.lowercased().contains("javascript:"))
            #expect(html.contains("&lt;script&gt;"), "hostile text should be shown escaped")
            #expect(page.text.contains("点此"))
        }
    }
}
