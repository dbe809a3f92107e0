import CLibXML2

/// Reading the table properties that shape a grid: `w:gridSpan`, `w:vMerge`, `w:hMerge`,
/// `w:gridBefore` and a row's deletion mark.
enum WordProperties {
    static let rowProperties = NameKey("trPr")
    static let cellProperties = NameKey("tcPr")
    static let gridSpan = NameKey("gridSpan")
    static let gridBefore = NameKey("gridBefore")
    static let verticalMergeName = NameKey("vMerge")
    static let horizontalMergeName = NameKey("hMerge")
    static let deleted = NameKey("del")
    static let val = NameKey("val")

    enum VerticalMerge {
        case none, restarts, continues
    }

    /// The first child element of `node` in the WordprocessingML namespace named `name`.
    static func child(of node: xmlNodePtr, named name: NameKey) -> xmlNodePtr? {
        var child = node.pointee.children
        while let current = child {
            if current.isElement, let namespace = current.pointee.ns?.pointee.href, WordNamespace.isMain(namespace),
                current.nameKey == name
            {
                return current
            }
            child = current.pointee.next
        }
        return nil
    }

    /// The `w:val` of the child `name` of `properties` as a span, clamped; `fallback` when absent.
    static func value(of properties: xmlNodePtr, named name: NameKey, minimum: Int = 1, fallback: Int = 1) -> Int {
        guard let element = child(of: properties, named: name) else { return fallback }
        return SpanValue.parse(wordValue(element), minimum: minimum, fallback: fallback)
    }

    /// `w:vMerge`: absent, "restart", or anything else (no value means "continue").
    static func verticalMerge(in properties: xmlNodePtr) -> VerticalMerge {
        guard let element = child(of: properties, named: verticalMergeName) else { return .none }
        return isRestart(wordValue(element)) ? .restarts : .continues
    }

    /// Whether `w:hMerge` marks the cell as continuing the one to its left.
    static func continuesHorizontalMerge(_ properties: xmlNodePtr) -> Bool {
        guard let element = child(of: properties, named: horizontalMergeName) else { return false }
        return !isRestart(wordValue(element))
    }

    private static func wordValue(_ element: xmlNodePtr) -> UnsafePointer<xmlChar>? {
        element.attribute(val, namespace: WordNamespace.isMainOrNone)
    }

    private static func isRestart(_ value: UnsafePointer<xmlChar>?) -> Bool {
        guard let value else { return false }
        let expected = Array("restart".utf8)
        for index in 0..<expected.count where LibXML.asciiLowercase(value[index]) != expected[index] { return false }
        return value[expected.count] == 0
    }
}
