/// `word/document.xml` of a letter on GB/T 9704—2012: the title in 2号 小标宋, the document
/// number centred under it, the addressee flush left with a colon, the body in 3号 仿宋 indented
/// two characters, the signature centred over the date four characters from the right edge with
/// room above for the seal (bookmarked `Seal`), the 附注 under the date, and the 抄送 版记 at the
/// foot of the last page.
enum LetterDocx {
    /// One character of 3号 type, in twips.
    static let characterWidth = DocxStyle.bodySize * 10

    /// The bookmark that marks where the seal is pressed, for e-seal tools and for checking.
    static let sealBookmark = "Seal"

    static func documentXML(_ letter: OfficialLetter) -> String {
        var xml = XMLWriter()
        xml.element(
            "w:document", [("xmlns:w", DocxParts.wordNamespace), ("xmlns:r", DocxParts.relationshipsNamespace)]
        ) { xml in
            xml.element("w:body") { xml in
                DocxRenderer.titleParagraph(lines: LetterLayout.titleLines(letter), into: &xml)
                DocxRenderer.paragraph(letter.number, style: "DocumentNumber", into: &xml)
                DocxRenderer.paragraph(letter.addressee + "：", style: "Salutation", into: &xml)
                for text in letter.mainText.dropLast() { DocxRenderer.paragraph(text, into: &xml) }
                // The closing stays on the page of the signature: a signature page never stands alone.
                xml.element("w:p") { xml in
                    xml.element("w:pPr") { $0.empty("w:keepNext") }
                    DocxRenderer.run(letter.closing, into: &xml)
                }
                signature(letter, into: &xml)
                if let note = letter.contactNote { DocxRenderer.paragraph(note, into: &xml) }
                if let copyTo = letter.copyToLine { copyToParagraph(copyTo, into: &xml) }
                DocxRenderer.sectionProperties(into: &xml)
            }
        }
        return xml.text
    }

    /// The signature and the date, right-aligned at the indents of `LetterLayout`, the seal's
    /// room above them, the bookmark `Seal` spanning both.
    private static func signature(_ letter: OfficialLetter, into xml: inout XMLWriter) {
        let indents = LetterLayout.signatureIndents(letter)
        let spaceAbove = DocxStyle.linePitch * LetterLayout.sealLines
        xml.element("w:p") { xml in
            xml.element("w:pPr") { xml in
                xml.empty("w:pStyle", [("w:val", "Signature")])
                xml.empty("w:spacing", [("w:before", "\(spaceAbove)")])
                xml.empty("w:ind", [("w:right", twips(indents.issuer)), ("w:firstLine", "0")])
            }
            xml.empty("w:bookmarkStart", [("w:id", "0"), ("w:name", sealBookmark)])
            DocxRenderer.run(letter.issuer, into: &xml)
        }
        xml.element("w:p") { xml in
            xml.element("w:pPr") { xml in
                xml.empty("w:pStyle", [("w:val", "Signature")])
                xml.empty("w:keepNext", [("w:val", "0")])
                xml.empty("w:ind", [("w:right", twips(indents.date)), ("w:firstLine", "0")])
            }
            DocxRenderer.run(letter.dateText, into: &xml)
            xml.empty("w:bookmarkEnd", [("w:id", "0")])
        }
    }

    /// The 版记 in a frame anchored to the foot of the text block, so it closes the last page
    /// whatever the length of the letter (§7.4).
    private static func copyToParagraph(_ text: String, into xml: inout XMLWriter) {
        xml.element("w:p") { xml in
            xml.element("w:pPr") { xml in
                xml.empty("w:pStyle", [("w:val", "CopyTo")])
                xml.empty(
                    "w:framePr",
                    [
                        ("w:w", "\(DocxStyle.textWidth)"), ("w:wrap", "notBeside"), ("w:hAnchor", "margin"),
                        ("w:vAnchor", "margin"), ("w:xAlign", "center"), ("w:yAlign", "bottom"),
                    ])
            }
            DocxRenderer.run(text, into: &xml)
        }
    }

    private static func twips(_ characters: Double) -> String {
        String(Int((characters * Double(characterWidth)).rounded()))
    }
}
