/// Normalization of label text before comparing it with the template (templates.md §9).
///
/// Real reports write the same label many ways: spaces and line breaks from narrow cells, （一） or
/// (一), 1. or 1、, 釆 for 采, curly or straight quotes, `[bookmark: …]` from text extraction. All of
/// those fold to one form here, so matching code compares like with like.
public enum LabelText {
    /// The normalized form of `text`.
    public static func normalize(_ text: some StringProtocol) -> String {
        let source = stripBookmarks(String(text))
        var bytes: [UInt8] = []
        bytes.reserveCapacity(source.utf8.count)
        var previousWasDigit = false
        for scalar in source.unicodeScalars {
            if isSpace(scalar) || isQuote(scalar) { continue }
            var folded = scalar
            if (0xFF01...0xFF5E).contains(scalar.value), let ascii = Unicode.Scalar(scalar.value - 0xFEE0) {
                folded = ascii
            } else if scalar == "釆" {
                folded = "采"
            } else if (scalar == "、" || scalar == "。") && previousWasDigit {
                folded = "."
            }
            previousWasDigit = folded.value >= 0x30 && folded.value <= 0x39
            appendUTF8(folded, to: &bytes)
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    @inline(__always)
    static func appendUTF8(_ scalar: Unicode.Scalar, to bytes: inout [UInt8]) {
        let value = scalar.value
        switch value {
        case 0..<0x80:
            bytes.append(UInt8(value))
        case 0x80..<0x800:
            bytes.append(UInt8(0xC0 | value >> 6))
            bytes.append(UInt8(0x80 | value & 0x3F))
        case 0x800..<0x10000:
            bytes.append(UInt8(0xE0 | value >> 12))
            bytes.append(UInt8(0x80 | value >> 6 & 0x3F))
            bytes.append(UInt8(0x80 | value & 0x3F))
        default:
            bytes.append(UInt8(0xF0 | value >> 18))
            bytes.append(UInt8(0x80 | value >> 12 & 0x3F))
            bytes.append(UInt8(0x80 | value >> 6 & 0x3F))
            bytes.append(UInt8(0x80 | value & 0x3F))
        }
    }

    /// Whether `scalar` is white space of any kind, including U+3000 and zero-width marks.
    @inline(__always)
    public static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x20, 0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0xA0, 0x3000, 0x200B, 0xFEFF, 0x2028, 0x2029: true
        case 0x2000...0x200A: true
        default: false
        }
    }

    @inline(__always)
    static func isQuote(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "\u{201C}", "\u{201D}", "\u{2018}", "\u{2019}", "\"", "'", "「", "」", "『", "』", "＂", "＇": true
        default: false
        }
    }

    /// `text` without the `[bookmark: …]` markers that Word-to-text tools leave behind.
    public static func stripBookmarks(_ text: String) -> String {
        guard text.fastContains("[bookmark") else { return text }
        var result = ""
        var rest = Substring(text)
        while let start = rest.fastRange(of: "[bookmark") {
            result += rest[..<start.lowerBound]
            guard let end = rest[start.upperBound...].firstIndex(of: "]") else {
                rest = rest[start.lowerBound...]
                break
            }
            rest = rest[rest.index(after: end)...]
        }
        result += rest
        return result
    }

    /// `text` with runs of white space (including U+3000) removed at both ends.
    public static func trim(_ text: some StringProtocol) -> String {
        let string = String(text)
        let scalars = string.unicodeScalars
        guard let first = scalars.firstIndex(where: { !isSpace($0) }) else { return "" }
        let last = scalars.lastIndex(where: { !isSpace($0) })!
        if first == scalars.startIndex && scalars.index(after: last) == scalars.endIndex { return string }
        return String(string[first..<scalars.index(after: last)])
    }
}
