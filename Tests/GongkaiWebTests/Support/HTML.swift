import Foundation

/// Just enough HTML reading for tests of server-rendered pages: attributes, entities, the text
/// a reader sees, and elements by id or attribute. The pages are our own well-formed templates.
enum HTML {
    /// `&lt;` `&amp;` `&quot;` `&#39;` `&#x4e2d;`… decoded.
    static func decodeEntities(_ text: String) -> String {
        guard text.contains("&") else { return text }
        let named = ["amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": "\u{00A0}"]
        var result = ""
        var rest = Substring(text)
        while let ampersand = rest.firstIndex(of: "&") {
            result += rest[..<ampersand]
            let after = rest[rest.index(after: ampersand)...]
            if let semicolon = after.prefix(10).firstIndex(of: ";") {
                let name = String(after[..<semicolon])
                var decoded: String?
                if name.hasPrefix("#x") || name.hasPrefix("#X") {
                    decoded = UInt32(name.dropFirst(2), radix: 16).flatMap(Unicode.Scalar.init).map { String($0) }
                } else if name.hasPrefix("#") {
                    decoded = UInt32(name.dropFirst()).flatMap(Unicode.Scalar.init).map { String($0) }
                } else {
                    decoded = named[name]
                }
                if let decoded {
                    result += decoded
                    rest = after[after.index(after: semicolon)...]
                    continue
                }
            }
            result += "&"
            rest = after
        }
        return result + rest
    }

    /// The attributes of a start tag's inside (`name="x" checked`), names lower-cased, values decoded.
    static func attributes(_ text: String) -> [String: String] {
        var attributes: [String: String] = [:]
        let pattern = /([^\s=\/>"']+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+)))?/
        for match in text.matches(of: pattern) {
            let name = String(match.1).lowercased()
            let value = match.2 ?? match.3 ?? match.4 ?? ""
            if attributes[name] == nil { attributes[name] = decodeEntities(String(value)) }
        }
        return attributes
    }

    /// The text of `html` as read: tags dropped (block ends as line breaks), entities decoded,
    /// runs of spaces collapsed.
    static func text(_ html: String) -> String {
        var text = html.replacing(/<(script|style)\b.*?<\/\1>/.dotMatchesNewlines(), with: "")
        text = text.replacing(/<\/(p|div|li|tr|h[1-6]|dt|dd|section|table|ul|ol)>|<br\s*\/?>/, with: "\n")
        text = text.replacing(/<[^>]*>/, with: "")
        text = decodeEntities(text)
        return text.split(separator: "\n").map { $0.split(whereSeparator: \.isWhitespace).joined(separator: " ") }
            .filter { !$0.isEmpty }.joined(separator: "\n")
    }

    /// The inner HTML of the first element whose start tag has `attribute="value"`.
    static func innerHTML(of html: String, attribute: String, value: String) -> String? {
        for match in html.matches(of: /<([a-zA-Z][a-zA-Z0-9]*)\b([^>]*)>/) {
            guard attributes(String(match.2))[attribute] == value else { continue }
            let tag = String(match.1).lowercased()
            let after = html[match.range.upperBound...]
            // Nested elements of the same tag are rare in our templates; count them anyway.
            var depth = 1
            let tags = after.matches(of: try! Regex("<(/?)\(tag)\\b[^>]*>").ignoresCase())
            for inner in tags {
                depth += inner.output[1].substring?.isEmpty == false ? -1 : 1
                if depth == 0 { return String(after[..<inner.range.lowerBound]) }
            }
            return nil
        }
        return nil
    }
}
