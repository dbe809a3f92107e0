/// Gathers the text of markup (HTML, WordprocessingML) into lines the way a browser lays it out:
/// runs of white space become one space, lines are trimmed, empty lines vanish.
///
/// Works on UTF-8 bytes so that a page's text is copied once, not appended character by character.
/// A run of white space that holds a line break between two CJK characters disappears entirely:
/// CMS editors wrap long Chinese sentences in the HTML source, and a space there is an artifact
/// (CSS Text 3 segment-break rule). Non-breaking spaces count as white space; ideographic spaces
/// (U+3000), zero-width spaces and BOMs are kept inside a line but trimmed at its edges.
struct LineBuilder {
    private var line: [UInt8] = []
    private var pendingSpace = false
    private var pendingBreak = false
    private var lastWasCJK = false

    /// Appends NUL-terminated UTF-8 text.
    mutating func append(_ text: UnsafePointer<UInt8>) {
        var count = 0
        while text[count] != 0 { count += 1 }
        append(UnsafeBufferPointer(start: text, count: count))
    }

    /// Appends UTF-8 text.
    mutating func append(_ text: UnsafeBufferPointer<UInt8>) {
        guard let base = text.baseAddress else { return }
        let end = text.count
        var index = 0
        while index < end {
            let byte = base[index]
            if byte < 0x80 {
                appendASCII(byte)
                index += 1
                continue
            }
            let length = Self.sequenceLength(byte)
            guard length > 1, index + length <= end else { index += 1; continue }  // stray or cut-off bytes
            var scalar = UInt32(byte) & (0xFF >> (length + 1))
            var complete = true
            for offset in 1..<length {
                let next = base[index + offset]
                guard next & 0xC0 == 0x80 else { complete = false; break }
                scalar = scalar << 6 | UInt32(next & 0x3F)
            }
            // libxml2 hands out valid UTF-8; a broken sequence is skipped a byte at a time.
            guard complete else { index += 1; continue }
            appendScalar(scalar, bytes: base + index, length: length)
            index += length
        }
    }

    /// Appends a short piece of text written in code (" ", "-").
    mutating func append(_ text: StaticString) {
        text.withUTF8Buffer { buffer in
            for byte in buffer { appendASCII(byte) }
        }
    }

    /// Ends the current line: returns it, or `nil` when it holds nothing but white space.
    mutating func takeLine() -> String? {
        defer {
            line.removeAll(keepingCapacity: true)
            pendingSpace = false
            pendingBreak = false
            lastWasCJK = false
        }
        while let last = line.last {
            if last == 0x20 {
                line.removeLast()
            } else if line.count >= 3, Self.isEdgeSpace(line[line.count - 3], line[line.count - 2], last) {
                line.removeLast(3)
            } else {
                break
            }
        }
        return line.isEmpty ? nil : String(decoding: line, as: UTF8.self)
    }

    private mutating func appendASCII(_ byte: UInt8) {
        switch byte {
        case 0x20, 0x09, 0x0C:
            if !line.isEmpty { pendingSpace = true }
        case 0x0A, 0x0D:
            if !line.isEmpty { pendingSpace = true; pendingBreak = true }
        case 0x00..<0x20, 0x7F:
            break  // control characters carry no text
        default:
            flushSpace(beforeCJK: false)
            line.append(byte)
            lastWasCJK = false
        }
    }

    private mutating func appendScalar(_ scalar: UInt32, bytes: UnsafePointer<UInt8>, length: Int) {
        if scalar == 0xA0 || (0x2000...0x200A).contains(scalar) || scalar == 0x2028 || scalar == 0x2029 {
            if !line.isEmpty { pendingSpace = true }
            return
        }
        if line.isEmpty, scalar == 0x3000 || scalar == 0x200B || scalar == 0xFEFF { return }
        let isCJK = Self.isCJK(scalar)
        flushSpace(beforeCJK: isCJK)
        line.append(contentsOf: UnsafeBufferPointer(start: bytes, count: length))
        lastWasCJK = isCJK
    }

    private mutating func flushSpace(beforeCJK: Bool) {
        guard pendingSpace else { return }
        if !(pendingBreak && lastWasCJK && beforeCJK) { line.append(0x20) }
        pendingSpace = false
        pendingBreak = false
    }

    @inline(__always)
    private static func sequenceLength(_ lead: UInt8) -> Int {
        switch lead {
        case 0xF0...0xF7: 4
        case 0xE0...0xEF: 3
        case 0xC0...0xDF: 2
        default: 1
        }
    }

    /// U+3000, U+200B and U+FEFF as UTF-8, trimmed at line ends.
    @inline(__always)
    private static func isEdgeSpace(_ first: UInt8, _ second: UInt8, _ third: UInt8) -> Bool {
        (first, second, third) == (0xE3, 0x80, 0x80) || (first, second, third) == (0xE2, 0x80, 0x8B)
            || (first, second, third) == (0xEF, 0xBB, 0xBF)
    }

    /// Same ranges as `CJKText.isCJK`, on a scalar value.
    @inline(__always)
    private static func isCJK(_ scalar: UInt32) -> Bool {
        (0x3000...0x9FFF).contains(scalar) || (0xFF00...0xFFEF).contains(scalar) || (0xF900...0xFAFF).contains(scalar)
            || (0x20000...0x2FFFF).contains(scalar)
    }
}
