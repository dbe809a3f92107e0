import CLibXML2

/// Depth-first walk of a libxml2 subtree that follows the tree's own `children`, `next` and
/// `parent` links instead of recursing or keeping a stack, so that depth never costs stack.
enum XMLTreeWalk {
    /// Visits `start` and, where the visitor asks, its descendants.
    static func walk<Visitor: TreeVisitor>(_ start: xmlNodePtr, with visitor: inout Visitor)
    where Visitor.Node == xmlNodePtr {
        var node = start
        while true {
            // Entity-reference nodes point their `children` at shared declarations outside the
            // tree, so only elements are descended into.
            if visitor.enter(node), node.pointee.type == XML_ELEMENT_NODE, let child = node.pointee.children {
                node = child
                continue
            }
            while true {
                visitor.exit(node)
                if node == start || visitor.isFinished { return }
                if let next = node.pointee.next {
                    node = next
                    break
                }
                guard let parent = node.pointee.parent else { return }
                node = parent
            }
        }
    }
}

extension UnsafeMutablePointer where Pointee == xmlNode {
    /// Whether the node is an element.
    var isElement: Bool { pointee.type == XML_ELEMENT_NODE }

    /// Whether the node holds character data.
    var isText: Bool { pointee.type == XML_TEXT_NODE || pointee.type == XML_CDATA_SECTION_NODE }

    /// The node's name as a `NameKey` (`nil` for names longer than a key holds).
    var nameKey: NameKey? { NameKey(pointee.name) }

    /// The value of the first attribute named `name` whose namespace satisfies `namespace`,
    /// read in place (no allocation, no `xmlFree`). `nil` when absent or empty.
    func attribute(_ name: NameKey, namespace: (UnsafePointer<xmlChar>?) -> Bool) -> UnsafePointer<xmlChar>? {
        var attribute = pointee.properties
        while let current = attribute {
            if NameKey(current.pointee.name) == name, namespace(current.pointee.ns?.pointee.href),
                let value = current.pointee.children, let content = value.pointee.content
            {
                return UnsafePointer(content)
            }
            attribute = current.pointee.next
        }
        return nil
    }
}
