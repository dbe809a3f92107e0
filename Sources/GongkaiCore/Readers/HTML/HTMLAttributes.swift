/// The few HTML attributes the reader looks at, read from libxml2's SAX attribute list.
struct HTMLAttributes {
    var columnSpan = 1
    var rowSpan = 1
    /// Hidden by the element's own markup (`hidden`, or `display:none` inline), as CMS pages
    /// hide print-only copies and templates. Style sheets are not consulted.
    var isHidden = false

    private static let colspan = NameKey("colspan")
    private static let rowspan = NameKey("rowspan")
    private static let hidden = NameKey("hidden")
    private static let style = NameKey("style")

    /// Reads a NULL-terminated list of name/value pairs (a value may be NULL: `<div hidden>`).
    init(_ list: UnsafeMutablePointer<UnsafePointer<UInt8>?>?, isCell: Bool) {
        guard var pair = list else { return }
        while let name = pair[0] {
            let value = pair[1]
            switch NameKey(name) {
            case Self.colspan? where isCell: columnSpan = SpanValue.parse(value)
            case Self.rowspan? where isCell: rowSpan = SpanValue.parse(value)
            case Self.hidden?: isHidden = true
            case Self.style?: if let value, Self.declaresDisplayNone(value) { isHidden = true }
            default: break
            }
            pair += 2
        }
    }

    /// Whether an inline style holds `display: none` (any case and spacing), read in place.
    static func declaresDisplayNone(_ style: UnsafePointer<UInt8>) -> Bool {
        let display = Self.display
        var index = 0
        while style[index] != 0 {
            guard LibXML.asciiLowercase(style[index]) == display[0], matches(display, in: style, at: index) else {
                index += 1
                continue
            }
            var cursor = index + display.count
            while isSpace(style[cursor]) { cursor += 1 }
            if style[cursor] == UInt8(ascii: ":") {
                cursor += 1
                while isSpace(style[cursor]) { cursor += 1 }
                if matches(Self.none, in: style, at: cursor) { return true }
            }
            index = cursor
        }
        return false
    }

    private static let display = Array("display".utf8)
    private static let none = Array("none".utf8)

    private static func matches(_ word: [UInt8], in text: UnsafePointer<UInt8>, at start: Int) -> Bool {
        for offset in 0..<word.count where LibXML.asciiLowercase(text[start + offset]) != word[offset] {
            return false  // also stops at the terminating NUL, which matches no letter
        }
        return true
    }

    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
    }
}
