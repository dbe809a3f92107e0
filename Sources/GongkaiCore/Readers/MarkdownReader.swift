import Foundation

/// Reads Markdown as PDF-to-Markdown converters write it: headings, prose and pipe tables (and
/// the HTML tables some converters embed for merged cells).
public enum MarkdownReader {
    /// Reads Markdown text into paragraphs and tables in reading order.
    ///
    /// - Headings lose their `#`s; emphasis markers, links' targets and images go.
    /// - Consecutive prose lines join into one paragraph (without a space between two CJK
    ///   characters, with one otherwise); blank lines, headings and tables end paragraphs.
    ///   Bullets (`- `, `* `, `+ `) are dropped; numbering such as `1.` is kept.
    /// - Consecutive pipe-table lines form one table (delimiter rows skipped, `\|` a literal pipe,
    ///   `<br>` a line break inside the cell). A blank or other line ends the table; a table
    ///   resumed after a page number is a second table.
    /// - An embedded `<table>…</table>` block is read by `HTMLReader`, keeping its spans.
    /// - Tables a converter broke up are mended (`MarkdownFragments`): placeholder header rows
    ///   ("数据1…数据6") go, and row labels set as prose rejoin the rows of numbers after them.
    public static func read(_ text: String) -> SourceDocument {
        let lines = withoutComments(text).split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
        var builder = MarkdownBlockBuilder()
        var index = 0
        while index < lines.count {
            let line = Substring(lines[index].trimmingSpaces())
            index += 1
            if line.isEmpty || isRule(line) {
                builder.endBlock()
            } else if startsHTMLTable(line) {
                builder.endBlock()
                var html = [line]
                while !containsTableEnd(html[html.count - 1]), index < lines.count {
                    html.append(lines[index])
                    index += 1
                }
                let bytes = Array(html.joined(separator: "\n").utf8)
                builder.append(blocks: (try? HTMLReader.read(bytes).blocks) ?? [])
            } else if isTableLine(line, inTable: builder.inTable, next: index < lines.count ? lines[index] : nil) {
                builder.endParagraph()
                if MarkdownTableRow.isSeparator(line) {
                    builder.openTable()
                } else {
                    builder.append(row: MarkdownTableRow.cells(line).map(cellText))
                }
            } else if let heading = heading(line) {
                builder.endBlock()
                builder.append(paragraph: heading)
                builder.endBlock()
            } else {
                builder.endTable()
                let pieces = splitOnBreaks(withoutMarker(line)).map(MarkdownInline.plainText)
                for (number, piece) in pieces.enumerated() {
                    if number > 0 { builder.endParagraph() }
                    builder.append(prose: piece.trimmingSpaces())
                }
            }
        }
        builder.endBlock()
        return SourceDocument(blocks: MarkdownFragments.joined(builder.blocks))
    }

    /// Whether `text` reads as Markdown: it has a pipe-table delimiter row (`|---|`) or at least
    /// two `#` headings. Used to choose a reader by content.
    public static func looksLikeMarkdown(_ text: String) -> Bool {
        var headings = 0
        for rawLine in text.split(whereSeparator: \.isNewline) {
            let line = Substring(rawLine.trimmingSpaces())
            if line.utf8.contains(UInt8(ascii: "|")), line.utf8.contains(UInt8(ascii: "-")),
                MarkdownTableRow.isSeparator(line)
            {
                return true
            }
            if heading(line) != nil {
                headings += 1
                if headings >= 2 { return true }
            }
        }
        return false
    }

    // MARK: - Lines

    /// `#`…`######` followed by a space (or nothing): the heading text without the marks.
    static func heading(_ line: Substring) -> String? {
        let hashes = line.prefix { $0 == "#" }
        guard (1...6).contains(hashes.count) else { return nil }
        var rest = line.dropFirst(hashes.count)
        guard rest.isEmpty || rest.first == " " || rest.first == "\t" else { return nil }
        rest = Substring(rest.trimmingSpaces())
        // A closing run of #s, separated by a space, is decoration.
        let closing = rest.reversed().prefix { $0 == "#" }.count
        if closing > 0, closing == rest.count || rest.dropLast(closing).last == " " {
            rest = Substring(rest.dropLast(closing).trimmingSpaces())
        }
        return MarkdownInline.plainText(rest).trimmingSpaces()
    }

    /// A table row: it starts with a pipe, or has one and continues a table or precedes a delimiter row.
    private static func isTableLine(_ line: Substring, inTable: Bool, next: Substring?) -> Bool {
        if line.first == "|" { return true }
        guard MarkdownTableRow.hasPipe(line) else { return false }
        if inTable || MarkdownTableRow.isSeparator(line) { return true }
        return next.map { MarkdownTableRow.isSeparator(Substring($0.trimmingSpaces())) } ?? false
    }

    /// `---`, `***`, `___`, setext underlines (`===`) and code fences: layout only.
    private static func isRule(_ line: Substring) -> Bool {
        if line.hasPrefix("```") || line.hasPrefix("~~~") { return true }  // code fences: the text inside is read as prose
        guard let first = line.first, "-*_=".contains(first) else { return false }
        let marks = line.filter { $0 != " " }
        return marks.count >= 3 && marks.allSatisfy { $0 == first }
    }

    /// The line without a bullet (`- `, `* `, `+ `) or quote marker (`> `); numbering stays, and
    /// so does a page number written `- 3 -`.
    private static func withoutMarker(_ line: Substring) -> Substring {
        var rest = line
        while rest.first == ">" { rest = Substring(rest.dropFirst().trimmingSpaces()) }
        if let first = rest.first, "-*+".contains(first), rest.dropFirst().first == " ", !isPageNumber(rest) {
            rest = Substring(rest.dropFirst(2).trimmingSpaces())
        }
        return rest
    }

    /// `- 3 -`, `— 12 —`: a page number between dashes.
    private static func isPageNumber(_ line: Substring) -> Bool {
        let dashes: Set<Character> = ["-", "—", "–"]
        guard let first = line.first, let last = line.last, dashes.contains(first), dashes.contains(last) else { return false }
        let number = line.dropFirst().dropLast().trimmingSpaces()
        return !number.isEmpty && number.allSatisfy { $0.isASCII && $0.isNumber }
    }

    private static func cellText(_ raw: String) -> String {
        splitOnBreaks(Substring(raw))
            .map { MarkdownInline.plainText($0).trimmingSpaces() }
            .filter { !$0.isEmpty }
            .joined(separator: "\n")
    }

    /// Pieces of `text` between `<br>`, `<br/>` and `<br />` tags (any case).
    private static func splitOnBreaks(_ text: Substring) -> [Substring] {
        var pieces: [Substring] = []
        var pieceStart = text.startIndex
        var searchStart = text.startIndex
        guard text.utf8.contains(UInt8(ascii: "<")) else { return [text] }
        while let open = text[searchStart...].range(of: "<br", options: .caseInsensitive) {
            let afterName = text[open.upperBound...]
            let tail = afterName.prefix { $0 == " " || $0 == "/" }
            if afterName.dropFirst(tail.count).first == ">" {
                pieces.append(text[pieceStart..<open.lowerBound])
                pieceStart = afterName.dropFirst(tail.count + 1).startIndex
                searchStart = pieceStart
            } else {
                searchStart = open.upperBound  // "<break>", "<br" without a bracket: not a break
            }
        }
        pieces.append(text[pieceStart...])
        return pieces
    }

    private static func startsHTMLTable(_ line: Substring) -> Bool {
        line.prefix(6).lowercased() == "<table"
    }

    private static func containsTableEnd(_ line: Substring) -> Bool {
        line.utf8.contains(UInt8(ascii: "<")) && line.range(of: "</table", options: .caseInsensitive) != nil
    }

    /// `text` without terminated HTML comments (`<!-- … -->`, possibly over several lines). A
    /// comment alone on its lines takes those lines with it, so prose broken by a converter's
    /// `<!-- page 3 -->` marker joins up again.
    private static func withoutComments(_ text: String) -> String {
        guard text.fastContains("<!--") else { return text }
        var result = ""
        var rest = Substring(text)
        while let open = rest.range(of: "<!--"), let close = rest[open.upperBound...].range(of: "-->") {
            var before = rest[..<open.lowerBound]
            var after = rest[close.upperBound...]
            let lineStart = before.lastIndex(where: \.isNewline).map(before.index(after:)) ?? before.startIndex
            let lineEnd = after.firstIndex(where: \.isNewline)
            if before[lineStart...].allSatisfy({ $0 == " " || $0 == "\t" }),
                let lineEnd, after[..<lineEnd].allSatisfy({ $0 == " " || $0 == "\t" })
            {
                before = before[..<lineStart]
                after = after[after.index(after: lineEnd)...]
            }
            result += before
            rest = after
        }
        result += rest
        return result
    }
}
