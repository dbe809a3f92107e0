import Foundation
import NIOCore
import Vapor
import Testing

/// A browser without a screen for route tests: keeps cookies as a browser does (session,
/// CSRF anchor), reads the `_csrf` token from the forms of the pages it gets, and posts forms as
/// a browser encodes them. Redirects are returned, not followed, unless asked.
actor WebClient {
    /// What to send as `_csrf`.
    enum CSRFChoice: Sendable {
        /// The token of a page this browser was shown (as a real form carries it).
        case valid
        /// No `_csrf` field at all.
        case missing
        /// This value instead.
        case forged(String)
    }

    let server: TestServer
    /// The cookies held, by name.
    private(set) var cookies: [String: String] = [:]
    /// Every `Set-Cookie` header received, as sent.
    private(set) var setCookieHeaders: [String] = []
    /// The last token read from a page, with the anchor cookie it belongs to.
    private var token: (anchor: String?, value: String)?

    init(server: TestServer) { self.server = server }

    // MARK: Requests

    /// GETs `target` ("/staff?filter=overdue").
    func get(_ target: String) async throws -> WebPage {
        try await send(.GET, target, contentType: nil, body: ByteBuffer())
    }

    /// GETs `target` and follows redirects (at most 5).
    func open(_ target: String) async throws -> WebPage {
        try await follow(try await get(target))
    }

    /// Follows the redirects of `page` with GETs, as a browser does after a 303.
    func follow(_ page: WebPage) async throws -> WebPage {
        var page = page
        for _ in 0..<5 {
            guard (300..<400).contains(page.status.code), let location = page.location else { return page }
            page = try await get(location)
        }
        Issue.record("more than 5 redirects from \(page.target)")
        return page
    }

    /// POSTs `fields` to `target` url-encoded (multipart when `files` are given), with a CSRF
    /// token as chosen.
    func post(
        _ target: String, _ fields: [(name: String, value: String)] = [], files: [(field: String, file: UploadFile?)] = [],
        multipart: Bool = false, csrf: CSRFChoice = .valid
    ) async throws -> WebPage {
        var fields = fields.filter { $0.name != "_csrf" }
        switch csrf {
        case .valid: fields.insert(("_csrf", try await csrfToken()), at: 0)
        case .missing: break
        case .forged(let value): fields.insert(("_csrf", value), at: 0)
        }
        let (contentType, body) =
            multipart || !files.isEmpty ? FormBody.multipart(fields, files: files) : FormBody.urlEncoded(fields)
        return try await send(.POST, target, contentType: contentType, body: body)
    }

    /// Submits `form` as the browser would: its own fields (its `_csrf` included), the chosen
    /// `files` for its file inputs, and the pressed `button` (name, value) if any.
    func submit(
        _ form: HTMLForm, button: (name: String, value: String)? = nil, files: [String: [UploadFile]] = [:],
        csrf: CSRFChoice? = nil
    ) async throws -> WebPage {
        var fields = form.fields
        if let csrf {
            fields.removeAll { $0.name == "_csrf" }
            if case .forged(let value) = csrf { fields.insert(("_csrf", value), at: 0) }
            if case .valid = csrf { fields.insert(("_csrf", try await csrfToken()), at: 0) }
        }
        if let button, !button.name.isEmpty { fields.append(button) }
        #expect(form.method == "POST", "submitting \(form)")
        let (contentType, body): (String, ByteBuffer)
        switch form.encoding {
        case .multipart:
            var parts: [(field: String, file: UploadFile?)] = []
            for input in form.fileInputs {
                let chosen = files[input] ?? []
                if chosen.isEmpty {
                    parts.append((field: input, file: nil))
                } else {
                    parts += chosen.map { (field: input, file: Optional($0)) }
                }
            }
            (contentType, body) = FormBody.multipart(fields, files: parts)
        case .urlEncoded:
            #expect(files.isEmpty, "\(form) takes no files")
            (contentType, body) = FormBody.urlEncoded(fields)
        }
        return try await send(.POST, form.action, contentType: contentType, body: body)
    }

    /// Sends a request with this browser's cookies and keeps the cookies of the answer.
    func send(_ method: HTTPMethod, _ target: String, contentType: String?, body: ByteBuffer, headers extra: HTTPHeaders = [:])
        async throws -> WebPage
    {
        var headers = extra
        if !cookies.isEmpty {
            headers.replaceOrAdd(name: .cookie, value: cookies.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: "; "))
        }
        if let contentType { headers.replaceOrAdd(name: .contentType, value: contentType) }
        headers.replaceOrAdd(name: .accept, value: "text/html,application/xhtml+xml")
        let response = try await server.send(HTTPExchange.Request(method: method, target: target, headers: headers, body: body))
        for header in response.headers[.setCookie] {
            setCookieHeaders.append(header)
            keep(header)
        }
        let page = WebPage(target: target, status: response.status, headers: response.headers, bytes: response.bytes)
        if let value = page.csrfToken { token = (cookies["gk_csrf"], value) }
        return page
    }

    // MARK: Sessions and tokens

    /// A valid CSRF token for this browser's current anchor cookie, from the last page shown,
    /// or from the status lookup page (which has a form) when the anchor changed since.
    func csrfToken() async throws -> String {
        if let token, token.anchor != nil, token.anchor == cookies["gk_csrf"] { return token.value }
        let page = try await get("/status")
        return try #require(page.csrfToken, "the status lookup page carries no _csrf token")
    }

    /// Signs in through the sign-in form; fails the test unless the server redirects into the console.
    func signIn(_ username: String, password: String) async throws {
        let page = try await signInAttempt(username, password: password)
        #expect(page.status == .seeOther, "signing in as \(username): \(page.status) \(page.text.prefix(300))")
        #expect(cookies["gk_session"] != nil, "no session cookie after signing in as \(username)")
    }

    /// One attempt at the sign-in form, whatever the outcome.
    func signInAttempt(_ username: String, password: String) async throws -> WebPage {
        var form = try await get("/staff/login").form(action: "/staff/login")
        form.fill(["username": username, "password": password])
        return try await submit(form)
    }

    /// Forgets every cookie (a new browser profile).
    func clearCookies() { cookies = [:] }

    /// Sets a cookie by hand (a forged or replayed cookie).
    func setCookie(_ name: String, _ value: String?) { cookies[name] = value }

    private func keep(_ header: String) {
        let parts = header.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }
        guard let pair = parts.first, let equals = pair.firstIndex(of: "=") else { return }
        let name = String(pair[..<equals])
        let value = String(pair[pair.index(after: equals)...])
        let attributes = parts.dropFirst().map { $0.lowercased() }
        let expired =
            value.isEmpty || attributes.contains("max-age=0")
            || attributes.contains { $0.hasPrefix("expires=") && $0.contains("1970") }
        cookies[name] = expired ? nil : value
    }
}
