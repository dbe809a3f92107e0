/// Tells a layout `<table>` (government CMS templates put the whole article inside one) from a
/// data table.
///
/// A table is layout when it has at most one cell, or when one of its own cells holds a nested
/// table of two or more rows, or at least `longText` characters spread over two or more blocks
/// (paragraphs, divs, line breaks). Its cells are then read as ordinary page content, so the
/// report's own tables inside come out as tables. A nested one-row table does not count: it is
/// flattened into its cell's text.
enum HTMLLayoutTable {
    /// Characters of text (white space aside) that make a cell an article rather than a value.
    static let longText = 200

    static func isLayout(_ table: Int, in tree: HTMLTree) -> Bool {
        var survey = TableSurvey(tree: tree, table: table)
        tree.walk(from: table, with: &survey)
        return survey.foundArticleCell || survey.cellCount <= 1
    }

    /// The number of `<tr>` rows that belong to `table` itself (not to tables nested in it).
    static func rowCount(_ table: Int, in tree: HTMLTree) -> Int {
        var count = 0
        var child = tree[table].firstChild
        while child >= 0 {
            switch tree[child].isText ? .inline : tree[child].tag {
            case .tablePart(.row):
                count += 1
            case .tablePart(.rowGroup):
                var row = tree[child].firstChild
                while row >= 0 {
                    if !tree[row].isText, tree[row].tag == .tablePart(.row) { count += 1 }
                    row = tree[row].next
                }
            default:
                break
            }
            child = tree[child].next
        }
        return count
    }
}

/// Visits the table's own cells, each surveyed once; nested tables are left to their own survey,
/// which keeps the whole page's classification linear.
private struct TableSurvey: TreeVisitor {
    let tree: HTMLTree
    let table: Int
    var cellCount = 0
    var foundArticleCell = false

    var isFinished: Bool { foundArticleCell }

    mutating func enter(_ node: Int) -> Bool {
        if node == table { return true }
        guard !tree[node].isText else { return false }
        switch tree[node].tag {
        case .tablePart(.cell):
            cellCount += 1
            var survey = CellSurvey(tree: tree, cell: node)
            tree.walk(from: node, with: &survey)
            foundArticleCell = survey.isFinished
            return false
        case .table, .skipped:
            return false
        case .tablePart, .block, .inline, .lineBreak:
            return true
        }
    }
}

private struct CellSurvey: TreeVisitor {
    let tree: HTMLTree
    let cell: Int
    var characters = 0
    var blocks = 0
    var holdsDataTable = false

    var isFinished: Bool { holdsDataTable || (characters >= HTMLLayoutTable.longText && blocks >= 2) }

    mutating func enter(_ node: Int) -> Bool {
        if node == cell { return true }
        if tree[node].isText {
            characters += tree.withText(of: node, Self.visibleCharacters)
            return false
        }
        switch tree[node].tag {
        case .table:
            if HTMLLayoutTable.rowCount(node, in: tree) >= 2 { holdsDataTable = true }
            return false
        case .skipped:
            return false
        case .block, .lineBreak, .tablePart:
            blocks += 1
            return true
        case .inline:
            return true
        }
    }

    /// Characters that are not ASCII white space, counted by UTF-8 lead bytes.
    private static func visibleCharacters(_ text: UnsafeBufferPointer<UInt8>) -> Int {
        var count = 0
        for byte in text where byte & 0xC0 != 0x80 && byte > 0x20 { count += 1 }
        return count
    }
}
