import Foundation
import Vapor
import Testing

/// A response as the test browser received it, with the HTML read.
struct WebPage: Sendable, CustomStringConvertible {
    /// The path requested ("/staff/cases/…").
    let target: String
    let status: HTTPResponseStatus
    let headers: HTTPHeaders
    let bytes: Data

    /// The body as text.
    var html: String { String(decoding: bytes, as: UTF8.self) }

    /// The text a reader sees (tags dropped, entities decoded).
    var text: String { HTML.text(html) }

    /// The redirect target of a 3xx.
    var location: String? { headers.first(name: .location) }

    var forms: [HTMLForm] { HTMLForm.all(in: html) }

    /// The CSRF token of the page's forms.
    var csrfToken: String? { forms.lazy.compactMap { $0["_csrf"] }.first }

    var description: String { "\(status.code) \(target)" }

    /// The form posting to `action` (a GET form to the same address, such as a filter, is not
    /// it); fails the test when there is none.
    func form(action: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> HTMLForm {
        try #require(
            forms.first { $0.action == action && $0.method == "POST" },
            "\(target) has no form posting to \(action); it has \(forms.map(\.description))", sourceLocation: sourceLocation)
    }

    /// The form with a control `name` = `value` (the case page's action forms share one action).
    func form(where name: String, is value: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> HTMLForm {
        try #require(forms.first { $0[name] == value }, "\(target) has no form with \(name)=\(value)", sourceLocation: sourceLocation)
    }

    /// The text of the element with `id`.
    func text(ofID id: String) -> String? { HTML.innerHTML(of: html, attribute: "id", value: id).map(HTML.text) }

    /// The text of the first element whose `attribute` is `value`.
    func text(of attribute: String, _ value: String) -> String? {
        HTML.innerHTML(of: html, attribute: attribute, value: value).map(HTML.text)
    }

    /// The `href` of the first link reading `text`.
    func link(text: String) -> String? {
        html.matches(of: /<a\b([^>]*)>(.*?)<\/a>/.dotMatchesNewlines().ignoresCase())
            .first { HTML.text(String($0.2)) == text }
            .flatMap { HTML.attributes(String($0.1))["href"] }
    }

    /// The `href`s of the links on the page.
    var links: [String] {
        html.matches(of: /<a\b([^>]*)>/.ignoresCase()).compactMap { HTML.attributes(String($0.1))["href"] }
    }
}
