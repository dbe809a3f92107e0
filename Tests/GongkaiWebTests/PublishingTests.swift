import Foundation
import GongkaiApp
import GongkaiCore
import Testing

@testable import GongkaiWeb

/// The 政府信息公开目录 over HTTP as each role uses it: 拟稿 → 保密审查 → 签发, then the portal
/// (item, list, search, feed, sitemap), table 2 and section 一 of the report, and 废止, 更正 and
/// 撤回 after release.
@Suite("Publishing: the catalogue from draft to portal and report")
struct PublishingTests {
    static let drafting = "/staff/catalogue"

    /// Drafts `form` as 经办人 and returns the item's id (from the redirect to its page).
    static func draft(_ officer: WebClient, _ form: CatalogueDraftInput) async throws -> UUID {
        let fields: [(name: String, value: String)] = [
            ("title", form.title ?? ""), ("publisher", form.publisher ?? ""), ("documentNumber", form.documentNumber ?? ""),
            ("topic", form.topic ?? ""), ("genre", form.genre ?? ""), ("keywords", form.keywords ?? ""),
            ("formedOn", form.formedOn ?? ""), ("body", form.body ?? ""),
        ]
        _ = try await officer.get("/staff/catalogue/new")
        let page = try await officer.post(drafting, fields)
        #expect(page.status == .seeOther, "drafting answered \(page.status.code): \(page.text.prefix(300))")
        let location = try #require(page.location)
        return try #require(UUID(uuidString: String(location.split(separator: "/").last ?? "")))
    }

    static func cell(_ officer: WebClient, year: Int, _ path: String) async throws -> Int {
        let page = try await officer.get("/staff/reports/\(year)")
        let text = try #require(page.text(of: "data-cell", path), "no \(path) on the report page")
        return try #require(Int(text.trimmingCharacters(in: .whitespaces)), "\(path) reads \(text)")
    }

    @Test("a 规范性文件 drafted, reviewed and signed is on the portal, in search, feed and sitemap, and in table 2", arguments: TestBackend.available)
    func fullLifecycle(backend: TestBackend) async throws {
        try await TestServer.with(backend) { server in
            let year = server.clock.appClock.today.year
            let agency = server.homeAgencyID
            let handler = try await server.client(signedInAs: "jingban")
            let reviewer = try await server.client(signedInAs: "shenhe")
            let head = try await server.client(signedInAs: "fuze")
            let citizen = server.client()
            let issued = "proactive.normativeDocuments[0]"
            let repealed = "proactive.normativeDocuments[1]"
            let issuedBefore = try await Self.cell(handler, year: year, issued)
            let repealedBefore = try await Self.cell(handler, year: year, repealed)
            let sectionOneBefore = Int(try await handler.get("/staff/reports/\(year)").text(ofID: "proactive-total") ?? "")

            let title = "江东市教育局关于加强中小学校教育经费预算绩效管理的通知"
            let id = try await Self.draft(handler, server.catalogueForm(title: title))
            let itemURL = "/agencies/\(agency)/catalogue/\(id)"
            let staffURL = "/staff/catalogue/\(id)"
            let drafted = try await handler.get(staffURL)
            #expect(drafted.text(ofID: "item-status") == "待保密审查")
            let index = try #require(drafted.text(ofID: "index-number"))
            #expect(index.hasPrefix("11320100MB0000000X/\(year)-"), "索引号 \(index)")
            #expect(try await citizen.get(itemURL).status == .notFound, "a draft is on the portal")

            let passed = try await reviewer.post(staffURL + "/review", [("decision", "pass"), ("note", "")])
            #expect(passed.status == .seeOther, "review answered \(passed.status.code): \(passed.text.prefix(300))")
            #expect(try await reviewer.get(staffURL).text.contains("不涉及国家秘密、商业秘密、个人隐私、过程性信息"))
            #expect(try await citizen.get(itemURL).status == .notFound, "a reviewed, unsigned item is on the portal")
            let signed = try await head.post(staffURL + "/sign", [("publishOn", "")])
            #expect(signed.status == .seeOther, "signing answered \(signed.status.code): \(signed.text.prefix(300))")

            let item = try await citizen.get(itemURL)
            #expect(item.status == .ok)
            #expect(item.text.contains(title) && item.text.contains(index))
            #expect(try await citizen.get("/agencies/\(agency)/catalogue").text.contains(title))
            for query in ["预算", "经费预算绩效", "预算 绩效"] {
                let found = try await citizen.get("/agencies/\(agency)/catalogue?q=" + query.addingPercentEncoding(withAllowedCharacters: .alphanumerics)!)
                #expect(found.text.contains(title), "search for \(query) does not find it")
            }
            let missing = try await citizen.get("/agencies/\(agency)/catalogue?q=" + "预算审计署".addingPercentEncoding(withAllowedCharacters: .alphanumerics)!)
            #expect(!missing.text.contains(title), "a query whose bigrams are all there but not the words found it")
            #expect(try await citizen.get("/agencies/\(agency)/feed.xml").html.contains("<title>\(title)</title>"))
            #expect(try await citizen.get("/sitemap.xml").html.contains(itemURL))
            #expect(try await Self.cell(handler, year: year, issued) == issuedBefore + 1, "table 2 本年制发 did not grow by one")
            let sectionOne = Int(try await handler.get("/staff/reports/\(year)").text(ofID: "proactive-total") ?? "")
            #expect(sectionOne != nil && sectionOne == sectionOneBefore.map { $0 + 1 }, "section 一: \(String(describing: sectionOneBefore)) → \(String(describing: sectionOne))")

            // 废止: table 2 本年废止 grows; the portal shows it 废止.
            let today = server.clock.appClock.today.description
            let repeal = try await head.post(staffURL + "/validity", [("validity", "repealed"), ("changedOn", today), ("reason", "已被新文件取代")])
            #expect(repeal.status == .seeOther, "废止 answered \(repeal.status.code): \(repeal.text.prefix(300))")
            #expect(try await Self.cell(handler, year: year, repealed) == repealedBefore + 1, "table 2 本年废止 did not grow by one")
            #expect(try await citizen.get(itemURL).text.contains("废止"))

            // 更正: the portal shows the corrected text and the note; staff keep the old version.
            let corrected = "江东市教育局关于加强中小学校教育经费绩效管理的通知"
            let correction = try await head.post(
                staffURL + "/correct", [("title", corrected), ("documentNumber", "江教规〔2026〕9号"), ("keywords", "测试"), ("body", "更正后的正文。"), ("reason", "标题有误")])
            #expect(correction.status == .seeOther, "更正 answered \(correction.status.code): \(correction.text.prefix(300))")
            let shown = try await citizen.get(itemURL)
            #expect(shown.text.contains(corrected) && shown.text.contains("更正：标题有误") && !shown.text.contains(title))
            let history = try await handler.get(staffURL)
            #expect(history.text.contains(title) && history.text.contains("更正前的版本"))

            // 撤回: off the portal and out of the search.
            let withdrawal = try await head.post(staffURL + "/withdraw", [("reason", "文件暂停执行")])
            #expect(withdrawal.status == .seeOther)
            #expect(try await citizen.get(itemURL).status == .notFound)
            let searched = try await citizen.get("/agencies/\(agency)/catalogue?q=" + "经费绩效".addingPercentEncoding(withAllowedCharacters: .alphanumerics)!)
            #expect(!searched.text.contains(corrected), "a withdrawn item is still found")
        }
    }

    @Test("the 保密审查 is someone else's, 国家秘密 is never passed, withholding needs grounds")
    func reviewRules() async throws {
        try await TestServer.with(.sqlite) { server in
            try await server.createStaff("both", roles: [.handler, .reviewer], agencyID: server.homeAgencyID)
            let both = try await server.client(signedInAs: "both", password: TestServer.staffPassword)
            let reviewer = try await server.client(signedInAs: "shenhe")
            let head = try await server.client(signedInAs: "fuze")
            let own = try await Self.draft(both, server.catalogueForm(title: "自拟自审的文件"))
            let selfReview = try await both.post("/staff/catalogue/\(own)/review", [("decision", "pass")])
            #expect(selfReview.status == .forbidden)
            #expect(selfReview.text.contains("拟稿人以外的审核人"))

            let id = try await server.draftCatalogueItem(agencyID: server.homeAgencyID, title: "涉密测试文件")
            let url = "/staff/catalogue/\(id)"
            let secret = try await reviewer.post(url + "/review", [("decision", "pass"), ("stateSecret", "true")])
            #expect(secret.status == .unprocessableEntity && secret.text.contains("国家秘密的信息不得公开"))
            let bare = try await reviewer.post(url + "/review", [("decision", "withhold"), ("note", "涉密")])
            #expect(bare.status == .unprocessableEntity && bare.text.contains("第十四条至第十六条"))
            let early = try await head.post(url + "/sign", [])
            #expect(early.status == .conflict, "signing before review answered \(early.status.code)")
            let withheld = try await reviewer.post(
                url + "/review", [("decision", "withhold"), ("stateSecret", "true"), ("grounds[]", "article14"), ("note", "含涉密内容")])
            #expect(withheld.status == .seeOther, "withholding answered \(withheld.status.code): \(withheld.text.prefix(300))")
            let page = try await reviewer.get(url)
            #expect(page.text(ofID: "item-status") == "不予公开")
            #expect(page.text.contains("涉及国家秘密") && page.text.contains("第十四条"))
            #expect(try await head.post(url + "/sign", []).status == .conflict)
        }
    }

    @Test("a set publication day keeps the item off the portal until then; 第二十六条 lateness is flagged")
    func scheduledAndLate() async throws {
        try await TestServer.with(.sqlite) { server in
            let today = server.clock.appClock.today
            let handler = try await server.client(signedInAs: "jingban")
            let reviewer = try await server.client(signedInAs: "shenhe")
            let head = try await server.client(signedInAs: "fuze")
            var form = server.catalogueForm(title: "四十天前形成的通知", genre: "通知公告", number: "")
            form.formedOn = today.adding(days: -40).description
            let id = try await Self.draft(handler, form)
            let list = try await handler.get("/staff/catalogue")
            #expect(list.text.contains("四十天前形成的通知") && list.text.contains("已超期"), "the work list does not flag it")
            #expect(try await reviewer.post("/staff/catalogue/\(id)/review", [("decision", "pass")]).status == .seeOther)
            let tomorrow = today.adding(days: 1).description
            #expect(try await head.post("/staff/catalogue/\(id)/sign", [("publishOn", tomorrow)]).status == .seeOther)
            let portal = "/agencies/\(server.homeAgencyID)/catalogue/\(id)"
            #expect(try await server.client().get(portal).status == .notFound, "a scheduled item is public early")
            let staffPage = try await handler.get("/staff/catalogue/\(id)")
            #expect(staffPage.text(ofID: "item-status") == "已签发，定时发布")
            #expect(staffPage.text.contains("超过第二十六条规定的20个工作日"))
            let yesterday = try await head.post("/staff/catalogue/\(id)/withdraw", [])
            #expect(yesterday.status == .unprocessableEntity, "撤回 without a reason answered \(yesterday.status.code)")
            server.clock.advance(by: 86_400)
            #expect(try await server.client().get(portal).status == .ok, "the scheduled item is not public on its day")
        }
    }

    @Test("hostile text is shown as typed; bad forms are refused field by field")
    func hostileAndInvalid() async throws {
        try await TestServer.with(.sqlite) { server in
            let handler = try await server.client(signedInAs: "jingban")
            let reviewer = try await server.client(signedInAs: "shenhe")
            let head = try await server.client(signedInAs: "fuze")
            let form = server.catalogueForm(title: "通知\(Fixtures.script)", genre: "通知公告", number: "", body: "\(Fixtures.hostile)\n第二段")
            let id = try await Self.draft(handler, form)
            _ = try await reviewer.post("/staff/catalogue/\(id)/review", [("decision", "pass")])
            _ = try await head.post("/staff/catalogue/\(id)/sign", [])
            for page in [try await handler.get("/staff/catalogue/\(id)"), try await server.client().get("/agencies/\(server.homeAgencyID)/catalogue/\(id)")] {
                #expect(page.status == .ok)
                #expect(!page.html.contains(Fixtures.script), "\(page.target) shows the script unescaped")
                #expect(page.text.contains(Fixtures.script))
            }
            _ = try await handler.get("/staff/catalogue/new")
            let empty = try await handler.post(Self.drafting, [("genre", "规范性文件"), ("formedOn", "2099-01-01")])
            #expect(empty.status == .unprocessableEntity)
            for message in ["请填写名称", "请从列表中选择主题分类", "生成日期不能晚于今天", "规章和规范性文件请填写发文字号", "请填写正文"] {
                #expect(empty.text.contains(message), "the form does not say \(message)")
            }
        }
    }

    @Test("the guide is generated from the agency's details, edited, published with its date; settings number new items")
    func guideAndSettings() async throws {
        try await TestServer.with(.sqlite) { server in
            let admin = try await server.client(signedInAs: "guanli")
            let regenerated = try await admin.post("/staff/admin/guide", [("action", "regenerate")])
            #expect(regenerated.status == .ok && regenerated.text.contains("受理机构") && regenerated.text.contains("监督和救济"))
            let body = "一、主动公开\n本机关主动公开的信息见公开目录。\n二、依申请公开\n受理机构：江东市教育局办公室（测试修改）"
            #expect(try await admin.post("/staff/admin/guide", [("body", body), ("action", "publish")]).status == .seeOther)
            let guide = try await server.client().get("/agencies/\(server.homeAgencyID)/guide")
            #expect(guide.text.contains("江东市教育局办公室（测试修改）"))
            #expect(guide.text(ofID: "guide-date") == "更新日期：\(server.clock.appClock.today)")

            let refused = try await admin.post("/staff/admin/catalogue", [("unitCode", "ABC"), ("pattern", "{unit}-{year}"), ("topics", "教育"), ("genres", "通知公告")])
            #expect(refused.status == .unprocessableEntity && refused.text.contains("{seq}"))
            let saved = try await admin.post(
                "/staff/admin/catalogue", [("unitCode", "ABC123"), ("pattern", "{unit}-{year}-{seq}"), ("width", "4"), ("topics", "教育"), ("genres", "通知公告\n规范性文件")])
            #expect(saved.status == .seeOther)
            let handler = try await server.client(signedInAs: "jingban")
            var form = server.catalogueForm(title: "新格式编号的通知", genre: "通知公告", number: "")
            form.topic = "教育"
            let id = try await Self.draft(handler, form)
            let index = try await handler.get("/staff/catalogue/\(id)").text(ofID: "index-number") ?? ""
            #expect(index.range(of: #"^ABC123-\d{4}-\d{4}$"#, options: .regularExpression) != nil, "索引号 \(index)")
        }
    }
}
