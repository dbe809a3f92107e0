/// The measures of a document's body text: the height of its lines, the width of a character,
/// its left and right edges and line pitch — per page shape, as landscape pages have their own.
struct PDFTextMetrics: Sendable {
    struct Measures: Sendable {
        /// The height of a body line's box.
        var bodyHeight: Double
        /// The advance of one Chinese character.
        var em: Double
        var left: Double
        var right: Double
        /// The distance between the baselines of consecutive body lines.
        var pitch: Double
        /// Paragraphs begin with an indented first line (the common style), rather than only with space.
        var indentsParagraphs: Bool
    }

    private var portrait: Measures
    private var landscape: Measures
    private var landscapePages: Set<Int>

    init(_ lines: [PDFLine]) {
        var pages = Set<Int>()
        for line in lines where line.pageIsLandscape { pages.insert(line.page) }
        landscapePages = pages
        let upright = lines.filter { !pages.contains($0.page) }
        let wide = lines.filter { pages.contains($0.page) }
        portrait = Self.measure(upright) ?? Self.measure(lines) ?? Self.fallback
        // Type sizes and spacing are the document's; landscape pages (a wide table with perhaps
        // its heading) have only their own edges.
        landscape = portrait
        if let measured = Self.measure(wide) {
            landscape.left = measured.left
            landscape.right = measured.right
        }
    }

    func measures(for line: PDFLine) -> Measures {
        landscapePages.contains(line.page) ? landscape : portrait
    }

    func bodyHeight(for line: PDFLine) -> Double { measures(for: line).bodyHeight }

    private static let fallback = Measures(bodyHeight: 16, em: 16, left: 72, right: 520, pitch: 28, indentsParagraphs: true)

    /// The measures of `lines`: body lines are long runs of text without a wide gap (table rows
    /// and headers have gaps between their cells).
    private static func measure(_ lines: [PDFLine]) -> Measures? {
        let continuous = lines.filter { $0.segments(gapFactor: 1).count == 1 }
        guard let widest = continuous.map(\.width).max(), widest > 0 else { return nil }
        var body = continuous.filter { $0.width >= widest * 0.6 }
        if body.count < 3 { body = continuous }
        guard !body.isEmpty else { return nil }
        let bodyHeight = mode(body.map(\.height))
        body = body.filter { abs($0.height - bodyHeight) <= bodyHeight * 0.15 }
        var advance = 0.0
        var characters = 0
        for line in body {
            for word in line.words where word.text.count >= 2 && word.text.unicodeScalars.allSatisfy({ $0.value >= 0x3000 }) {
                advance += word.width
                characters += word.text.count
            }
        }
        let em = characters > 0 ? advance / Double(characters) : bodyHeight / 1.3
        let starts = body.map(\.minX).sorted()
        let left = starts[starts.count / 10]
        let ends = body.map(\.maxX).sorted()
        let right = ends[min(ends.count - 1, ends.count * 9 / 10)]
        var distances: [Double] = []
        for (upper, lower) in zip(body, body.dropFirst()) where upper.page == lower.page {
            let distance = lower.centerY - upper.centerY
            if distance > 0, distance < bodyHeight * 3 { distances.append(distance) }
        }
        let pitch = distances.isEmpty ? bodyHeight * 1.4 : mode(distances)
        let indented = body.filter { $0.minX >= left + em * 0.9 && $0.minX <= left + em * 2.6 }.count
        return Measures(
            bodyHeight: bodyHeight, em: em, left: left, right: right, pitch: pitch, indentsParagraphs: indented >= 2)
    }

    /// The most common value, in half-point steps.
    static func mode(_ values: [Double]) -> Double {
        var counts: [Int: Int] = [:]
        for value in values { counts[Int((value * 2).rounded()), default: 0] += 1 }
        guard let best = counts.max(by: { ($0.value, -$0.key) < ($1.value, -$1.key) }) else { return 0 }
        let members = values.filter { Int(($0 * 2).rounded()) == best.key }
        return members.reduce(0, +) / Double(members.count)
    }
}
