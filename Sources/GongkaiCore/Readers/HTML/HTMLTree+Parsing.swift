import CLibXML2

extension HTMLTree {
    /// Parses UTF-8 HTML with libxml2's forgiving HTML parser, through SAX events.
    static func parse(_ utf8: UnsafeBufferPointer<UInt8>) -> HTMLTree {
        guard let base = utf8.baseAddress, !utf8.isEmpty, utf8.count < Int(Int32.max) else { return HTMLTree() }
        _ = LibXML.ready
        guard let context = htmlNewParserCtxt() else { return HTMLTree() }
        defer { htmlFreeParserCtxt(context) }
        installHandlers(on: context)
        // The handlers find the tree under construction through the context's `_private` slot,
        // reserved for callers. A raw allocation rather than a class instance: the handlers run
        // for every tag and text, and class properties would pay for exclusivity checks.
        let tree = UnsafeMutablePointer<HTMLTree>.allocate(capacity: 1)
        tree.initialize(to: HTMLTree(expectedBytes: utf8.count))
        defer { tree.deallocate() }
        context.pointee._private = UnsafeMutableRawPointer(tree)

        // libxml2 gets UTF-8 and is told to ignore the page's own charset declaration, which
        // still names the original encoding. XML_PARSE_HUGE lifts the 256-level depth limit:
        // past it libxml2 stops and drops the rest of the page, and sloppy CMS pages that never
        // close their <font>s and <span>s get that deep. The tree and its walk do not mind depth.
        let options = Int32(
            HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
                | HTML_PARSE_NONET.rawValue | HTML_PARSE_NODEFDTD.rawValue | HTML_PARSE_IGNORE_ENC.rawValue
                | XML_PARSE_HUGE.rawValue)
        let document = base.withMemoryRebound(to: CChar.self, capacity: utf8.count) { chars in
            htmlCtxtReadMemory(context, chars, Int32(utf8.count), "page.html", "UTF-8", options)
        }
        if let document { xmlFreeDoc(document) }  // none is built without tree handlers; just in case
        context.pointee._private = nil
        return tree.move()
    }

    /// Replaces libxml2's tree-building handlers with ones that fill an `HTMLTree`.
    private static func installHandlers(on context: htmlParserCtxtPtr) {
        guard let sax = context.pointee.sax else { return }
        sax.pointee.internalSubset = nil
        sax.pointee.externalSubset = nil
        sax.pointee.startDocument = nil
        sax.pointee.endDocument = nil
        sax.pointee.comment = nil
        sax.pointee.processingInstruction = nil
        sax.pointee.reference = nil
        sax.pointee.startElementNs = nil
        sax.pointee.endElementNs = nil
        sax.pointee.startElement = { context, name, attributes in
            guard let tree = HTMLTree.tree(of: context) else { return }
            let tag = HTMLTag(name)
            tree.pointee.openElement(tag, attributes: HTMLAttributes(attributes, isCell: tag == .tablePart(.cell)))
        }
        sax.pointee.endElement = { context, _ in
            HTMLTree.tree(of: context)?.pointee.closeElement()
        }
        sax.pointee.characters = { context, bytes, length in
            guard let bytes, length > 0 else { return }
            HTMLTree.tree(of: context)?.pointee.appendText(UnsafeBufferPointer(start: bytes, count: Int(length)))
        }
        sax.pointee.ignorableWhitespace = sax.pointee.characters
        // Script and style content arrives as CDATA; it is never text of the page.
        sax.pointee.cdataBlock = { _, _, _ in }
    }

    private static func tree(of context: UnsafeMutableRawPointer?) -> UnsafeMutablePointer<HTMLTree>? {
        guard let context, let tree = context.assumingMemoryBound(to: xmlParserCtxt.self).pointee._private else {
            return nil
        }
        return tree.assumingMemoryBound(to: HTMLTree.self)
    }
}
