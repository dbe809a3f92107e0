@testable import GongkaiCore

/// Lays out words on a page as a PDF's text layer gives them: each word with its box, Chinese
/// characters one em wide, digits and Latin letters half an em, boxes 1.3 em tall.
struct PageBuilder {
    var width = 595.0
    var height = 842.0
    var words: [PDFWord] = []

    /// A word of `size` points whose left edge is at `x` and whose line's middle is at `y`.
    @discardableResult
    mutating func word(_ text: String, x: Double, y: Double, size: Double) -> PDFWord {
        let advance = text.reduce(0.0) { $0 + (CJKText.isCJK($1) ? size : size * 0.5) }
        let word = PDFWord(
            text: text, minX: x, minY: y - size * 0.65, maxX: x + advance, maxY: y + size * 0.65)
        words.append(word)
        return word
    }

    /// Words at the given x positions on the line at `y`.
    mutating func cells(_ y: Double, _ cells: [(x: Double, text: String)], size: Double = 10) {
        for cell in cells where !cell.text.isEmpty { word(cell.text, x: cell.x, y: y, size: size) }
    }

    /// A paragraph of body text: first line indented two characters, 26 characters to a line from x = 80.
    mutating func paragraph(_ text: String, y: inout Double, size: Double = 16, indent: Bool = true) {
        var rest = Substring(text)
        var first = true
        while !rest.isEmpty {
            let room = first && indent ? 24 : 26
            let line = rest.prefix(room)
            word(String(line), x: 80 + (first && indent ? 2 * size : 0), y: y, size: size)
            rest = rest.dropFirst(line.count)
            first = false
            y += size * 1.8
        }
    }

    /// A line centred on the page.
    mutating func centred(_ text: String, y: Double, size: Double) {
        let advance = text.reduce(0.0) { $0 + (CJKText.isCJK($1) ? size : size * 0.5) }
        word(text, x: (width - advance) / 2, y: y, size: size)
    }

    var page: PDFPage { PDFPage(width: width, height: height, words: words) }
}
