import Foundation
import GongkaiApp
import Testing

@testable import GongkaiWeb

/// The headers every response carries, pages and error pages alike, and the cookies' flags.
@Suite("Security headers and cookies")
struct SecurityHeadersTests {
    @Test("CSP without inline script, no framing, nosniff, referrer policy — on pages and error pages", arguments: TestBackend.available)
    func headers(backend: TestBackend) async throws {
        try await TestServer.with(backend) { server in
            let visitor = server.client()
            let officer = try await server.client(signedInAs: "jingban")
            var pages: [WebPage] = []
            for path in [
                "/", "/agencies/\(server.homeAgencyID)", "/agencies/\(server.homeAgencyID)/apply", "/status", "/staff/login",
                "/static/site.css", "/no-such-page", "/agencies/not-an-id", "/staff",
            ] {
                pages.append(try await visitor.get(path))
            }
            pages.append(try await visitor.post("/status", [("caseNumber", "x")], csrf: .missing))
            pages.append(try await visitor.post("/status", [("caseNumber", "x"), ("queryCode", "y")]))
            // An issued letter's HTML preview (its own, stricter policy: no script at all).
            let filed = try await server.fileRequest(agencyID: server.homeAgencyID)
            let requestID = try await server.confirm(filed.submissionID, agencyID: server.homeAgencyID)
            let letterID = try #require(try await server.issueReply(requestID: requestID, agencyID: server.homeAgencyID))
            for path in [
                "/staff", "/staff/admin/users", "/staff/cases/\(UUID())", "/staff/requests/new",
                "/staff/cases/\(requestID)/letters/\(letterID)/html",
            ] {
                pages.append(try await officer.get(path))
            }
            let statuses = Set(pages.map(\.status.code))
            #expect(statuses.isSuperset(of: [200, 303, 403, 404, 422]), "not every kind of answer was checked: \(statuses.sorted())")
            for page in pages {
                let csp = page.headers.first(name: "Content-Security-Policy") ?? ""
                let directives = Dictionary(
                    csp.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces).split(separator: " ").map(String.init) }
                        .filter { !$0.isEmpty }.map { ($0[0], Array($0.dropFirst())) }, uniquingKeysWith: { first, _ in first })
                let scripts = directives["script-src"] ?? directives["default-src"] ?? []
                #expect(!scripts.isEmpty, "\(page): no script-src in CSP \(csp)")
                #expect(!scripts.contains("'unsafe-inline'") && !scripts.contains("'unsafe-eval'"), "\(page): CSP allows inline script: \(csp)")
                #expect(directives["frame-ancestors"] == ["'none'"], "\(page): frame-ancestors \(directives["frame-ancestors"] ?? [])")
                #expect(page.headers.first(name: "X-Frame-Options") == "DENY", "\(page)")
                #expect(page.headers.first(name: "X-Content-Type-Options") == "nosniff", "\(page)")
                let referrer = page.headers.first(name: "Referrer-Policy") ?? ""
                #expect(["no-referrer", "same-origin", "strict-origin", "strict-origin-when-cross-origin"].contains(referrer), "\(page): Referrer-Policy \(referrer)")
                if page.target.hasPrefix("/staff") || page.target.hasPrefix("/status") {
                    #expect(page.headers.first(name: "Cache-Control")?.contains("no-store") == true, "\(page) may be cached")
                }
                if page.headers.first(name: "Content-Type")?.hasPrefix("text/html") == true {
                    // What the CSP blocks, the page must not need: script never, inline style
                    // unless its policy allows it (the letter preview's print stylesheet).
                    #expect(page.html.firstMatch(of: /<script\b|\son[a-z]+=/.ignoresCase()) == nil, "\(page) has inline script")
                    if directives["style-src"]?.contains("'unsafe-inline'") != true {
                        #expect(page.html.firstMatch(of: /<style\b|\sstyle=/.ignoresCase()) == nil, "\(page) has inline style")
                    }
                }
            }
        }
    }

    @Test("session and CSRF cookies are HttpOnly, SameSite=Lax; signing in renews both", arguments: TestBackend.available)
    func cookies(backend: TestBackend) async throws {
        try await TestServer.with(backend) { server in
            let receipt = try await server.fileRequest(agencyID: server.homeAgencyID)
            let browser = server.client()
            #expect(await browser.cookies.isEmpty)
            _ = try await browser.get("/")
            #expect(await browser.cookies.isEmpty, "a plain public page set a cookie")
            // A citizen who looked up a request has a session; signing in replaces it and the anchor.
            Expect.status(try await browser.lookUp(caseNumber: receipt.caseNumber, queryCode: try #require(receipt.queryCode)), 303, "lookup")
            let before = await browser.cookies
            let anonymousSession = try #require(before["gk_session"])
            let anonymousAnchor = try #require(before["gk_csrf"])
            try await browser.signIn("jingban", password: TestServer.demoPassword)
            let after = await browser.cookies
            #expect(after["gk_session"] != nil && after["gk_session"] != anonymousSession, "the session was not renewed at sign-in")
            #expect(after["gk_csrf"] != nil && after["gk_csrf"] != anonymousAnchor, "the CSRF anchor was not renewed at sign-in")

            let headers = await browser.setCookieHeaders
            for name in ["gk_session", "gk_csrf"] {
                let set = headers.filter { $0.hasPrefix(name + "=") && !$0.hasPrefix(name + "=;") }
                #expect(!set.isEmpty, "\(name) never set")
                for header in set {
                    let attributes = header.split(separator: ";").dropFirst().map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
                    #expect(attributes.contains("httponly"), "\(header)")
                    #expect(attributes.contains("samesite=lax"), "\(header)")
                    #expect(attributes.contains("path=/"), "\(header)")
                    #expect(!attributes.contains("secure"), "Secure without HTTPS: \(header)")
                }
            }
            // Signing out ends the session on the server too: the old cookie opens nothing.
            let session = try #require(after["gk_session"])
            let signOut = try await browser.get("/staff").form(action: "/staff/logout")
            Expect.status(try await browser.submit(signOut), 303, "signing out")
            #expect(await browser.cookies["gk_session"] == nil)
            await browser.setCookie("gk_session", session)
            let replayed = try await browser.get("/staff")
            Expect.status(replayed, 303, "the console with a signed-out session cookie")
            #expect(replayed.location?.hasPrefix("/staff/login") == true)
        }
    }
}
