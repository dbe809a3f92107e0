/// The formats a letter is written in.
public enum LetterFormat: String, Sendable, Hashable, CaseIterable {
    /// Word, on GB/T 9704.
    case docx
    /// PDF, the DOCX converted by LibreOffice.
    case pdf
    /// One self-contained page for screen and print.
    case html
    /// The stored snapshot (`gongkai.letter/1`).
    case json
    /// Plain text, one line per part.
    case text = "txt"

    /// The file extension, without the dot.
    public var fileExtension: String { rawValue }
}

/// Writes official letters: DOCX on GB/T 9704 through the report's Word machinery, HTML for
/// preview and print, PDF through the one LibreOffice conversion path (`LibreOffice.pdfs`), and
/// the JSON snapshot. Every format carries the same text (`OfficialLetter.lines`).
public struct LetterRenderer: Sendable {
    /// The converter for PDF.
    public var libreOffice = LibreOffice()

    /// A renderer with the default LibreOffice settings.
    public init() {}

    /// The .docx bytes of `letter`.
    public static func docx(_ letter: OfficialLetter) throws(RenderError) -> [UInt8] {
        try DocxParts.package(documentXML: LetterDocx.documentXML(letter), title: letter.title, creator: letter.issuer)
    }

    /// The letter as one self-contained HTML page.
    public static func html(_ letter: OfficialLetter) -> String { LetterHTML.page(letter) }

    /// The letter as plain text, one part per line.
    public static func text(_ letter: OfficialLetter) -> String { letter.lines.joined(separator: "\n") + "\n" }

    /// The PDF of `letter`.
    public func pdf(_ letter: OfficialLetter) throws(RenderError) -> [UInt8] { try pdf([letter])[0] }

    /// The PDFs of `letters`, in order, from one LibreOffice run.
    public func pdf(_ letters: [OfficialLetter]) throws(RenderError) -> [[UInt8]] {
        var documents: [[UInt8]] = []
        for letter in letters { documents.append(try Self.docx(letter)) }
        return try libreOffice.pdfs(fromDocx: documents)
    }

    /// Each letter in `format`, in order; PDFs come from one LibreOffice run.
    public func render(_ letters: [OfficialLetter], as format: LetterFormat) throws(RenderError) -> [[UInt8]] {
        switch format {
        case .pdf: return try pdf(letters)
        case .docx: return try letters.map { letter throws(RenderError) in try Self.docx(letter) }
        case .html: return letters.map { Array(Self.html($0).utf8) }
        case .json: return letters.map { Array(($0.json + "\n").utf8) }
        case .text: return letters.map { Array(Self.text($0).utf8) }
        }
    }
}

extension OfficialLetter {
    /// A file name for downloads: "江教依申复〔2026〕5号答复书.docx", with characters that file systems
    /// refuse replaced by "_".
    public func fileName(_ format: LetterFormat) -> String {
        let forbidden: Set<Character> = ["/", "\\", ":", "*", "?", "\"", "<", ">", "|"]
        let base = String((number + kind.label).map { forbidden.contains($0) || $0.isNewline ? "_" : $0 })
        return base + "." + format.fileExtension
    }
}
