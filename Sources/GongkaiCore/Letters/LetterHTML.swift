/// A letter as one self-contained HTML page for preview and print: the same parts and text as
/// the DOCX, laid out alike (`LetterLayout`), every text escaped, no script and no external
/// resource. On screen a dashed circle marks where the seal is pressed; print leaves it out.
enum LetterHTML {
    static func page(_ letter: OfficialLetter) -> String {
        let escape = HTMLRenderer.escape
        let indents = LetterLayout.signatureIndents(letter)
        // The seal is centred on the date, its centre a little above it (§7.3.5.1); in points,
        // as the seal's own font size is smaller than the body's.
        let sealCentre = indents.date + DocxRenderer.displayWidth(letter.dateText) / 2
        let styles = stylesheet + """
            .letter .issuer { padding-right: \(em(indents.issuer)); }
            .letter .date { padding-right: \(em(indents.date)); }
            .letter .seal { right: calc(\(sealCentre * 16)pt - 21mm); }

            """
        var html = HTMLRenderer.pageStart(title: letter.title, stylesheet: styles, mainClass: "letter")
        html += """
            <h1>\(LetterLayout.titleLines(letter).map(escape).joined(separator: "<br>"))</h1>
            <p class="number">\(escape(letter.number))</p>
            <p class="addressee">\(escape(letter.addressee))：</p>

            """
        for text in letter.mainText { html += "<p>\(escape(text))</p>\n" }
        html += """
            <div class="signature">
            <p class="issuer">\(escape(letter.issuer))</p>
            <p class="date">\(escape(letter.dateText))</p>
            <span class="seal" aria-hidden="true">印章</span>
            </div>

            """
        if let note = letter.contactNote { html += "<p class=\"note\">\(escape(note))</p>\n" }
        if let copyTo = letter.copyToLine { html += "<p class=\"copy-to\">\(escape(copyTo))</p>\n" }
        return html + "</main>\n</body>\n</html>\n"
    }

    /// "4em", "3.5em".
    private static func em(_ value: Double) -> String {
        value == value.rounded() ? "\(Int(value))em" : "\(value)em"
    }

    static let stylesheet = HTMLRenderer.pageRules + """
        .letter { max-width: 156mm; margin: 2em auto; padding: 2em 3em; background: #fff;
          font: 16pt/28.95pt \(HTMLRenderer.bodyFontFamilies); }
        .letter h1 { margin: 0 0 28.95pt; line-height: 1.5; }
        .letter p { margin: 0; text-indent: 2em; overflow-wrap: anywhere; }
        .letter .number { text-align: center; text-indent: 0; margin-bottom: 28.95pt; }
        .letter .addressee { text-indent: 0; }
        .letter .signature { position: relative; margin-top: 57.9pt; break-inside: avoid; }
        .letter .signature p { text-align: right; text-indent: 0; }
        .letter .seal { position: absolute; top: calc(24pt - 21mm); width: 42mm; height: 42mm; box-sizing: border-box;
          border: 2px dashed #c00; border-radius: 50%; color: #c00; opacity: 0.55; display: flex;
          align-items: flex-start; justify-content: center; padding-top: 4mm; font-size: 12pt; pointer-events: none; }
        .letter .copy-to { margin-top: 2em; padding: 0.2em 1em; text-indent: 0; font-size: 14pt;
          border-top: 1px solid #000; border-bottom: 1px solid #000; }
        @media print {
          body { background: none; }
          .letter { margin: 0; padding: 0; max-width: none; }
          .letter .seal { display: none; }
        }

        """
}
