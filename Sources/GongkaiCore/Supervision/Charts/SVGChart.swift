/// What every chart shares: an accessible SVG frame drawn as text on the server.
///
/// The `<svg>` has `role="img"` and is labelled by its `<title>` and described by its `<desc>`
/// (the figures in words, for screen readers); every bar and point carries its own `<title>`
/// (a tooltip) and its number in `data-value`. Text is escaped; the fonts fall back through the
/// common CJK faces to the system's sans-serif.
enum SVGChart {
    /// CJK fonts in the order browsers and converters are likely to have them.
    static let fontFamily =
        "'Noto Sans CJK SC', 'Source Han Sans SC', 'Microsoft YaHei', 'PingFang SC', 'WenQuanYi Micro Hei', sans-serif"

    /// Colours for the series (Okabe–Ito: told apart with the common colour-vision deficiencies).
    static let palette = ["#0072B2", "#E69F00", "#009E73", "#D55E00", "#CC79A7", "#56B4E9", "#999999", "#F0E442"]

    /// An SVG document `width` × `height` with `title` and `description`; `id` prefixes the ids
    /// so that several charts can share one page.
    static func document(
        id: String, width: Int, height: Int, title: String, description: String, _ content: (inout XMLWriter) -> Void
    ) -> String {
        var xml = XMLWriter(declaration: false)
        xml.element(
            "svg",
            [
                ("xmlns", "http://www.w3.org/2000/svg"), ("width", "\(width)"), ("height", "\(height)"),
                ("viewBox", "0 0 \(width) \(height)"), ("role", "img"), ("aria-labelledby", "\(id)-title \(id)-desc"),
                ("font-family", fontFamily), ("font-size", "12"), ("id", id),
            ]
        ) { xml in
            xml.element("title", [("id", "\(id)-title")], text: title)
            xml.element("desc", [("id", "\(id)-desc")], text: description)
            xml.empty("rect", [("width", "\(width)"), ("height", "\(height)"), ("fill", "#ffffff")])
            xml.element("text", [("x", "16"), ("y", "24"), ("font-size", "16"), ("font-weight", "bold")], text: title)
            content(&xml)
        }
        return xml.text
    }

    /// A "nice" axis maximum and step for values up to `maximum`: 1, 2 or 5 times a power of ten.
    static func axis(_ maximum: Int, ticks: Int = 5) -> (maximum: Int, step: Int) {
        guard maximum > 0 else { return (ticks, 1) }
        let rough = Double(maximum) / Double(ticks)
        var magnitude = 1
        while Double(magnitude * 10) <= rough { magnitude *= 10 }
        let step = [1, 2, 5, 10].map { $0 * magnitude }.first { Double($0) >= rough } ?? magnitude * 10
        return ((maximum + step - 1) / step * step, step)
    }

    /// "12,345".
    static func grouped(_ value: Int) -> String {
        let digits = String(abs(value))
        var result = ""
        for (offset, character) in digits.enumerated() {
            if offset > 0, (digits.count - offset) % 3 == 0 { result.append(",") }
            result.append(character)
        }
        return (value < 0 ? "-" : "") + result
    }

    /// `text` cut to `limit` characters with an ellipsis, for labels in a fixed column.
    static func clipped(_ text: String, _ limit: Int) -> String {
        text.count <= limit ? text : String(text.prefix(limit - 1)) + "…"
    }

    /// A coordinate with at most one decimal.
    static func number(_ value: Double) -> String {
        let rounded = (value * 10).rounded() / 10
        return rounded == rounded.rounded() ? String(Int(rounded)) : String(rounded)
    }
}
