/// Collects Markdown's paragraphs and table rows into blocks in order.
struct MarkdownBlockBuilder {
    private(set) var blocks: [SourceBlock] = []
    private var paragraph = ""
    private var rows: [[String]] = []
    /// A table is open: its header or delimiter row has been read.
    private(set) var inTable = false

    /// Adds a prose line to the current paragraph, without a space between two CJK characters.
    mutating func append(prose line: String) {
        guard !line.isEmpty else { return }
        if let last = paragraph.last, let first = line.first {
            if !(CJKText.isCJK(last) && CJKText.isCJK(first)) { paragraph.append(" ") }
        }
        paragraph += line
    }

    mutating func append(paragraph text: String) {
        endParagraph()
        if !text.isEmpty { blocks.append(.paragraph(text)) }
    }

    mutating func append(row: [String]) {
        inTable = true
        if !row.isEmpty { rows.append(row) }
    }

    mutating func append(blocks more: [SourceBlock]) {
        endBlock()
        blocks += more
    }

    mutating func openTable() { inTable = true }

    mutating func endParagraph() {
        if !paragraph.isEmpty { blocks.append(.paragraph(paragraph)) }
        paragraph = ""
    }

    mutating func endTable() {
        if !rows.isEmpty { blocks.append(.table(SourceTable(rows: rows.map { $0.map { SourceCell($0) } }))) }
        rows = []
        inTable = false
    }

    mutating func endBlock() {
        endParagraph()
        endTable()
    }
}
