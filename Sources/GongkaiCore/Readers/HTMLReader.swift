/// Reads a government portal page (政府信息公开 CMS pages and saved web pages) into paragraphs
/// and tables in reading order.
///
/// The page is decoded by Gongkai (`TextDecoding`, honouring a `<meta charset>` declaration) and
/// parsed by libxml2's forgiving HTML parser. Navigation, headers and footers come out as extra
/// paragraphs; extraction finds the report among them.
public enum HTMLReader {
    /// Reads `bytes` as an HTML page.
    ///
    /// - Paragraph-level elements and `<br>` end lines; each non-empty line is a paragraph, with
    ///   white space collapsed and the edges trimmed.
    /// - A data table becomes one `SourceTable`: a row per `<tr>`, a cell per `<td>`/`<th>` with
    ///   its `colspan`/`rowspan`. A cell's lines are joined with "\n"; a table nested in a cell is
    ///   flattened into the cell's lines.
    /// - A layout table (see `HTMLLayoutTable`) is read as ordinary content.
    /// - Scripts, styles, `<head>` and elements hidden with `hidden` or `display:none` are skipped.
    ///
    /// - Throws: `.undecodableText` when the bytes are in no supported encoding.
    public static func read(_ bytes: [UInt8]) throws(ReadError.Reason) -> SourceDocument {
        guard var text = TextDecoding.decode(bytes, declared: HTMLCharset.declaredEncoding(in: bytes))?.text else {
            throw .undecodableText
        }
        let tree = text.withUTF8 { HTMLTree.parse($0) }
        return SourceDocument(blocks: HTMLContentWalker.blocks(of: tree))
    }

    /// Whether `bytes` look like an HTML page: within the first 2 KB (any case, after a byte-order
    /// mark and white space) there is a doctype or an `html`, `head`, `body`, `meta`, `table`,
    /// `p` or `div` tag. Used to choose a reader by content.
    public static func looksLikeHTML(_ bytes: [UInt8]) -> Bool {
        var window = Array(bytes.prefix(2048))
        if window.starts(with: [0xFF, 0xFE]) || window.starts(with: [0xFE, 0xFF]) {
            window.removeAll { $0 == 0 }  // UTF-16: the markup is ASCII between the zero bytes
        }
        return window.withUnsafeBufferPointer { buffer in
            markers.contains { LibXML.containsIgnoringCase(buffer, $0) }
        }
    }

    private static let markers: [[UInt8]] = [
        "<!doctype html", "<html", "<head", "<body", "<meta", "<table", "<p>", "<p ", "<div",
    ].map { Array($0.utf8) }
}
