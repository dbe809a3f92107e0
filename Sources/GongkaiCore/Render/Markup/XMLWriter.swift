/// A tiny XML writer for the parts of .docx and .xlsx packages: elements, attributes and text,
/// escaped, in the order they are written. No namespaces to resolve, no tree to build.
struct XMLWriter {
    private(set) var text: String

    /// A writer that begins with the standalone UTF-8 declaration every OOXML part carries, or
    /// (for SVG to be placed inside HTML) with nothing.
    init(declaration: Bool = true) {
        text = declaration ? "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n" : ""
        text.reserveCapacity(16 * 1024)
    }

    /// An element holding whatever `content` writes.
    mutating func element(_ name: String, _ attributes: [(String, String)] = [], _ content: (inout XMLWriter) -> Void) {
        open(name, attributes)
        content(&self)
        close(name)
    }

    /// An element holding only `text` (escaped).
    mutating func element(_ name: String, _ attributes: [(String, String)] = [], text: String) {
        open(name, attributes)
        self.text += Self.escape(text)
        close(name)
    }

    /// An element with no content: `<w:b/>`.
    mutating func empty(_ name: String, _ attributes: [(String, String)] = []) {
        text += "<" + name
        appendAttributes(attributes)
        text += "/>"
    }

    /// Character data, escaped.
    mutating func characters(_ value: String) {
        text += Self.escape(value)
    }

    mutating func open(_ name: String, _ attributes: [(String, String)] = []) {
        text += "<" + name
        appendAttributes(attributes)
        text += ">"
    }

    mutating func close(_ name: String) {
        text += "</" + name + ">"
    }

    private mutating func appendAttributes(_ attributes: [(String, String)]) {
        for (name, value) in attributes {
            text += " " + name + "=\"" + Self.escape(value, attribute: true) + "\""
        }
    }

    /// `value` with `&`, `<`, `>` (and in attributes `"`, tab and line breaks) escaped, and the
    /// characters XML 1.0 forbids (C0 controls other than tab and line breaks, U+FFFE, U+FFFF)
    /// left out.
    static func escape(_ value: String, attribute: Bool = false) -> String {
        guard
            value.utf8.contains(where: {
                $0 < 0x20 || $0 == 0x26 || $0 == 0x3C || $0 == 0x3E || $0 == 0x22 || $0 == 0xEF
            })
        else { return value }
        var result = ""
        result.reserveCapacity(value.utf8.count + 16)
        for scalar in value.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"" where attribute: result += "&quot;"
            case "\t" where attribute: result += "&#9;"
            case "\n" where attribute: result += "&#10;"
            case "\r": result += "&#13;"
            case "\t", "\n": result.unicodeScalars.append(scalar)
            case "\u{FFFE}", "\u{FFFF}": continue
            default:
                if scalar.value < 0x20 { continue }
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}
