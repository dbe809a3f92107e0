import Foundation
import Testing

/// A form of a page as a browser would submit it: its action, encoding, the values of its
/// controls as rendered (hidden fields such as `_csrf`, selected options, checked boxes), the
/// choices each select or radio group offers, and its submit buttons.
struct HTMLForm: Sendable, CustomStringConvertible {
    enum Encoding: Sendable {
        case urlEncoded, multipart
    }

    let action: String
    let method: String
    let encoding: Encoding
    /// The successful controls, in document order (name, value).
    private(set) var fields: [(name: String, value: String)]
    /// The names of file inputs.
    let fileInputs: [String]
    /// The values offered by each select and radio group.
    let choices: [String: [String]]
    /// The submit buttons (name, value; an unnamed button has an empty name).
    let buttons: [(name: String, value: String)]

    var description: String { "form \(method) \(action) \(fields.map(\.name))" }

    /// Every form in `html`.
    static func all(in html: String) -> [HTMLForm] {
        html.matches(of: /<form\b([^>]*)>(.*?)<\/form>/.dotMatchesNewlines().ignoresCase()).map { match in
            HTMLForm(attributes: HTML.attributes(String(match.1)), body: String(match.2))
        }
    }

    private init(attributes: [String: String], body: String) {
        action = attributes["action"] ?? ""
        method = (attributes["method"] ?? "get").uppercased()
        encoding = attributes["enctype"] == "multipart/form-data" ? .multipart : .urlEncoded
        var fields: [(String, String)] = []
        var files: [String] = []
        var choices: [String: [String]] = [:]
        var buttons: [(String, String)] = []
        let controls = /<input\b([^>]*)>|<textarea\b([^>]*)>(.*?)<\/textarea>|<select\b([^>]*)>(.*?)<\/select>|<button\b([^>]*)>/
            .dotMatchesNewlines().ignoresCase()
        for match in body.matches(of: controls) {
            if let inside = match.1 {
                let input = HTML.attributes(String(inside))
                guard let name = input["name"], input["disabled"] == nil else { continue }
                let value = input["value"]
                switch (input["type"] ?? "text").lowercased() {
                case "checkbox", "radio":
                    choices[name, default: []].append(value ?? "on")
                    if input["checked"] != nil { fields.append((name, value ?? "on")) }
                case "file": files.append(name)
                case "submit", "image": buttons.append((name, value ?? ""))
                case "button", "reset": break
                default: fields.append((name, value ?? ""))
                }
            } else if let inside = match.2, let content = match.3 {
                let textarea = HTML.attributes(String(inside))
                guard let name = textarea["name"], textarea["disabled"] == nil else { continue }
                var text = HTML.decodeEntities(String(content))
                if text.hasPrefix("\n") { text.removeFirst() }
                fields.append((name, text))
            } else if let inside = match.4, let content = match.5 {
                let select = HTML.attributes(String(inside))
                guard let name = select["name"], select["disabled"] == nil else { continue }
                let options = content.matches(of: /<option\b([^>]*)>(.*?)(?=<option\b|<\/option>|$)/.dotMatchesNewlines().ignoresCase())
                    .map { option -> (value: String, selected: Bool) in
                        let attributes = HTML.attributes(String(option.1))
                        return (attributes["value"] ?? HTML.text(String(option.2)), attributes["selected"] != nil)
                    }
                choices[name] = options.map(\.value)
                if let chosen = options.first(where: \.selected) ?? options.first { fields.append((name, chosen.value)) }
            } else if let inside = match.6 {
                let button = HTML.attributes(String(inside))
                if (button["type"] ?? "submit").lowercased() == "submit" { buttons.append((button["name"] ?? "", button["value"] ?? "")) }
            }
        }
        self.fields = fields
        fileInputs = files
        self.choices = choices
        self.buttons = buttons
    }

    /// The value of the first control named `name`.
    subscript(name: String) -> String? { fields.first { $0.name == name }?.value }

    /// Sets the control `name` to `value` (a text field or textarea), as typing would.
    mutating func fill(_ name: String, _ value: String) {
        fields.removeAll { $0.name == name }
        fields.append((name, value))
    }

    /// Fills several fields.
    mutating func fill(_ values: [String: String]) {
        for (name, value) in values.sorted(by: { $0.key < $1.key }) { fill(name, value) }
    }

    /// Picks `value` in the select or radio group `name`; fails the test when the page does not
    /// offer it (a test may only choose what a user could).
    mutating func choose(_ name: String, _ value: String, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(choices[name]?.contains(value) == true, "\(name) offers \(choices[name] ?? []), not \(value)", sourceLocation: sourceLocation)
        fill(name, value)
    }

    /// Removes the control `name` (a forged or stripped form).
    mutating func remove(_ name: String) { fields.removeAll { $0.name == name } }
}
