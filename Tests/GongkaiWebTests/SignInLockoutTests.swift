import Foundation
import GongkaiApp
import Testing

@testable import GongkaiWeb

/// Sign-in throttling: five wrong passwords in a row lock the account for 15 minutes; during
/// the lock even the right password is refused; after it the account opens again.
@Suite("Sign-in lockout")
struct SignInLockoutTests {
    @Test("locked after 5 failures, the right password refused until the lock ends", arguments: TestBackend.available)
    func lockout(backend: TestBackend) async throws {
        try await TestServer.with(backend) { server in
            let browser = server.client()
            for attempt in 1...UserService.lockoutThreshold {
                let page = try await browser.signInAttempt("shenhe", password: "wrong-password-\(attempt)")
                #expect(page.status != .seeOther, "attempt \(attempt) signed in")
                if attempt < UserService.lockoutThreshold {
                    #expect(page.text.contains("用户名或密码不正确"), "attempt \(attempt): \(page.text.prefix(200))")
                } else {
                    Expect.status(page, 429, "the 5th failure locks")
                    #expect(page.text.contains("账号已暂时锁定"))
                }
            }
            let sixth = try await browser.signInAttempt("shenhe", password: TestServer.demoPassword)
            Expect.status(sixth, 429, "the right password during the lock")
            #expect(sixth.text.contains("账号已暂时锁定"))
            #expect(await browser.cookies["gk_session"] == nil, "a session was given during the lock")
            // Another account is not affected.
            let other = server.client()
            try await other.signIn("jingban", password: TestServer.demoPassword)

            server.clock.advance(by: UserService.lockoutDuration - 1)
            Expect.status(try await browser.signInAttempt("shenhe", password: TestServer.demoPassword), 429, "one second before the lock ends")
            server.clock.advance(by: 2)
            let opened = try await browser.signInAttempt("shenhe", password: TestServer.demoPassword)
            Expect.status(opened, 303, "after the lock")
            Expect.status(try await browser.get("/staff"), 200, "the console after the lock")
        }
    }
}
