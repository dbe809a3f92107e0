/// Where the parts of a letter sit on the page, shared by the DOCX and HTML renderers so both
/// place them alike (GB/T 9704—2012).
enum LetterLayout {
    /// The title over one line, or two broken after the agency's name when it is too long for
    /// one line of 2号 type (titles are broken by sense, §7.3.1).
    static func titleLines(_ letter: OfficialLetter) -> [String] {
        let title = letter.title
        guard DocxRenderer.displayWidth(title) > DocxRenderer.titleLineWidth, title.hasPrefix(letter.issuer),
            title.count > letter.issuer.count
        else { return [title] }
        return [letter.issuer, String(title.dropFirst(letter.issuer.count))]
    }

    /// The right indents, in characters of body text, of the signature and the date of a sealed
    /// letter (§7.3.5.1): the date four characters from the right edge, the signature centred
    /// over it. A signature much longer than the date would then pass the right edge's two-
    /// character margin; it stands two characters in instead, and the date is centred under it.
    static func signatureIndents(_ letter: OfficialLetter) -> (issuer: Double, date: Double) {
        let issuerWidth = DocxRenderer.displayWidth(letter.issuer)
        let dateWidth = DocxRenderer.displayWidth(letter.dateText)
        let issuer = 4 + (dateWidth - issuerWidth) / 2
        guard issuer < 2 else { return (issuer, 4) }
        return (2, 2 + (issuerWidth - dateWidth) / 2)
    }

    /// Empty lines between the last line of text and the signature: room for the upper half of
    /// the seal, whose top must lie within one line of the text.
    static let sealLines = 2
}
