/// Reads the XHTML that `pdftotext -bbox` writes: `<page width height>` elements holding
/// `<word xMin yMin xMax yMax>text</word>` in the order poppler reads the text.
///
/// The format is regular and machine-written, so it is scanned byte by byte rather than run
/// through an XML parser: the output of a report is some 40 KB, read once per PDF.
enum BBoxParser {
    static func pages(_ bytes: [UInt8]) -> [PDFPage] {
        var pages: [PDFPage] = []
        bytes.withUnsafeBufferPointer { buffer in
            var scanner = Scanner(buffer)
            while let tag = scanner.nextTag() {
                switch tag {
                case .page(let width, let height): pages.append(PDFPage(width: width, height: height, words: []))
                case .word(let word):
                    if !pages.isEmpty, !word.text.isEmpty { pages[pages.count - 1].words.append(word) }
                }
            }
        }
        return pages
    }

    private enum Tag {
        case page(width: Double, height: Double)
        case word(PDFWord)
    }

    private struct Scanner {
        let bytes: UnsafeBufferPointer<UInt8>
        var index = 0

        init(_ bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

        /// The next `<page …>` or `<word …>…</word>`; other markup is skipped.
        mutating func nextTag() -> Tag? {
            while index < bytes.count {
                guard bytes[index] == UInt8(ascii: "<") else {
                    index += 1
                    continue
                }
                if matches("<page ") {
                    index += 6
                    let attributes = self.attributes()
                    return .page(width: attributes.width, height: attributes.height)
                }
                if matches("<word ") {
                    index += 6
                    let attributes = self.attributes()
                    let text = self.text()
                    return .word(
                        PDFWord(
                            text: text, minX: attributes.xMin, minY: attributes.yMin, maxX: attributes.xMax,
                            maxY: attributes.yMax))
                }
                index += 1
            }
            return nil
        }

        private func matches(_ literal: StaticString) -> Bool {
            matches(literal, at: index, end: bytes.count)
        }

        /// Whether the bytes from `start` begin with `literal`, within `end`.
        private func matches(_ literal: StaticString, at start: Int, end: Int) -> Bool {
            let count = literal.utf8CodeUnitCount
            guard start + count <= end else { return false }
            let bytes = literal.utf8Start
            for offset in 0..<count where self.bytes[start + offset] != bytes[offset] { return false }
            return true
        }

        /// The numeric attributes a page or word carries (0 where absent).
        struct Attributes {
            var width = 0.0
            var height = 0.0
            var xMin = 0.0
            var yMin = 0.0
            var xMax = 0.0
            var yMax = 0.0
        }

        /// Numeric attributes up to the end of the start tag (`>`), which is consumed. Names are
        /// compared as bytes: a dictionary of `String` keys per word was a tenth of the parse.
        private mutating func attributes() -> Attributes {
            var result = Attributes()
            while index < bytes.count, bytes[index] != UInt8(ascii: ">") {
                while index < bytes.count, bytes[index] <= 0x20 { index += 1 }  // white space
                let nameStart = index
                while index < bytes.count, bytes[index] != UInt8(ascii: "="), bytes[index] != UInt8(ascii: ">") {
                    index += 1
                }
                guard index < bytes.count, bytes[index] == UInt8(ascii: "=") else { break }
                var nameEnd = index
                while nameEnd > nameStart, bytes[nameEnd - 1] <= 0x20 { nameEnd -= 1 }
                index += 1
                guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") else { continue }
                index += 1
                let valueStart = index
                while index < bytes.count, bytes[index] != UInt8(ascii: "\"") { index += 1 }
                let value = Self.number(UnsafeBufferPointer(rebasing: bytes[valueStart..<index]))
                index += 1
                switch nameEnd - nameStart {
                case 4:
                    if matches("xMin", at: nameStart, end: nameEnd) { result.xMin = value }
                    if matches("yMin", at: nameStart, end: nameEnd) { result.yMin = value }
                    if matches("xMax", at: nameStart, end: nameEnd) { result.xMax = value }
                    if matches("yMax", at: nameStart, end: nameEnd) { result.yMax = value }
                case 5: if matches("width", at: nameStart, end: nameEnd) { result.width = value }
                case 6: if matches("height", at: nameStart, end: nameEnd) { result.height = value }
                default: break
                }
            }
            index += 1
            return result
        }

        /// The text up to `</word>`, with XML entities decoded.
        private mutating func text() -> String {
            let start = index
            while index < bytes.count, bytes[index] != UInt8(ascii: "<") { index += 1 }
            let raw = UnsafeBufferPointer(rebasing: bytes[start..<index])
            return raw.contains(UInt8(ascii: "&")) ? Self.decodeEntities(raw) : String(decoding: raw, as: UTF8.self)
        }

        /// A decimal number such as "234.600000".
        private static func number(_ digits: UnsafeBufferPointer<UInt8>) -> Double {
            var value = 0.0
            var scale = 0.0
            var negative = false
            for byte in digits {
                switch byte {
                case UInt8(ascii: "-"): negative = true
                case UInt8(ascii: "."): scale = 1
                case UInt8(ascii: "0")...UInt8(ascii: "9"):
                    if scale > 0 {
                        scale /= 10
                        value += Double(byte - UInt8(ascii: "0")) * scale
                    } else {
                        value = value * 10 + Double(byte - UInt8(ascii: "0"))
                    }
                default: break
                }
            }
            return negative ? -value : value
        }

        private static func decodeEntities(_ raw: UnsafeBufferPointer<UInt8>) -> String {
            let text = String(decoding: raw, as: UTF8.self)
            var result = ""
            var rest = Substring(text)
            while let ampersand = rest.firstIndex(of: "&") {
                result += rest[..<ampersand]
                guard let semicolon = rest[ampersand...].firstIndex(of: ";"),
                    rest.distance(from: ampersand, to: semicolon) <= 10
                else {
                    result += "&"
                    rest = rest[rest.index(after: ampersand)...]
                    continue
                }
                let name = rest[rest.index(after: ampersand)..<semicolon]
                switch name {
                case "amp": result += "&"
                case "lt": result += "<"
                case "gt": result += ">"
                case "quot": result += "\""
                case "apos": result += "'"
                default:
                    let hex = name.hasPrefix("#x") || name.hasPrefix("#X")
                    let digits = name.dropFirst(hex ? 2 : 1)
                    if name.hasPrefix("#"), let code = UInt32(digits, radix: hex ? 16 : 10),
                        let scalar = Unicode.Scalar(code)
                    {
                        result.unicodeScalars.append(scalar)
                    } else {
                        result += rest[ampersand...semicolon]
                    }
                }
                rest = rest[rest.index(after: semicolon)...]
            }
            result += rest
            return result
        }
    }
}
