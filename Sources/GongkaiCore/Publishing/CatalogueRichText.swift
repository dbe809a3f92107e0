import Foundation

/// The rich text of catalogue bodies: a small, safe subset of Markdown, one construct per line.
///
/// - `# 标题`, `## 标题`, `### 标题` — headings (shown one level below the item's title);
/// - `- 项目` or `* 项目` — a bulleted list; `1. 项目` — a numbered list (consecutive lines);
/// - `| 甲 | 乙 |` — a table row; a row of dashes (`|---|---|`) under the first row makes it the header;
/// - `**加粗**` and `[文字](https://…)` inside any line — bold and links, links to http/https only;
/// - any other line — a paragraph (so the plain bodies written before stay as they were).
///
/// Nothing is ever interpreted as HTML: `<script>`, `onclick=…` or `style=…` are text, shown
/// escaped. Input is sanitised once, when saved (`sanitised`): control characters dropped, and
/// every link whose target is not a plain http(s) URL rewritten to its text, so what is stored is
/// already safe; the pages render the parsed `blocks` with escaped text and checked `href`s only.
public enum CatalogueRichText {
    /// A piece of a line.
    public struct Span: Sendable, Hashable, Codable {
        public let text: String
        public let bold: Bool
        /// An http(s) URL, for a link.
        public let href: String?
    }

    /// One block of the body.
    public enum Block: Sendable, Hashable {
        case heading(level: Int, [Span])
        case paragraph([Span])
        case list(ordered: Bool, items: [[Span]])
        case table(header: [[Span]]?, rows: [[[Span]]])
    }

    /// `source` as stored: `CatalogueText.sanitisedBody`, then unsafe links reduced to their text.
    public static func sanitised(_ source: String) -> String {
        CatalogueText.paragraphs(CatalogueText.sanitisedBody(source)).map(sanitisedLine).joined(separator: "\n\n")
    }

    /// The blocks of a (sanitised) body.
    public static func blocks(_ body: String) -> [Block] {
        var blocks: [Block] = []
        let lines = CatalogueText.paragraphs(body)
        var index = 0
        while index < lines.count {
            let line = lines[index]
            if let (level, text) = heading(line) {
                blocks.append(.heading(level: level, spans(text)))
                index += 1
            } else if let first = listItem(line) {
                var items = [spans(first.text)]
                index += 1
                while index < lines.count, let next = listItem(lines[index]), next.ordered == first.ordered {
                    items.append(spans(next.text))
                    index += 1
                }
                blocks.append(.list(ordered: first.ordered, items: items))
            } else if line.hasPrefix("|") {
                var rows: [[String]] = []
                var header: [String]?
                while index < lines.count, lines[index].hasPrefix("|") {
                    let cells = cellsOf(lines[index])
                    if cells.allSatisfy({ !$0.isEmpty && $0.allSatisfy { "-: ".contains($0) } }) {
                        if header == nil, rows.count == 1 { header = rows.removeFirst() }
                    } else {
                        rows.append(cells)
                    }
                    index += 1
                }
                blocks.append(.table(header: header.map { $0.map(spans) }, rows: rows.map { $0.map(spans) }))
            } else {
                blocks.append(.paragraph(spans(line)))
                index += 1
            }
        }
        return blocks
    }

    /// The body's text without markup (feeds, excerpts).
    public static func plainText(_ body: String) -> String {
        blocks(body).map { block -> String in
            switch block {
            case .heading(_, let spans), .paragraph(let spans): join(spans)
            case .list(_, let items): items.map(join).joined(separator: "\n")
            case .table(let header, let rows): ([header].compactMap { $0 } + rows).map { $0.map(join).joined(separator: "\t") }.joined(separator: "\n")
            }
        }.joined(separator: "\n")
    }

    /// `text` if it is an absolute http(s) URL with a host and nothing that could leave an attribute.
    public static func safeURL(_ text: String) -> String? {
        guard !text.contains(where: { $0.isWhitespace || "\"'<>`\\".contains($0) }),
            let url = URL(string: text), let scheme = url.scheme?.lowercased(), scheme == "http" || scheme == "https",
            let host = url.host, !host.isEmpty
        else { return nil }
        return text
    }

    // MARK: Lines

    static func heading(_ line: String) -> (Int, String)? {
        for level in (1...3).reversed() where line.hasPrefix(String(repeating: "#", count: level) + " ") {
            return (level + 1, String(line.dropFirst(level + 1)).trimmingCharacters(in: .whitespaces))
        }
        return nil
    }

    static func listItem(_ line: String) -> (ordered: Bool, text: String)? {
        if line.hasPrefix("- ") || line.hasPrefix("* ") { return (false, String(line.dropFirst(2))) }
        let digits = line.prefix { $0.isASCII && $0.isNumber }
        if !digits.isEmpty, digits.count <= 3, line.dropFirst(digits.count).hasPrefix(". ") {
            return (true, String(line.dropFirst(digits.count + 2)))
        }
        return nil
    }

    static func cellsOf(_ line: String) -> [String] {
        var inner = Substring(line)
        if inner.hasPrefix("|") { inner = inner.dropFirst() }
        if inner.hasSuffix("|") { inner = inner.dropLast() }
        return inner.split(separator: "|", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
    }

    /// A line with every link whose target is unsafe replaced by its text.
    static func sanitisedLine(_ line: String) -> String {
        var result = ""
        var rest = Substring(line)
        while let link = nextLink(in: rest) {
            result += rest[rest.startIndex..<link.range.lowerBound]
            result += safeURL(link.target) == nil ? link.text : String(rest[link.range])
            rest = rest[link.range.upperBound...]
        }
        return result + rest
    }

    /// The inline spans of a line: `**bold**` and `[text](url)` links (safe ones only).
    static func spans(_ line: String) -> [Span] {
        var spans: [Span] = []
        var rest = Substring(line)
        func addText(_ text: Substring) {
            var parts = text.components(separatedBy: "**")
            if parts.count % 2 == 0 { parts[parts.count - 2] += "**" + parts.removeLast() }  // an unclosed ** stays as typed
            for (index, part) in parts.enumerated() where !part.isEmpty {
                spans.append(Span(text: part, bold: index % 2 == 1, href: nil))
            }
        }
        while let link = nextLink(in: rest) {
            addText(rest[rest.startIndex..<link.range.lowerBound])
            if let href = safeURL(link.target) {
                spans.append(Span(text: link.text.isEmpty ? href : link.text, bold: false, href: href))
            } else {
                addText(Substring(link.text))
            }
            rest = rest[link.range.upperBound...]
        }
        addText(rest)
        return spans
    }

    static func nextLink(in text: Substring) -> (range: Range<Substring.Index>, text: String, target: String)? {
        var search = text.startIndex
        while let open = text[search...].firstIndex(of: "[") {
            guard let close = text[open...].range(of: "]("), let end = text[close.upperBound...].firstIndex(of: ")") else { return nil }
            let label = text[text.index(after: open)..<close.lowerBound]
            if label.contains("[") {
                search = text.index(after: open)
                continue
            }
            return (open..<text.index(after: end), String(label), String(text[close.upperBound..<end]))
        }
        return nil
    }

    static func join(_ spans: [Span]) -> String { spans.map(\.text).joined() }
}
