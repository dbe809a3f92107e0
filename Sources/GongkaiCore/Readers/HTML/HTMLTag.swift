/// What an HTML element means for reading order.
enum HTMLTag: Sendable, Equatable {
    /// Holds no report text (scripts, styles, forms' option lists, embedded documents).
    case skipped
    /// Starts and ends a line of text (p, div, li, headings…).
    case block
    /// `<br>`: ends the line without being a container.
    case lineBreak
    case table
    /// The parts of a table below `<table>`: row groups, rows, cells and the caption.
    case tablePart(TablePart)
    /// Text-level markup (span, a, font, strong…) and anything unknown.
    case inline

    enum TablePart: Sendable, Equatable {
        case rowGroup, row, cell, caption
    }

    /// The meaning of an element name (libxml2's HTML parser lowercases names).
    init(_ name: UnsafePointer<UInt8>?) {
        guard let key = NameKey(name) else {
            self = .inline
            return
        }
        // Binary search: this runs once per element of every page.
        var low = 0
        var high = Self.byName.count
        while low < high {
            let middle = (low + high) / 2
            if Self.byName[middle].key < key { low = middle + 1 } else { high = middle }
        }
        self = low < Self.byName.count && Self.byName[low].key == key ? Self.byName[low].tag : .inline
    }

    private static let byName: [(key: NameKey, tag: HTMLTag)] = {
        let skipped = [
            "script", "style", "noscript", "template", "head", "iframe", "frame", "frameset", "svg", "math",
            "select", "option", "optgroup", "datalist", "textarea", "object", "embed", "applet", "canvas",
            "audio", "video", "map", "button",
        ]
        let blocks = [
            "html", "body", "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dd", "dt",
            "section", "article", "header", "footer", "nav", "main", "aside", "blockquote", "pre", "center",
            "address", "figure", "figcaption", "form", "fieldset", "legend", "hr", "details", "summary", "menu",
            "dir", "hgroup", "listing", "xmp", "plaintext", "noframes",
        ]
        var table = skipped.map { (NameKey($0), HTMLTag.skipped) } + blocks.map { (NameKey($0), HTMLTag.block) }
        table.append((NameKey("br"), .lineBreak))
        table.append((NameKey("table"), .table))
        table += ["thead", "tbody", "tfoot", "colgroup"].map { (NameKey($0), .tablePart(.rowGroup)) }
        table += [
            (NameKey("tr"), .tablePart(.row)), (NameKey("td"), .tablePart(.cell)), (NameKey("th"), .tablePart(.cell)),
            (NameKey("caption"), .tablePart(.caption)),
        ]
        return table.sorted { $0.0 < $1.0 }.map { (key: $0.0, tag: $0.1) }
    }()
}
