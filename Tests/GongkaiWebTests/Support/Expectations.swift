import Foundation
import Testing

/// Checks shared by the page tests.
enum Expect {
    /// `page` shows `value` as text (entities decoded) and never contains the raw markup of
    /// `Fixtures.script`: what a user typed is displayed, not run.
    static func escaped(_ page: WebPage, shows value: String, _ what: String, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(!page.html.contains(Fixtures.script), "\(what): raw <script> on \(page.target)", sourceLocation: sourceLocation)
        #expect(page.html.contains("&lt;script&gt;") || !value.contains("<"), "\(what): no escaped markup on \(page.target)", sourceLocation: sourceLocation)
        #expect(page.text.contains(value), "\(what): \(value) not shown on \(page.target)", sourceLocation: sourceLocation)
    }

    /// `page` has status `status`, with its text in the message when not.
    static func status(_ page: WebPage, _ status: UInt, _ what: String, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(page.status.code == status, "\(what): \(page) \(page.text.prefix(400))", sourceLocation: sourceLocation)
    }

    /// The form field block (`div.field`) around the control with `id`, and whether it is
    /// marked as having an error, with its error text.
    static func fieldError(_ page: WebPage, id: String) -> String? {
        let pattern = try! Regex(#"<div class="([^"]*)"[^>]*>((?:(?!<div\b).)*?id="\#(id)"(?:(?!<div\b).)*?)</div>"#).dotMatchesNewlines()
        guard let match = page.html.firstMatch(of: pattern), let classes = match.output[1].substring,
            classes.contains("has-error"), let inner = match.output[2].substring
        else { return nil }
        let error = inner.firstMatch(of: /<p class="error-text">(.*?)<\/p>/.dotMatchesNewlines())
        return error.map { HTML.text(String($0.1)) } ?? ""
    }
}
