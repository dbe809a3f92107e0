import Foundation
import GongkaiApp
import Testing

@testable import GongkaiWeb

/// A session lives 2 hours without use and 12 hours at most: an officer who keeps reading pages
/// (no change to the session itself) stays signed in; one who walks away is signed out.
@Suite("Session lifetime")
struct SessionLifetimeTests {
    @Test("page views keep a session alive; idleness and the absolute limit end it", arguments: TestBackend.available)
    func slidingExpiry(backend: TestBackend) async throws {
        try await TestServer.with(backend) { server in
            let store = WebSessionStore(server.services)
            let officer = server.client()
            try await officer.signIn("jingban", password: TestServer.demoPassword)
            // Reading a page every 50 minutes (no change to the session) keeps it open past the
            // 2-hour idle lifetime, up to the 12-hour limit, and not beyond it.
            var elapsed: TimeInterval = 0
            while elapsed + 3000 < store.absoluteLifetime {
                server.clock.advance(by: 3000)
                elapsed += 3000
                try await server.waitOutReadMemo()
                Expect.status(try await officer.get("/staff"), 200, "a page view after \(Int(elapsed / 60)) minutes of use")
            }
            #expect(elapsed > 2 * store.idleLifetime)
            server.clock.advance(by: 3000)
            try await server.waitOutReadMemo()
            #expect(try await officer.get("/staff").status == .seeOther, "a session outlived the 12-hour limit")

            let idler = server.client()
            try await idler.signIn("shenhe", password: TestServer.demoPassword)
            Expect.status(try await idler.get("/staff"), 200, "signed in")
            server.clock.advance(by: store.idleLifetime + 1)
            try await server.waitOutReadMemo()
            let after = try await idler.get("/staff")
            #expect(after.status == .seeOther, "an idle session still opens the console: \(after.status)")
        }
    }
}
