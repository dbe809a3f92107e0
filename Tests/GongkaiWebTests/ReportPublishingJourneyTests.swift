import Foundation
import GongkaiApp
import GongkaiCore
import Testing

@testable import GongkaiWeb

/// The annual report's journey of issue 10 in a real browser (Chromium over WebDriver): the
/// builder shows last year's text and warns when it is pasted unchanged; the report then goes
/// 提交审核 → 审核通过 → 签发 → 发布, appears on the agency's portal page, and its DOCX and PDF
/// (fetched from the page's own links) are read back by the core with no error finding.
/// Screenshots: `test-artifacts/screenshots/report-journey/`.
extension BrowserJourneyTests {
    @Test("the annual report from the builder to the portal and its downloads, in Chromium")
    func reportPublishingJourney() async throws {
        try await TestServer.with(.sqlite, mode: .running) { server in
            let base = try #require(server.baseURL)
            let year = server.clock.appClock.today.year - 1
            let agency = server.homeAgencyID
            // Last year's report as written on the platform (the demo's own starts with this year's).
            let earlier = [
                1: "\(year - 1)年，本局以规范依申请公开为重点，完善登记、审核、答复流程，主动公开工作稳步推进，群众满意度持续提升，全年未发生重大舆情。",
                5: "\(year - 1)年，本局政府信息公开工作存在的主要问题是：基层学校公开意识不强，栏目更新不及时。改进措施：建立月度检查通报制度，把公开工作纳入学校年度考核。",
                6: "\(year - 1)年，本局未收取信息处理费，其他无需要报告的事项。",
            ]
            try await ReportSections(server.services).save(earlier, agencyID: agency, year: year - 1, actor: "测试（fixture）")
            let helpers = self

            try await Browser.with(journey: "report-journey") { browser in
                let page = browser.session

                // 1. The 经办人 opens the builder: last year's text beside this year's.
                try await helpers.signIn(page, base: base, username: "jingban")
                try await page.navigate(to: base + "/staff/reports/\(year)/sections")
                let side = try await page.text(of: "#section5-title")
                #expect(side.contains("问题"), "section 五 heading: \(side)")
                #expect(try await page.element("main").text.contains("月度检查通报制度"), "last year's section 五 is not beside this year's")
                try await browser.screenshot("builder")

                // 2. Last year's section 五 pasted unchanged: the similarity warning.
                let section5 = try await page.element("#section5")
                let written = try await section5.property("value") as? String ?? ""
                try await section5.clear()
                try await section5.type(earlier[5]!)
                try await page.element("#sections-form button[type='submit']").click()
                try await helpers.confirmation(page)
                let warning = try await page.element("#section5-similarity").text
                #expect(warning.contains("过于接近上年文字"), "similarity: \(warning)")
                try await browser.screenshot("similarity-warning")

                // 3. Written afresh, saved; the findings panel on the report page has nothing to say.
                let rewritten = try await page.element("#section5")
                try await rewritten.clear()
                try await rewritten.type(written)
                try await page.element("#sections-form button[type='submit']").click()
                try await helpers.confirmation(page)
                #expect(try await page.elements("#section5-similarity.error-text").isEmpty)
                try await page.navigate(to: base + "/staff/reports/\(year)/publish")
                try await page.element("#no-findings")
                try await browser.screenshot("findings")
                try await page.element("#submit-form button").click()
                try await helpers.confirmation(page)
                #expect(try await page.element("#workflow-status").text == "待审核")
                try await helpers.signOut(page)

                // 4. The 审核人 passes it; the 负责人 signs and publishes it.
                try await helpers.signIn(page, base: base, username: "shenhe")
                try await page.navigate(to: base + "/staff/reports/\(year)/publish")
                try await browser.screenshot("review")
                try await page.element("#pass-form button").click()
                try await helpers.confirmation(page)
                #expect(try await page.element("#workflow-status").text == "待签发")
                try await helpers.signOut(page)
                try await helpers.signIn(page, base: base, username: "fuze")
                try await page.navigate(to: base + "/staff/reports/\(year)/publish")
                try await page.element("#sign-form button").click()
                try await helpers.confirmation(page)
                try await browser.screenshot("signed")
                try await page.element("#release-form button").click()
                try await helpers.confirmation(page)
                #expect(try await page.element("#workflow-status").text == "已发布")
                try await browser.screenshot("published")
                try await helpers.signOut(page)

                // 5. On the portal: the agency's page lists it; the report page offers the downloads.
                try await page.deleteAllCookies()
                try await page.navigate(to: base + "/agencies/\(agency)")
                try await page.element("#annual-reports a", withText: "\(year)年度报告").click()
                try await page.element("h2", withText: "江东市教育局\(year)年政府信息公开工作年度报告")
                try await browser.screenshot("portal-report")
                let citizen = server.client()
                for (link, name) in [("#download-docx", "report.docx"), ("#download-pdf", "report.pdf")] {
                    let href = try #require(try await page.element(link).attribute("href"))
                    let file = try await citizen.get(href)
                    if name.hasSuffix(".pdf"), !LibreOffice().isInstalled {
                        // Without LibreOffice the link says so instead of serving a file.
                        #expect(file.status == .serviceUnavailable && file.text.contains("PDF 版本暂时无法生成"))
                        continue
                    }
                    #expect(file.status == .ok, "\(href) answered \(file.status.code)")
                    let parsed = try ReportReader().read([UInt8](file.bytes), name: name, fileExtension: (name as NSString).pathExtension)
                    let errors = Auditor().audit(parsed).filter { $0.severity == .error }
                    #expect(errors.isEmpty, "gongkai check of the downloaded \(name): \(errors.map(\.message))")
                    #expect(parsed.report.year == year && parsed.report.agency == "江东市教育局")
                }
            }
        }
    }
}
