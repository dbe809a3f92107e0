import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Turns the bytes of a text file into a `String`, whatever encoding a government office saved it in.
///
/// Order of evidence: a byte-order mark; an encoding the caller found declared in the content
/// (an HTML `<meta charset>`); valid UTF-8; otherwise GB18030, the superset of GBK and GB2312 that
/// most Chinese government files not in UTF-8 use.
public enum TextDecoding {
    /// The encodings Gongkai reads.
    public enum Encoding: String, Sendable, Hashable {
        case utf8 = "UTF-8"
        case utf16LittleEndian = "UTF-16LE"
        case utf16BigEndian = "UTF-16BE"
        case gb18030 = "GB18030"

        /// The encoding named by a charset label (`gbk`, `gb2312`, `utf-8`…), or `nil` if unknown.
        public init?(label: some StringProtocol) {
            switch label.lowercased().trimmingCharacters(in: CharacterSet(charactersIn: " \"'")) {
            case "utf-8", "utf8": self = .utf8
            case "gbk", "gb2312", "gb18030", "gb_2312-80", "x-gbk", "cp936", "euc-cn", "x-euc-cn": self = .gb18030
            case "utf-16le": self = .utf16LittleEndian
            case "utf-16be", "utf-16": self = .utf16BigEndian
            default: return nil
            }
        }
    }

    /// Decodes `bytes`; `declared` is an encoding the content itself names, if any.
    /// Returns `nil` when the bytes are valid in no supported encoding.
    public static func decode(_ bytes: some Collection<UInt8>, declared: Encoding? = nil) -> (text: String, encoding: Encoding)? {
        let bytes = Array(bytes)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            return decodeUTF8(bytes.dropFirst(3)).map { ($0, .utf8) }
        }
        if bytes.starts(with: [0xFF, 0xFE]) {
            return decodeUTF16(bytes.dropFirst(2), bigEndian: false).map { ($0, .utf16LittleEndian) }
        }
        if bytes.starts(with: [0xFE, 0xFF]) {
            return decodeUTF16(bytes.dropFirst(2), bigEndian: true).map { ($0, .utf16BigEndian) }
        }
        if let declared {
            switch declared {
            case .gb18030: if let text = decodeGB18030(bytes) { return (text, .gb18030) }
            case .utf16LittleEndian: if let text = decodeUTF16(bytes[...], bigEndian: false) { return (text, declared) }
            case .utf16BigEndian: if let text = decodeUTF16(bytes[...], bigEndian: true) { return (text, declared) }
            case .utf8: break
            }
        }
        if let text = decodeUTF8(bytes[...]) { return (text, .utf8) }
        if let text = decodeGB18030(bytes) { return (text, .gb18030) }
        // A UTF-8 file with a few damaged bytes is still read, the damage shown as U+FFFD, rather
        // than refused whole: only text that is mostly invalid is given up on.
        let lossy = String(decoding: bytes, as: UTF8.self)
        var scalars = 0
        var replaced = 0
        for scalar in lossy.unicodeScalars {
            scalars += 1
            if scalar == "\u{FFFD}" { replaced += 1 }
        }
        if scalars > 0, replaced * 100 <= scalars { return (lossy, .utf8) }
        return nil
    }

    /// Strict UTF-8: `nil` on any invalid sequence.
    static func decodeUTF8(_ bytes: ArraySlice<UInt8>) -> String? {
        String(validating: bytes, as: UTF8.self)
    }

    static func decodeUTF16(_ bytes: ArraySlice<UInt8>, bigEndian: Bool) -> String? {
        guard bytes.count % 2 == 0 else { return nil }
        var units: [UInt16] = []
        units.reserveCapacity(bytes.count / 2)
        var index = bytes.startIndex
        while index < bytes.endIndex {
            let first = UInt16(bytes[index])
            let second = UInt16(bytes[index + 1])
            units.append(bigEndian ? first << 8 | second : second << 8 | first)
            index += 2
        }
        return String(validating: units, as: UTF16.self)
    }

    /// GB18030 through the C library's iconv; `nil` when the bytes are not valid GB18030.
    static func decodeGB18030(_ bytes: [UInt8]) -> String? {
        let converter = iconv_open("UTF-8", "GB18030")
        guard converter != iconv_t(bitPattern: -1) else { return nil }
        defer { iconv_close(converter) }
        // GB18030 uses at most 4 bytes per character, and UTF-8 at most 4: 2x is ample headroom.
        var output = [UInt8](repeating: 0, count: bytes.count * 2 + 16)
        var input = bytes
        let written: Int? = input.withUnsafeMutableBytes { inputBuffer in
            output.withUnsafeMutableBytes { outputBuffer in
                var inPointer = inputBuffer.baseAddress?.assumingMemoryBound(to: CChar.self)
                var inLeft = inputBuffer.count
                var outPointer = outputBuffer.baseAddress?.assumingMemoryBound(to: CChar.self)
                var outLeft = outputBuffer.count
                let result = iconv(converter, &inPointer, &inLeft, &outPointer, &outLeft)
                guard result != -1, inLeft == 0 else { return nil }
                return outputBuffer.count - outLeft
            }
        }
        guard let written else { return nil }
        return String(validating: output[..<written], as: UTF8.self)
    }
}
