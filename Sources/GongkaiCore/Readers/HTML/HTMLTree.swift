/// An HTML page as a compact tree: elements and text in two arrays, built from libxml2's SAX
/// events (see `HTMLTree+Parsing.swift`).
///
/// libxml2's own tree costs a heap allocation per node, attribute and text, which was most of
/// the time spent on a page; this tree keeps only what reading needs. Skipped and hidden
/// elements never enter it. It is a value type so that reading it needs no exclusivity checks.
struct HTMLTree {
    struct Node {
        /// Meaningful for elements only.
        var tag: HTMLTag
        var isText: Bool
        /// From `colspan`/`rowspan`, clamped to 1…1000 (cells only).
        var columnSpan: UInt16 = 1
        var rowSpan: UInt16 = 1
        var parentIndex: Int32
        var firstChildIndex: Int32 = -1
        var lastChildIndex: Int32 = -1
        var nextIndex: Int32 = -1
        /// The node's bytes in `text` (text nodes).
        var textStart: Int32 = 0
        var textEnd: Int32 = 0

        var parent: Int { Int(parentIndex) }
        var firstChild: Int { Int(firstChildIndex) }
        var next: Int { Int(nextIndex) }
    }

    /// The document node; everything else descends from it.
    static let root = 0

    private(set) var nodes: [Node] = [Node(tag: .block, isText: false, parentIndex: -1)]
    /// The text of all text nodes, UTF-8, back to back.
    private(set) var text: [UInt8] = []

    /// Where new nodes go: the innermost open element.
    private var current = HTMLTree.root
    /// How many skipped or hidden elements are open around the parser's position.
    private var suppressed = 0

    init(expectedBytes: Int = 0) {
        // Portal pages hold roughly one node per 30 bytes and half their bytes as markup.
        nodes.reserveCapacity(expectedBytes / 30 + 16)
        text.reserveCapacity(expectedBytes / 2)
    }

    subscript(index: Int) -> Node { nodes[index] }

    /// Calls `body` with the bytes of text node `index`.
    func withText<Result>(of index: Int, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        let node = nodes[index]
        return text.withUnsafeBufferPointer { body(UnsafeBufferPointer(rebasing: $0[Int(node.textStart)..<Int(node.textEnd)])) }
    }

    /// Visits `start` and, where the visitor asks, its descendants, in document order, by
    /// following parent and sibling links (no recursion, no stack: depth costs nothing).
    func walk<Visitor: TreeVisitor>(from start: Int, with visitor: inout Visitor) where Visitor.Node == Int {
        var node = start
        while true {
            if visitor.enter(node), !nodes[node].isText, nodes[node].firstChild >= 0 {
                node = nodes[node].firstChild
                continue
            }
            while true {
                visitor.exit(node)
                if node == start || visitor.isFinished { return }
                if nodes[node].next >= 0 {
                    node = nodes[node].next
                    break
                }
                node = nodes[node].parent
                if node < 0 { return }
            }
        }
    }

    // MARK: - Building (called from the SAX handlers)

    mutating func openElement(_ tag: HTMLTag, attributes: HTMLAttributes) {
        if suppressed > 0 || tag == .skipped || attributes.isHidden {
            suppressed += 1
            return
        }
        var node = Node(tag: tag, isText: false, parentIndex: Int32(current))
        node.columnSpan = UInt16(attributes.columnSpan)
        node.rowSpan = UInt16(attributes.rowSpan)
        current = append(node)
    }

    /// libxml2 closes every element it opens, implied ones included, so events balance.
    mutating func closeElement() {
        if suppressed > 0 {
            suppressed -= 1
        } else if current != Self.root {
            current = nodes[current].parent
        }
    }

    mutating func appendText(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard suppressed == 0, !bytes.isEmpty, text.count + bytes.count < Int(Int32.max) else { return }
        let end = Int32(text.count + bytes.count)
        let last = Int(nodes[current].lastChildIndex)
        if last >= 0, nodes[last].isText, Int(nodes[last].textEnd) == text.count {
            nodes[last].textEnd = end
        } else {
            var node = Node(tag: .inline, isText: true, parentIndex: Int32(current))
            node.textStart = Int32(text.count)
            node.textEnd = end
            _ = append(node)
        }
        text.append(contentsOf: bytes)
    }

    private mutating func append(_ node: Node) -> Int {
        let index = nodes.count
        nodes.append(node)
        let parent = node.parent
        let previous = Int(nodes[parent].lastChildIndex)
        if previous >= 0 {
            nodes[previous].nextIndex = Int32(index)
        } else {
            nodes[parent].firstChildIndex = Int32(index)
        }
        nodes[parent].lastChildIndex = Int32(index)
        return index
    }
}
