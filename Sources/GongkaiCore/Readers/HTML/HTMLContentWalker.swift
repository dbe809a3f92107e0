/// Reads an `HTMLTree` as lines of text: the paragraphs and tables of a page, or the lines of
/// one table cell.
struct HTMLContentWalker: TreeVisitor {
    enum Mode {
        /// Lines become paragraphs; data tables become tables.
        case document
        /// Lines are gathered for one cell; nested tables are flattened into them.
        case cell
    }

    let tree: HTMLTree
    let mode: Mode
    private var builder = LineBuilder()
    private(set) var blocks: [SourceBlock] = []
    private var lines: [String] = []

    init(tree: HTMLTree, mode: Mode) {
        self.tree = tree
        self.mode = mode
    }

    /// The blocks of the whole page.
    static func blocks(of tree: HTMLTree) -> [SourceBlock] {
        var walker = HTMLContentWalker(tree: tree, mode: .document)
        tree.walk(from: HTMLTree.root, with: &walker)
        walker.endLine()
        return walker.blocks
    }

    /// The text of a cell (or caption): its lines joined with "\n"; "" when blank. A cell walker
    /// is reused for every cell of a table so its line buffer is allocated once.
    mutating func cellText(of cell: Int) -> String {
        lines.removeAll(keepingCapacity: true)
        let tree = self.tree
        tree.walk(from: cell, with: &self)
        endLine()
        return lines.count == 1 ? lines[0] : lines.joined(separator: "\n")
    }

    mutating func enter(_ node: Int) -> Bool {
        let current = tree[node]
        if current.isText {
            tree.withText(of: node) { builder.append($0) }
            return false
        }
        switch current.tag {
        case .skipped:
            return false
        case .lineBreak:
            endLine()
            return false
        case .inline:
            return true
        case .block, .tablePart:
            endLine()
            return true
        case .table:
            endLine()
            if mode == .cell || HTMLLayoutTable.isLayout(node, in: tree) { return true }
            let table = HTMLTableReader.read(node, in: tree)
            blocks += table.captions.map(SourceBlock.paragraph)
            if !table.rows.isEmpty { blocks.append(.table(SourceTable(rows: table.rows))) }
            return false
        }
    }

    mutating func exit(_ node: Int) {
        let current = tree[node]
        guard !current.isText else { return }
        switch current.tag {
        case .block, .tablePart, .table: endLine()
        case .skipped, .lineBreak, .inline: break
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
