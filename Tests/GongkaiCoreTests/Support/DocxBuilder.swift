import Foundation
import ZIPFoundation

/// Builds .docx files (zip archives) in memory for reader tests.
enum DocxBuilder {
    static let wordNamespace = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"

    /// A minimal Word package around `documentXML`, plus any `extra` parts (path → content).
    static func docx(documentXML: String, extra: [String: [UInt8]] = [:], compress: Bool = true) throws -> [UInt8] {
        var parts: [(String, [UInt8])] = [
            ("[Content_Types].xml", Array(contentTypes.utf8)),
            ("_rels/.rels", Array(relationships.utf8)),
            ("word/document.xml", Array(documentXML.utf8)),
        ]
        parts += extra.sorted { $0.key < $1.key }
        return try zip(parts, compress: compress)
    }

    /// A zip archive holding `parts` in order.
    static func zip(_ parts: [(String, [UInt8])], compress: Bool = true) throws -> [UInt8] {
        let archive = try Archive(accessMode: .create)
        for (path, bytes) in parts {
            try archive.addEntry(
                with: path, type: .file, uncompressedSize: Int64(bytes.count),
                compressionMethod: compress ? .deflate : .none,
                provider: { position, size in Data(bytes[Int(position)..<Int(position) + size]) })
        }
        guard let data = archive.data else { throw CocoaError(.fileWriteUnknown) }
        return [UInt8](data)
    }

    /// `body` (WordprocessingML elements with the `w:` prefix) inside `w:document/w:body`.
    static func document(_ body: String, extraNamespaces: String = "") -> String {
        """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <w:document xmlns:w="\(wordNamespace)" \(extraNamespaces)><w:body>\(body)</w:body></w:document>
        """
    }

    /// A paragraph with one run per piece of text.
    static func paragraph(_ runs: String...) -> String {
        "<w:p>" + runs.map { "<w:r><w:t xml:space=\"preserve\">\($0)</w:t></w:r>" }.joined() + "</w:p>"
    }

    /// A table cell; `merge` is `"restart"`, `"continue"`, `""` (a bare `<w:vMerge/>`) or `nil`.
    static func cell(_ paragraphs: [String], span: Int = 1, merge: String? = nil) -> String {
        var properties = ""
        if span > 1 { properties += "<w:gridSpan w:val=\"\(span)\"/>" }
        if let merge { properties += merge.isEmpty ? "<w:vMerge/>" : "<w:vMerge w:val=\"\(merge)\"/>" }
        let content = paragraphs.isEmpty ? "<w:p/>" : paragraphs.map { paragraph($0) }.joined()
        return "<w:tc><w:tcPr><w:tcW w:w=\"1000\" w:type=\"dxa\"/>\(properties)</w:tcPr>\(content)</w:tc>"
    }

    static func cell(_ text: String, span: Int = 1, merge: String? = nil) -> String {
        cell(text.isEmpty ? [] : [text], span: span, merge: merge)
    }

    static func row(_ cells: String..., gridBefore: Int = 0) -> String {
        let properties = gridBefore > 0 ? "<w:trPr><w:gridBefore w:val=\"\(gridBefore)\"/></w:trPr>" : ""
        return "<w:tr>\(properties)\(cells.joined())</w:tr>"
    }

    static func table(_ rows: String...) -> String {
        "<w:tbl><w:tblPr><w:tblW w:w=\"0\" w:type=\"auto\"/></w:tblPr><w:tblGrid><w:gridCol w:w=\"1000\"/></w:tblGrid>"
            + rows.joined() + "</w:tbl>"
    }

    private static let contentTypes = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
        <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
        <Default Extension="xml" ContentType="application/xml"/>\
        <Override PartName="/word/document.xml" \
        ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>\
        </Types>
        """

    private static let relationships = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
        <Relationship Id="rId1" \
        Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" \
        Target="word/document.xml"/></Relationships>
        """
}
