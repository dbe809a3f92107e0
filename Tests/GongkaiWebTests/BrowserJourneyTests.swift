import Foundation
import GongkaiApp
import GongkaiCore
import Testing

@testable import GongkaiWeb

/// The journey of issue 7 in a real browser (Debian's Chromium over WebDriver), against a real
/// server on a real database: a citizen files a request, the 经办人 confirms receipt and asks for
/// a 补正, the citizen supplies it online, the reply 予以公开 is drafted, approved by the 审核人
/// and issued, the citizen downloads the 答复书, and the annual report's table 3 counts it.
/// Screenshots of every step: `test-artifacts/screenshots/request-journey/`.
@Suite("Browser journey", .serialized)
struct BrowserJourneyTests {
    @Test("a request from the portal to the annual report, in Chromium")
    func requestJourney() async throws {
        try await TestServer.with(.sqlite, mode: .running) { server in
            let base = try #require(server.baseURL)
            let year = server.clock.appClock.today.year
            let citizen = Fixtures.Citizen(
                name: "林晓梅", idNumber: Fixtures.residentID("32010619850923004"), phone: "13951234567",
                address: "江东市东湖区梅园新村12号", email: "")
            let granted = "requests.granted[0]"
            let before = try await reportCell(server, year: year, cell: granted)

            try await Browser.with(journey: "request-journey") { browser in
                let page = browser.session

                // 1. The citizen finds the agency on the portal and opens its request form.
                try await page.navigate(to: base + "/")
                try await page.element("a[href='/agencies/\(server.homeAgencyID)']", withText: TestServer.homeAgencyName).click()
                try await page.element("a.button[href='/agencies/\(server.homeAgencyID)/apply']")
                try await browser.screenshot("agency-page")
                try await page.element("a.button[href='/agencies/\(server.homeAgencyID)/apply']").click()

                // 2. Fills it in as a 自然人 with a 居民身份证 and a phone, and submits.
                try await page.select("#applicantKind", value: "naturalPerson")
                try await page.element("#name").type(citizen.name)
                try await page.select("#idKind", value: "residentIDCard")
                try await page.element("#idNumber").type(citizen.idNumber)
                try await page.element("#phone").type(citizen.phone)
                try await page.element("#address").type(citizen.address)
                try await page.element("#content").type(Fixtures.content)
                try await page.element("input[name='deliveryForm'][value='electronic']").click()
                try await browser.screenshot("request-form")
                try await page.element("form[action$='/apply'] button[type='submit']").click()

                // 3. The receipt: 申请编号 and 查询码.
                let caseNumber = try await page.element("#case-number").text
                let queryCode = try await page.element("#query-code").text
                #expect(caseNumber.contains("依申请〔\(year)〕"), "申请编号 \(caseNumber)")
                #expect(queryCode.count == 14, "查询码 \(queryCode)")
                try await browser.screenshot("receipt")

                // 4. The 经办人 signs in, opens the pending request from the queue, confirms receipt.
                try await signIn(page, base: base, username: "jingban")
                try await browser.screenshot("queue")
                try await page.element("a[href^='/staff/submissions/']", withText: caseNumber).click()
                try await page.element("form[action$='/confirm'] button")
                try await browser.screenshot("pending-submission")
                try await page.element("form[action$='/confirm'] button").click()
                let caseURL = try await page.waitForURL("the case page") { $0.contains("/staff/cases/") }
                try await page.element("#case-status")
                try await browser.screenshot("case-received")

                // 5. 补正告知: the action's form, with what needs correcting.
                let correctionForm = "form:has(input[name='action'][value='correctionRequested'])"
                try await page.element("details.action:has(input[name='action'][value='correctionRequested']) > summary").click()
                try await page.element("\(correctionForm) textarea[name='note']").type("请写明所需检查报告的年度和学校范围")
                try await browser.screenshot("correction-notice-form")
                try await page.element("\(correctionForm) button[type='submit']").click()
                try await confirmation(page)
                #expect(try await page.pageSource.contains("补正"))
                try await browser.screenshot("correction-notice-sent")
                try await signOut(page)

                // 6. The citizen looks the request up and supplies the 补正 online.
                try await lookUp(page, base: base, caseNumber: caseNumber, queryCode: queryCode)
                try await page.element("#correction")
                try await browser.screenshot("status-correction-requested")
                try await page.element("#correction").type("所需为2025年度全市公办中小学校舍安全检查报告")
                try await page.element("form[action$='/correction'] button[type='submit']").click()
                try await confirmation(page)
                try await browser.screenshot("correction-supplied")

                // 7. The 经办人 drafts the reply 予以公开.
                try await signIn(page, base: base, username: "jingban")
                try await page.navigate(to: caseURL)
                try await page.element("details.action:has(form[action$='/drafts']) > summary").click()
                try await page.select("select[name='reply']", value: "provided")
                try await page.element("#providedItems").type("2025年度全市公办中小学校舍安全检查报告")
                try await page.select("select[name='deliveryForm']", value: "electronic")
                try await browser.screenshot("draft-reply")
                try await page.element("form[action$='/drafts'] button[type='submit']").click()
                try await confirmation(page)
                try await signOut(page)

                // 8. The 审核人 finds it in the queue and approves it.
                try await signIn(page, base: base, username: "shenhe")
                try await page.element("section[aria-labelledby='drafts-title'] a", withText: caseNumber).click()
                try await page.element("button[name='decision'][value='approve']")
                try await browser.screenshot("review")
                try await page.element("button[name='decision'][value='approve']").click()
                try await confirmation(page)
                try await browser.screenshot("approved")
                try await signOut(page)

                // 9. The 经办人 issues the 答复书.
                try await signIn(page, base: base, username: "jingban")
                try await page.navigate(to: caseURL)
                try await page.element("form[action$='/issue'] button[type='submit']").click()
                try await confirmation(page)
                try await browser.screenshot("issued")
                try await signOut(page)

                // 10. The citizen sees 已办结 and downloads the 答复书.
                try await lookUp(page, base: base, caseNumber: caseNumber, queryCode: queryCode)
                let state = try await page.element("#case-state").text
                #expect(state.contains("已办结"), "the status page says \(state)")
                try await browser.screenshot("status-closed")
                let letters = try await page.element("main table").text
                for title in ["补正告知书", "答复书"] { #expect(letters.contains(title), "the status page lists no \(title): \(letters)") }
                var formats: Set<LetterText.Format> = []
                for link in try await page.elements("a[href*='/letters/']") {
                    let href = try #require(try await link.attribute("href"))
                    let letter = try await browser.download(href.hasPrefix("http") ? href : base + href)
                    #expect(letter.status == 200, "\(href) answered \(letter.status)")
                    let format = try #require(LetterText.format(of: letter.bytes), "\(href) is neither PDF nor DOCX (\(letter.contentType))")
                    formats.insert(format)
                    let text = try LetterText.text(of: letter.bytes)
                    #expect(text.contains(caseNumber), "the \(format) letter does not name \(caseNumber)")
                    #expect(text.contains("答复"), "the \(format) letter is not a 答复书")
                }
                #expect(!formats.isEmpty, "no letter to download on the status page")

                // 11. The annual report's table 3 counts the request: 予以公开, 自然人.
                try await signIn(page, base: base, username: "jingban")
                try await page.navigate(to: base + "/staff/reports/\(year)")
                let cell = try await page.element("[data-cell=\"\(granted)\"]")
                try await cell.scrollIntoView()
                try await browser.screenshot("annual-report")
                let after = Int(try await cell.text.trimmingCharacters(in: .whitespacesAndNewlines))
                #expect(after != nil && before != nil && after == before.map { $0 + 1 }, "table 3 \(granted): before \(before.map(String.init) ?? "unknown"), after \(after.map(String.init) ?? "unreadable")")
            }
        }
    }

    /// The value of a table-3 cell on the annual report page, read as an officer over HTTP;
    /// `nil` (with the reason recorded) when the page does not show it.
    func reportCell(_ server: TestServer, year: Int, cell: String) async throws -> Int? {
        let officer = try await server.client(signedInAs: "jingban")
        let page = try await officer.get("/staff/reports/\(year)")
        guard page.status == .ok, let text = page.text(of: "data-cell", cell), let value = Int(text.trimmingCharacters(in: .whitespaces)) else {
            Issue.record("before the journey: /staff/reports/\(year) answered \(page.status.code) without a readable \(cell) cell")
            return nil
        }
        return value
    }

    /// Waits for the page a form post leads to and returns its notice ("已记录…"); an error page
    /// ends the journey at once with its status and message.
    @discardableResult
    func confirmation(_ page: WebDriverSession) async throws -> String {
        let deadline = ContinuousClock.now + .seconds(15)
        while ContinuousClock.now < deadline {
            if let notice = try await page.elements("p.notice").first { return try await notice.text }
            let title = try await page.title
            if let status = title.split(separator: " ").first.flatMap({ Int($0) }), status >= 400 {
                let message = (try? await page.element("main .error-text", timeout: .seconds(1)).text) ?? ""
                throw WebDriverError(description: "\(try await page.currentURL) answered \(status): \(message)")
            }
            try await Task.sleep(for: .milliseconds(100))
        }
        throw WebDriverError(description: "no notice after the post, at \(try await page.currentURL)")
    }

    func signIn(_ page: WebDriverSession, base: String, username: String) async throws {
        try await page.deleteAllCookies()
        try await page.navigate(to: base + "/staff/login")
        try await page.element("#username").type(username)
        try await page.element("#password").type(TestServer.demoPassword)
        try await page.element("form[action='/staff/login'] button[type='submit']").click()
        try await page.waitForURL("the console after signing in as \(username)") { $0.hasSuffix("/staff") }
    }

    func signOut(_ page: WebDriverSession) async throws {
        try await page.element("form[action='/staff/logout'] button").click()
        try await page.waitForURL("the sign-in page") { $0.contains("/staff/login") }
    }

    func lookUp(_ page: WebDriverSession, base: String, caseNumber: String, queryCode: String) async throws {
        try await page.deleteAllCookies()
        try await page.navigate(to: base + "/status")
        try await page.element("#caseNumber").type(caseNumber)
        try await page.element("#queryCode").type(queryCode)
        try await page.element("form[action='/status'] button[type='submit']").click()
        try await page.waitForURL("the status page") { $0.range(of: #"/status/[0-9A-Fa-f-]{36}$"#, options: .regularExpression) != nil }
    }
}
