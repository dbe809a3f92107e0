import Foundation

/// A grey page image (binary PGM, as `pdftoppm -gray` writes it), and the one clean-up OCR of a
/// report page needs: taking out the table rules, which tesseract otherwise reads as 一, 丨 or
/// brackets and which join the text of neighbouring cells.
struct ScanImage {
    var width: Int
    var height: Int
    var pixels: [UInt8]

    /// A pixel darker than this is ink.
    static let inkLevel: UInt8 = 160

    init?(contentsOf url: URL) {
        guard let data = try? Data(contentsOf: url) else { return nil }
        self.init(pgm: [UInt8](data))
    }

    init?(pgm bytes: [UInt8]) {
        // "P5", width, height, maxval, each followed by white space; comments start with '#'.
        var fields: [Int] = []
        var index = 2
        guard bytes.count > 2, bytes[0] == UInt8(ascii: "P"), bytes[1] == UInt8(ascii: "5") else { return nil }
        while fields.count < 3, index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "#") {
                while index < bytes.count, bytes[index] != 0x0A { index += 1 }
            } else if (0x30...0x39).contains(byte) {
                var value = 0
                while index < bytes.count, (0x30...0x39).contains(bytes[index]) {
                    value = value * 10 + Int(bytes[index] - 0x30)
                    index += 1
                }
                fields.append(value)
                continue
            }
            index += 1
        }
        guard fields.count == 3, fields[2] == 255, fields[0] > 0, fields[1] > 0 else { return nil }
        let count = fields[0] * fields[1]
        guard bytes.count - index >= count else { return nil }
        width = fields[0]
        height = fields[1]
        pixels = Array(bytes[index..<(index + count)])
    }

    func write(to url: URL) throws {
        var bytes = Array("P5\n\(width) \(height)\n255\n".utf8)
        bytes += pixels
        try Data(bytes).write(to: url)
    }

    /// Whitens straight runs of ink longer than any stroke of text: horizontal runs over half an
    /// inch and vertical runs over a third of an inch at 300 dpi (scaled to the image's width).
    mutating func removeRules() {
        let scale = Double(width) / 2480
        let horizontal = Int(150 * scale)
        let vertical = Int(100 * scale)
        var erase = [Bool](repeating: false, count: pixels.count)
        for row in 0..<height {
            var start = 0
            while start < width {
                guard pixels[row * width + start] < Self.inkLevel else {
                    start += 1
                    continue
                }
                var end = start
                while end < width, pixels[row * width + end] < Self.inkLevel { end += 1 }
                if end - start >= horizontal { for column in start..<end { erase[row * width + column] = true } }
                start = end
            }
        }
        for column in 0..<width {
            var start = 0
            while start < height {
                guard pixels[start * width + column] < Self.inkLevel else {
                    start += 1
                    continue
                }
                var end = start
                while end < height, pixels[end * width + column] < Self.inkLevel { end += 1 }
                if end - start >= vertical { for row in start..<end { erase[row * width + column] = true } }
                start = end
            }
        }
        for index in pixels.indices where erase[index] { pixels[index] = 255 }
    }
}
