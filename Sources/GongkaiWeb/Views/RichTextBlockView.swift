import GongkaiCore

/// One block of a rich-text body as `catalogue-body.leaf` renders it: every piece of text is
/// output escaped (`#(…)`), links only with the http(s) `href` the core checked.
struct RichTextBlockView: Encodable {
    /// "h2"…"h4", "p", "ul", "ol" or "table".
    let tag: String
    let spans: [CatalogueRichText.Span]
    let items: [[CatalogueRichText.Span]]
    let header: [[CatalogueRichText.Span]]?
    let rows: [[[CatalogueRichText.Span]]]

    init(_ block: CatalogueRichText.Block) {
        switch block {
        case .heading(let level, let spans): (tag, self.spans, items, header, rows) = ("h\(level)", spans, [], nil, [])
        case .paragraph(let spans): (tag, self.spans, items, header, rows) = ("p", spans, [], nil, [])
        case .list(let ordered, let items): (tag, spans, self.items, header, rows) = (ordered ? "ol" : "ul", [], items, nil, [])
        case .table(let header, let rows): (tag, spans, items, self.header, self.rows) = ("table", [], [], header, rows)
        }
    }
}
