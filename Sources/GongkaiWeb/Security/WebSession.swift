import GongkaiApp
import Vapor

/// The session of one request: values loaded from `web_sessions` by `WebSessionMiddleware`,
/// saved back only when changed. Holds the signed-in user's id, the requests a citizen has
/// unlocked with their 查询码, and a one-time notice for the next page.
final class WebSession: @unchecked Sendable {
    private let lock = NSLock()
    private var values: [String: String]
    private(set) var isChanged = false
    private(set) var isEnded = false
    /// The cookie value, once stored.
    var cookie: String?

    init(cookie: String?, values: [String: String]) {
        self.cookie = cookie
        self.values = values
    }

    subscript(key: String) -> String? {
        get { lock.withLock { values[key] } }
        set {
            lock.withLock {
                guard values[key] != newValue else { return }
                values[key] = newValue
                isChanged = true
            }
        }
    }

    var snapshot: [String: String] { lock.withLock { values } }

    /// Clears everything and asks for a new cookie (sign-in and sign-out: no session fixation).
    func renew() {
        lock.withLock {
            values = [:]
            isChanged = true
            isEnded = true
        }
    }

    /// A notice shown once on the next page ("已确认收到").
    func flash(_ message: String) { self["flash"] = message }

    /// Takes the notice (removing it).
    func takeFlash() -> String? {
        guard let message = self["flash"] else { return nil }
        self["flash"] = nil
        return message
    }
}

extension Request {
    private struct WebSessionKey: StorageKey {
        typealias Value = WebSession
    }

    /// The session (an empty one, not stored until written, when the route has none).
    var webSession: WebSession {
        if let session = storage[WebSessionKey.self] { return session }
        let session = WebSession(cookie: nil, values: [:])
        storage[WebSessionKey.self] = session
        return session
    }

    var hasLoadedSession: Bool { storage[WebSessionKey.self] != nil }

    func setWebSession(_ session: WebSession) { storage[WebSessionKey.self] = session }
}

/// Loads the session named by the `gk_session` cookie before the route and saves it after,
/// only when it changed (no database write on a page view that reads it).
struct WebSessionMiddleware: AsyncMiddleware {
    static let cookieName = "gk_session"

    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        let store = WebSessionStore(request.services)
        var values: [String: String] = [:]
        var cookie = request.cookies[Self.cookieName]?.string
        if let existing = cookie {
            if let stored = try await store.read(existing) {
                values = stored
            } else {
                cookie = nil
            }
        }
        let session = WebSession(cookie: cookie, values: values)
        request.setWebSession(session)
        let response: Response
        do {
            response = try await next.respond(to: request)
        } catch {
            // A failed request still keeps what the session learnt (e.g. the flash is not lost).
            try await save(session, request: request, store: store, response: nil)
            throw error
        }
        try await save(session, request: request, store: store, response: response)
        return response
    }

    private func save(_ session: WebSession, request: Request, store: WebSessionStore, response: Response?) async throws {
        guard session.isChanged else { return }
        if session.isEnded, let old = session.cookie {
            try await store.delete(old)
            session.cookie = nil
        }
        let values = session.snapshot
        if values.isEmpty {
            if let cookie = session.cookie { try await store.delete(cookie) }
            response?.cookies[Self.cookieName] = .expired
            return
        }
        if let cookie = session.cookie {
            try await store.update(cookie, data: values)
        } else {
            let cookie = try await store.create(values)
            session.cookie = cookie
            response?.cookies[Self.cookieName] = request.application.cookie(cookie)
        }
    }
}

extension Application {
    /// A cookie with the site's policy: HttpOnly, SameSite=Lax, Secure when served over HTTPS.
    func cookie(_ value: String) -> HTTPCookies.Value {
        HTTPCookies.Value(
            string: value, expires: nil, maxAge: nil, domain: nil, path: "/", isSecure: platform.settings.secureCookies,
            isHTTPOnly: true, sameSite: .lax)
    }
}
