/// Reads a data `<table>` as written: one row per `<tr>` (in thead, tbody and tfoot alike), one
/// cell per `<td>`/`<th>` with its spans. Spans are not expanded into a grid; extraction matches
/// rows by their labels and takes the trailing value cells.
struct HTMLTableReader: TreeVisitor {
    private let tree: HTMLTree
    private let table: Int
    private var cells: HTMLContentWalker
    private(set) var rows: [[SourceCell]] = []
    private(set) var captions: [String] = []
    private var row: [SourceCell] = []

    private init(table: Int, tree: HTMLTree) {
        self.tree = tree
        self.table = table
        cells = HTMLContentWalker(tree: tree, mode: .cell)
    }

    /// The rows and caption lines of `table`.
    static func read(_ table: Int, in tree: HTMLTree) -> (rows: [[SourceCell]], captions: [String]) {
        var reader = HTMLTableReader(table: table, tree: tree)
        tree.walk(from: table, with: &reader)
        reader.closeRow()
        return (reader.rows, reader.captions)
    }

    mutating func enter(_ node: Int) -> Bool {
        if node == table { return true }
        let current = tree[node]
        guard !current.isText else { return false }  // text outside any cell is not part of the grid
        switch current.tag {
        case .tablePart(.row):
            // A row ends where the next begins; libxml2 has already closed unclosed `<tr>`s.
            closeRow()
            return true
        case .tablePart(.cell):
            row.append(SourceCell(cells.cellText(of: node), columnSpan: Int(current.columnSpan), rowSpan: Int(current.rowSpan)))
            return false
        case .tablePart(.caption):
            let caption = cells.cellText(of: node)
            if !caption.isEmpty { captions.append(caption) }
            return false
        case .table, .skipped:
            return false  // a stray table outside any cell is not part of this grid
        case .tablePart(.rowGroup), .block, .inline, .lineBreak:
            return true
        }
    }

    private mutating func closeRow() {
        if !row.isEmpty { rows.append(row) }
        row = []
    }
}
