import Foundation
import GongkaiApp
import GongkaiCore
import Testing

@testable import GongkaiWeb

/// The publishing journey of issue 10 in a real browser (Chromium over WebDriver): the 经办人
/// drafts a 规范性文件, the 审核人 passes its 保密审查, the 负责人 signs it, a citizen finds it in
/// the agency's 政府信息公开目录 and by searching "预算", and table 2's 本年制发 for 规范性文件
/// grows by one. Screenshots: `test-artifacts/screenshots/publishing-journey/`.
///
/// Part of the serialized "Browser journey" suite: one Chromium at a time, however many tests
/// run beside it.
extension BrowserJourneyTests {
    @Test("a 规范性文件 from draft to the portal, the search and table 2, in Chromium")
    func publishingJourney() async throws {
        try await TestServer.with(.sqlite, mode: .running) { server in
            let base = try #require(server.baseURL)
            let year = server.clock.appClock.today.year
            let helpers = self
            let issued = "proactive.normativeDocuments[0]"
            let before = try await helpers.reportCell(server, year: year, cell: issued)
            let title = "江东市教育局关于规范学校预算绩效管理的通知"

            try await Browser.with(journey: "publishing-journey") { browser in
                let page = browser.session

                // 1. The 经办人 drafts the 规范性文件.
                try await helpers.signIn(page, base: base, username: "jingban")
                try await page.element("a[href='/staff/catalogue']").click()
                try await page.element("a.button[href='/staff/catalogue/new']").click()
                try await page.element("#title").type(title)
                try await page.element("#documentNumber").type("江教规〔\(year)〕5号")
                try await page.select("#topic", value: "科技、教育")
                try await page.select("#genre", value: "规范性文件")
                try await page.element("#keywords").type("预算 绩效")
                try await page.element("#body").type("各区教育局，市直属各学校：\n为加强学校预算绩效管理，现就有关事项通知如下。")
                try await browser.screenshot("draft-form")
                try await page.element("#catalogue-form button[type='submit']").click()
                try await helpers.confirmation(page)
                let itemURL = try await page.currentURL
                #expect(try await page.element("#item-status").text == "待保密审查")
                try await browser.screenshot("drafted")
                try await helpers.signOut(page)

                // 2. The 审核人 passes the 保密审查 with the checklist clear.
                try await helpers.signIn(page, base: base, username: "shenhe")
                try await page.navigate(to: itemURL)
                try await page.element("#review-form input[name='decision'][value='pass']").click()
                try await page.element("#review-note").type("经审查，不涉及国家秘密、商业秘密、个人隐私")
                try await browser.screenshot("review")
                try await page.element("#review-form button[type='submit']").click()
                try await helpers.confirmation(page)
                #expect(try await page.element("#item-status").text == "审查通过，待签发")
                try await helpers.signOut(page)

                // 3. The 负责人 signs it: published today.
                try await helpers.signIn(page, base: base, username: "fuze")
                try await page.navigate(to: itemURL)
                try await browser.screenshot("sign")
                try await page.element("#sign-form button[type='submit']").click()
                try await helpers.confirmation(page)
                #expect(try await page.element("#item-status").text == "已发布")
                try await browser.screenshot("signed")
                try await helpers.signOut(page)

                // 4. A citizen finds it in the agency's catalogue and by searching "预算".
                try await page.deleteAllCookies()
                try await page.navigate(to: base + "/agencies/\(server.homeAgencyID)")
                try await page.element("a[href='/agencies/\(server.homeAgencyID)/catalogue']").click()
                try await page.element("#catalogue-list a", withText: title)
                try await browser.screenshot("portal-catalogue")
                try await page.element("#q").type("预算")
                try await page.element("#catalogue-search button[type='submit']").click()
                try await page.waitForURL("the search results") { $0.contains("q=") }
                try await page.element("#catalogue-list a", withText: title)
                try await browser.screenshot("portal-search")
                try await page.element("#catalogue-list a", withText: title).click()
                let body = try await page.element("#item-body").text
                #expect(body.contains("预算绩效管理"))
                try await browser.screenshot("portal-item")

                // 5. Table 2's 本年制发 for 规范性文件 has grown by one.
                try await helpers.signIn(page, base: base, username: "jingban")
                try await page.navigate(to: base + "/staff/reports/\(year)")
                let cell = try await page.element("[data-cell=\"\(issued)\"]")
                try await cell.scrollIntoView()
                try await browser.screenshot("annual-report-table-2")
                let after = Int(try await cell.text.trimmingCharacters(in: .whitespacesAndNewlines))
                #expect(after != nil && before != nil && after == before.map { $0 + 1 }, "table 2 \(issued): before \(before.map(String.init) ?? "unknown"), after \(after.map(String.init) ?? "unreadable")")
            }
        }
    }
}
