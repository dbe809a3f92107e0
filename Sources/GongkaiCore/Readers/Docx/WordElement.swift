import CLibXML2

/// What a WordprocessingML element means for reading order; elements are matched by namespace
/// URI and local name, never by prefix (`w:` is conventional, not guaranteed).
enum WordElement: Sendable {
    case paragraph
    /// `w:t`: the only element whose text is document text.
    case text
    /// `w:tab`, `w:ptab`: read as a space.
    case tab
    /// `w:br`, `w:cr`: end the line, as a new paragraph would.
    case lineBreak
    /// `w:noBreakHyphen`.
    case hyphen
    case table
    case row
    case cell
    /// Properties, deleted text, field codes and fallback copies: nothing to read.
    case skipped
    /// Anything else: runs, hyperlinks, smart tags, content controls, insertions, drawings…
    /// walked through for the text inside.
    case container

    init(_ node: xmlNodePtr) {
        guard let namespace = node.pointee.ns?.pointee.href else {
            self = .container
            return
        }
        if WordNamespace.isMain(namespace) {
            self = node.nameKey.flatMap { Self.byName[$0] } ?? .container
        } else if WordNamespace.isMarkupCompatibility(namespace), node.nameKey == Self.fallback {
            // mc:AlternateContent repeats a text box in mc:Fallback for old readers; the
            // mc:Choice copy is read, the fallback would double it.
            self = .skipped
        } else {
            self = .container
        }
    }

    private static let fallback = NameKey("Fallback")

    private static let byName: [NameKey: WordElement] = {
        var table: [NameKey: WordElement] = [
            NameKey("p"): .paragraph, NameKey("t"): .text, NameKey("tab"): .tab, NameKey("ptab"): .tab,
            NameKey("br"): .lineBreak, NameKey("cr"): .lineBreak, NameKey("noBreakHyphen"): .hyphen,
            NameKey("tbl"): .table, NameKey("tr"): .row, NameKey("tc"): .cell,
        ]
        let skipped = [
            "pPr", "rPr", "sectPr", "tblPr", "tblGrid", "tblPrEx", "trPr", "tcPr", "sdtPr", "sdtEndPr",
            "delText", "delInstrText", "instrText", "del", "moveFrom", "rt", "fldData", "customXmlPr",
            "smartTagPr",
        ]
        for name in skipped { table[NameKey(name)] = .skipped }
        return table
    }()
}

/// The WordprocessingML namespaces, compared by URI.
enum WordNamespace {
    private static let main = Array("http://schemas.openxmlformats.org/wordprocessingml/2006/main".utf8)
    /// ISO 29500 Strict documents use this URI for the same vocabulary.
    private static let strict = Array("http://purl.oclc.org/ooxml/wordprocessingml/main".utf8)
    private static let markupCompatibility = Array("http://schemas.openxmlformats.org/markup-compatibility/2006".utf8)

    static func isMain(_ uri: UnsafePointer<xmlChar>) -> Bool { equals(uri, main) || equals(uri, strict) }

    static func isMarkupCompatibility(_ uri: UnsafePointer<xmlChar>) -> Bool { equals(uri, markupCompatibility) }

    /// Whether an attribute's namespace is acceptable for a Word attribute such as `w:val`:
    /// the main namespace, or none (some generators drop the prefix).
    static func isMainOrNone(_ uri: UnsafePointer<xmlChar>?) -> Bool { uri.map(isMain) ?? true }

    private static func equals(_ uri: UnsafePointer<xmlChar>, _ expected: [UInt8]) -> Bool {
        for index in 0..<expected.count where uri[index] != expected[index] { return false }
        return uri[expected.count] == 0
    }
}
