import AsyncHTTPClient
import Foundation
import NIOCore
import NIOHTTP1
import Testing

/// A W3C WebDriver client over HTTP: one browser session and the commands the journeys use.
///
///     let browser = try await Browser.start(journey: "request-journey")
///     try await browser.navigate(to: server.baseURL! + "/")
///     try await browser.element("a[href$='/apply']").click()
///     try await browser.screenshot("portal-home")
final class WebDriverSession: Sendable {
    /// The key of element references in the protocol.
    static let elementKey = "element-6066-11e4-a52e-4f735466cecf"

    let endpoint: String
    let sessionID: String
    private let http: HTTPClient

    private init(endpoint: String, sessionID: String, http: HTTPClient) {
        self.endpoint = endpoint
        self.sessionID = sessionID
        self.http = http
    }

    /// Opens a session on the driver at `endpoint` with `capabilities`.
    static func open(endpoint: String, capabilities: [String: Any], http: HTTPClient) async throws -> WebDriverSession {
        let value = try await command(http, .POST, endpoint + "/session", ["capabilities": ["alwaysMatch": capabilities]])
        let id = try #require((value as? [String: Any])?["sessionId"] as? String, "the driver returned no session id: \(String(describing: value))")
        return WebDriverSession(endpoint: endpoint, sessionID: id, http: http)
    }

    /// Ends the session (the browser quits).
    func close() async {
        _ = try? await Self.command(http, .DELETE, "\(endpoint)/session/\(sessionID)", nil)
    }

    // MARK: Navigation

    func navigate(to url: String) async throws { try await call(.POST, "url", ["url": url]) }

    var currentURL: String {
        get async throws { try #require(try await call(.GET, "url") as? String) }
    }

    var title: String {
        get async throws { try #require(try await call(.GET, "title") as? String) }
    }

    var pageSource: String {
        get async throws { try #require(try await call(.GET, "source") as? String) }
    }

    /// The page as a PNG.
    func screenshotPNG() async throws -> Data {
        let base64 = try #require(try await call(.GET, "screenshot") as? String)
        return try #require(Data(base64Encoded: base64))
    }

    /// The browser's cookies for the current page, HttpOnly ones included (name → value).
    func cookies() async throws -> [String: String] {
        let list = try #require(try await call(.GET, "cookie") as? [[String: Any]])
        var cookies: [String: String] = [:]
        for cookie in list {
            if let name = cookie["name"] as? String, let value = cookie["value"] as? String { cookies[name] = value }
        }
        return cookies
    }

    /// Forgets every cookie of the current site (another person at the same computer).
    func deleteAllCookies() async throws { try await call(.DELETE, "cookie") }

    /// Runs `script` in the page and returns its value.
    @discardableResult
    func execute(_ script: String, _ arguments: [Any] = []) async throws -> Any? {
        try await call(.POST, "execute/sync", ["script": script, "args": arguments])
    }

    // MARK: Elements

    /// The text of the first element matching `selector`, found again when the page was
    /// replaced between finding it and reading it (a redirect still loading: "stale element").
    func text(of selector: String, timeout: Duration = .seconds(5)) async throws -> String {
        let deadline = ContinuousClock.now + timeout
        while true {
            do {
                return try await element(selector, timeout: timeout).text
            } catch let error as WebDriverError where error.description.contains("stale element") && ContinuousClock.now < deadline {
                try await Task.sleep(for: .milliseconds(100))
            }
        }
    }

    /// The first element matching the CSS `selector`, waiting up to `timeout` for it to appear.
    @discardableResult
    func element(_ selector: String, timeout: Duration = .seconds(5)) async throws -> Element {
        let deadline = ContinuousClock.now + timeout
        while true {
            if let found = try await elements(selector).first { return found }
            if ContinuousClock.now >= deadline {
                let url = (try? await currentURL) ?? "?"
                let source = (try? await pageSource).map { HTML.text($0).prefix(600) } ?? ""
                throw WebDriverError(description: "no element matches \(selector) on \(url) within \(timeout); the page reads: \(source)")
            }
            try await Task.sleep(for: .milliseconds(100))
        }
    }

    /// The first element matching `selector` whose text is `text` (a link by its words), waiting
    /// up to `timeout`.
    @discardableResult
    func element(_ selector: String, withText text: String, timeout: Duration = .seconds(5)) async throws -> Element {
        let deadline = ContinuousClock.now + timeout
        while true {
            for candidate in try await elements(selector) where try await candidate.text.trimmingCharacters(in: .whitespacesAndNewlines) == text {
                return candidate
            }
            if ContinuousClock.now >= deadline {
                throw WebDriverError(description: "no \(selector) reading “\(text)” on \((try? await currentURL) ?? "?") within \(timeout)")
            }
            try await Task.sleep(for: .milliseconds(100))
        }
    }

    /// Picks the option `value` of the select matching `selector`, as a user clicks it.
    func select(_ selector: String, value: String) async throws {
        try await element("\(selector) option[value=\"\(value)\"]").click()
    }

    /// Every element matching `selector`, now.
    func elements(_ selector: String) async throws -> [Element] {
        let list = try #require(try await call(.POST, "elements", ["using": "css selector", "value": selector]) as? [[String: Any]])
        return list.compactMap { $0[Self.elementKey] as? String }.map { Element(session: self, id: $0) }
    }

    /// Waits until the page's URL satisfies `condition` (after a form post and its redirect).
    @discardableResult
    func waitForURL(timeout: Duration = .seconds(10), _ what: String, _ condition: (String) -> Bool) async throws -> String {
        let deadline = ContinuousClock.now + timeout
        while true {
            let url = try await currentURL
            if condition(url), (try await execute("return document.readyState") as? String) == "complete" { return url }
            if ContinuousClock.now >= deadline { throw WebDriverError(description: "the page did not reach \(what) within \(timeout); it is at \(url)") }
            try await Task.sleep(for: .milliseconds(100))
        }
    }

    /// An element of the page.
    struct Element: Sendable {
        let session: WebDriverSession
        let id: String

        func click() async throws { try await session.call(.POST, "element/\(id)/click", [String: Any]()) }

        func clear() async throws { try await session.call(.POST, "element/\(id)/clear", [String: Any]()) }

        /// Types `text` into the element (after clearing it).
        func type(_ text: String) async throws {
            try await clear()
            try await session.call(.POST, "element/\(id)/value", ["text": text])
        }

        var text: String {
            get async throws { try #require(try await session.call(.GET, "element/\(id)/text") as? String) }
        }

        func attribute(_ name: String) async throws -> String? {
            try await session.call(.GET, "element/\(id)/attribute/\(name)") as? String
        }

        func property(_ name: String) async throws -> Any? {
            try await session.call(.GET, "element/\(id)/property/\(name)")
        }

        /// Scrolls the page so that the element is in the middle of the window (for a screenshot).
        func scrollIntoView() async throws {
            try await session.execute(
                "arguments[0].scrollIntoView({block: 'center'})", [[WebDriverSession.elementKey: id]])
        }

        /// The first descendant matching `selector`.
        func element(_ selector: String) async throws -> Element {
            let value = try await session.call(.POST, "element/\(id)/element", ["using": "css selector", "value": selector])
            let reference = try #require((value as? [String: Any])?[WebDriverSession.elementKey] as? String, "no \(selector) inside the element")
            return Element(session: session, id: reference)
        }
    }

    // MARK: Protocol

    @discardableResult
    func call(_ method: HTTPMethod, _ path: String, _ body: Any? = nil) async throws -> Any? {
        try await Self.command(http, method, "\(endpoint)/session/\(sessionID)/\(path)", body ?? (method == .POST ? [String: Any]() : nil))
    }

    /// Sends one command; returns the answer's `value`, or throws the driver's error.
    static func command(_ http: HTTPClient, _ method: HTTPMethod, _ url: String, _ body: Any?) async throws -> Any? {
        var request = HTTPClientRequest(url: url)
        request.method = method
        if let body {
            request.headers.add(name: "Content-Type", value: "application/json; charset=utf-8")
            request.body = .bytes(try JSONSerialization.data(withJSONObject: body))
        }
        let response = try await http.execute(request, timeout: .seconds(180))
        let data = Data(try await response.body.collect(upTo: 64 << 20).readableBytesView)
        let json = try? JSONSerialization.jsonObject(with: data)
        let value = (json as? [String: Any])?["value"]
        guard response.status == .ok else {
            let detail = value as? [String: Any]
            throw WebDriverError(
                description: "WebDriver \(method) \(url) answered \(response.status.code): \(detail?["error"] ?? "") \(detail?["message"] ?? String(decoding: data.prefix(500), as: UTF8.self))")
        }
        return value is NSNull ? nil : value
    }
}

struct WebDriverError: Error, CustomStringConvertible {
    let description: String
}
