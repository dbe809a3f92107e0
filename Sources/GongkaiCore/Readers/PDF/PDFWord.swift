/// A word on a page with its box, in points from the top-left corner of the page as it is read
/// (upright): what `pdftotext -bbox` reports for a text layer.
struct PDFWord: Sendable, Hashable {
    var text: String
    var minX: Double
    var minY: Double
    var maxX: Double
    var maxY: Double

    var width: Double { maxX - minX }
    var height: Double { maxY - minY }
    var centerX: Double { (minX + maxX) / 2 }
    var centerY: Double { (minY + maxY) / 2 }
}

/// One page of words.
struct PDFPage: Sendable, Hashable {
    var width: Double
    var height: Double
    var words: [PDFWord]

    /// Whether the page is wider than it is tall (a landscape page, such as a wide table 3).
    var isLandscape: Bool { width > height }
}
