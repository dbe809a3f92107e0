/// Finding the encoding an HTML page declares for itself.
enum HTMLCharset {
    /// How far into the page a declaration is looked for; HTML asks for it in the first 1,024
    /// bytes, CMS templates put long scripts first, so a little more is read.
    static let scanLimit = 4096

    /// The encoding named by `<meta charset=…>`, `<meta http-equiv="Content-Type"
    /// content="…; charset=…">` or an XML declaration's `encoding="…"`, if Gongkai knows it.
    static func declaredEncoding(in bytes: [UInt8]) -> TextDecoding.Encoding? {
        let window = bytes.prefix(scanLimit).map(LibXML.asciiLowercase)
        if let label = xmlDeclarationEncoding(window), let encoding = TextDecoding.Encoding(label: label) {
            return encoding
        }
        var searchFrom = 0
        while let meta = find(Array("<meta".utf8), in: window, from: searchFrom) {
            let end = window[meta...].firstIndex(of: UInt8(ascii: ">")) ?? window.endIndex
            if let charset = find(Array("charset".utf8), in: window[..<end], from: meta),
                let label = value(after: charset + 7, in: window[..<end]),
                let encoding = TextDecoding.Encoding(label: label)
            {
                return encoding
            }
            searchFrom = end
        }
        return nil
    }

    /// `encoding` in a leading `<?xml … ?>` (XHTML pages).
    private static func xmlDeclarationEncoding(_ window: [UInt8]) -> String? {
        var start = 0
        if window.starts(with: [0xEF, 0xBB, 0xBF]) { start = 3 }
        guard window[start...].starts(with: Array("<?xml".utf8)) else { return nil }
        let end = find(Array("?>".utf8), in: window, from: start) ?? window.endIndex
        guard let encoding = find(Array("encoding".utf8), in: window[..<end], from: start) else { return nil }
        return value(after: encoding + 8, in: window[..<end])
    }

    /// The label after `=` at `index`, unquoted: `= "gbk"`, `=gb2312;`.
    private static func value(after index: Int, in bytes: ArraySlice<UInt8>) -> String? {
        var cursor = index
        func skipSpaces() { while cursor < bytes.endIndex, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[cursor]) { cursor += 1 } }
        skipSpaces()
        guard cursor < bytes.endIndex, bytes[cursor] == UInt8(ascii: "=") else { return nil }
        cursor += 1
        skipSpaces()
        while cursor < bytes.endIndex, bytes[cursor] == UInt8(ascii: "\"") || bytes[cursor] == UInt8(ascii: "'") { cursor += 1 }
        let start = cursor
        while cursor < bytes.endIndex, isLabelByte(bytes[cursor]) { cursor += 1 }
        guard cursor > start else { return nil }
        return String(decoding: bytes[start..<cursor], as: UTF8.self)
    }

    private static func isLabelByte(_ byte: UInt8) -> Bool {
        (0x61...0x7A).contains(byte) || (0x30...0x39).contains(byte) || byte == 0x2D || byte == 0x5F || byte == 0x2E
            || byte == 0x3A
    }

    /// The index where `pattern` first occurs in `bytes` at or after `start`.
    private static func find(_ pattern: [UInt8], in bytes: ArraySlice<UInt8>, from start: Int) -> Int? {
        guard !pattern.isEmpty, bytes.count >= pattern.count else { return nil }
        var index = max(start, bytes.startIndex)
        while index + pattern.count <= bytes.endIndex {
            if bytes[index] == pattern[0], bytes[index..<index + pattern.count].elementsEqual(pattern) { return index }
            index += 1
        }
        return nil
    }

    private static func find(_ pattern: [UInt8], in bytes: [UInt8], from start: Int) -> Int? {
        find(pattern, in: bytes[...], from: start)
    }
}
