import CLibXML2

/// Reads WordprocessingML as lines of text: the paragraphs and tables of the document body, or
/// the lines of one table cell.
struct DocxContentWalker: TreeVisitor {
    enum Mode {
        /// Lines become paragraphs; tables become tables.
        case document
        /// Lines are gathered for one cell; nested tables are flattened into them.
        case cell
    }

    let mode: Mode
    private var builder = LineBuilder()
    private(set) var blocks: [SourceBlock] = []
    private(set) var lines: [String] = []

    init(mode: Mode) { self.mode = mode }

    /// The blocks of `body` (normally `w:body`) in reading order.
    static func blocks(of body: xmlNodePtr) -> [SourceBlock] {
        var walker = DocxContentWalker(mode: .document)
        XMLTreeWalk.walk(body, with: &walker)
        walker.endLine()
        return walker.blocks
    }

    /// The text of a `w:tc`: its paragraphs joined with "\n", empty ones left out.
    static func cellText(of cell: xmlNodePtr) -> String {
        var walker = DocxContentWalker(mode: .cell)
        XMLTreeWalk.walk(cell, with: &walker)
        walker.endLine()
        return walker.lines.joined(separator: "\n")
    }

    mutating func enter(_ node: xmlNodePtr) -> Bool {
        guard node.isElement else { return false }
        switch WordElement(node) {
        case .paragraph, .row, .cell:
            endLine()
            return true
        case .text:
            var child = node.pointee.children
            while let text = child {
                if text.isText, let content = text.pointee.content { builder.append(content) }
                child = text.pointee.next
            }
            return false
        case .tab:
            builder.append(" ")
            return false
        case .lineBreak:
            endLine()
            return false
        case .hyphen:
            builder.append("-")
            return false
        case .table:
            endLine()
            if mode == .cell { return true }
            let table = DocxTableReader.read(node)
            if !table.rows.isEmpty { blocks.append(.table(table)) }
            return false
        case .skipped:
            return false
        case .container:
            return true
        }
    }

    mutating func exit(_ node: xmlNodePtr) {
        guard node.isElement else { return }
        switch WordElement(node) {
        case .paragraph, .row, .cell, .table: endLine()
        default: break
        }
    }

    private mutating func endLine() {
        guard let line = builder.takeLine() else { return }
        switch mode {
        case .document: blocks.append(.paragraph(line))
        case .cell: lines.append(line)
        }
    }
}
