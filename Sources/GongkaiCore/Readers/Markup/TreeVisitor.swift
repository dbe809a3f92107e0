/// Receives the nodes of a tree (libxml2's, or the reader's own `HTMLTree`) in document order.
protocol TreeVisitor {
    associatedtype Node
    /// Called when the walk reaches `node` (an element, text or other node); return `true` to
    /// walk its children. Only elements' children are ever walked.
    mutating func enter(_ node: Node) -> Bool
    /// Called once the walk is done with `node` (after its children, if they were walked).
    mutating func exit(_ node: Node)
    /// Whether the visitor has seen enough; the walk stops before the next node.
    var isFinished: Bool { get }
}

extension TreeVisitor {
    mutating func exit(_ node: Node) {}
    var isFinished: Bool { false }
}
