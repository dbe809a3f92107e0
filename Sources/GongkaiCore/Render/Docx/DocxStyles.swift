/// `word/styles.xml`: the paragraph styles of an official document.
///
/// - `Normal`: 3号 仿宋_GB2312, flush left, first line indented two characters, 28.95 pt lines;
/// - `Title`: 2号 方正小标宋简体, centred;
/// - `Heading1` (一、…): 3号 黑体; `Heading2` (（一）…): 3号 楷体_GB2312; both indented like body text
///   and marked as outline levels, so Word's navigation pane lists them;
/// - `TableText`: 10 pt 宋体, single-spaced, centred;
/// - `Footer`: 4号 宋体 for the page number;
/// - the parts of an official letter (`DocxStyles+Letter.swift`): 发文字号, 主送, 署名 and 成文日期, 版记.
///
/// Fonts, sizes, spacing and indents come from a `DocxLayout` (the official style by default).
enum DocxStyles {
    static func xml(_ layout: DocxLayout = .official) -> String {
        var xml = XMLWriter()
        xml.element("w:styles", [("xmlns:w", DocxParts.wordNamespace)]) { xml in
            xml.element("w:docDefaults") { xml in
                xml.element("w:rPrDefault") { xml in
                    xml.element("w:rPr") { xml in
                        fonts(&xml, eastAsia: layout.bodyFont, latin: layout.latinFont)
                        size(&xml, layout.bodySize)
                        xml.empty("w:lang", [("w:val", "en-US"), ("w:eastAsia", "zh-CN"), ("w:bidi", "ar-SA")])
                    }
                }
                xml.element("w:pPrDefault") { xml in
                    xml.element("w:pPr") { xml in
                        xml.empty("w:spacing", [("w:before", "0"), ("w:after", "0")])
                    }
                }
            }
            paragraphStyle(&xml, id: "Normal", name: "Normal", isDefault: true) { xml in
                // No punctuation hanging into the margin: LibreOffice drops a hanging comma from
                // the page (and from the PDF's text) when a justified line is full.
                xml.empty("w:overflowPunct", [("w:val", "0")])
                spacing(&xml, layout.bodySpacing, after: layout.spaceAfter)
                xml.empty("w:ind", [("w:firstLine", layout.indentsFirstLine ? "\(layout.bodySize * 20)" : "0")])
                // Flush left, not justified: LibreOffice (7.4) drops a full-width comma that ends a
                // full justified line, from the page and from the PDF's text. Chinese characters
                // are all one em wide, so left-aligned text is ragged only where digits or Latin
                // letters fall.
                xml.empty("w:jc", [("w:val", "left")])
            } runProperties: { _ in
            }
            paragraphStyle(&xml, id: "Title", name: "Title", basedOn: "Normal", next: "Normal") { xml in
                xml.empty("w:keepNext")
                xml.empty(
                    "w:spacing",
                    [
                        ("w:before", "0"), ("w:after", "\(DocxStyle.linePitch)"),
                        ("w:line", "\(DocxStyle.linePitch * 3 / 2)"), ("w:lineRule", "atLeast"),
                    ])
                xml.empty("w:ind", [("w:firstLine", "0")])
                xml.empty("w:jc", [("w:val", "center")])
                xml.empty("w:outlineLvl", [("w:val", "9")])
            } runProperties: { xml in
                fonts(&xml, eastAsia: layout.titleFont, latin: layout.titleFont)
                size(&xml, layout.titleSize)
            }
            paragraphStyle(&xml, id: "Heading1", name: "heading 1", basedOn: "Normal", next: "Normal") { xml in
                xml.empty("w:keepNext")
                xml.empty("w:outlineLvl", [("w:val", "0")])
            } runProperties: { xml in
                fonts(&xml, eastAsia: layout.headingFont, latin: layout.headingFont)
            }
            paragraphStyle(&xml, id: "Heading2", name: "heading 2", basedOn: "Normal", next: "Normal") { xml in
                xml.empty("w:keepNext")
                xml.empty("w:outlineLvl", [("w:val", "1")])
            } runProperties: { xml in
                fonts(&xml, eastAsia: DocxStyle.level2Font, latin: DocxStyle.level2Font)
            }
            characterStyle(&xml, id: "Heading2Char", name: "Heading 2 Char") { xml in
                fonts(&xml, eastAsia: DocxStyle.level2Font, latin: DocxStyle.level2Font)
            }
            paragraphStyle(&xml, id: "TableText", name: "Table Text", basedOn: "Normal") { xml in
                xml.empty("w:snapToGrid", [("w:val", "0")])
                spacing(&xml, layout.tableSpacing, after: 0)
                xml.empty("w:ind", [("w:firstLine", "0")])
                xml.empty("w:jc", [("w:val", "center")])
            } runProperties: { xml in
                fonts(&xml, eastAsia: layout.tableFont, latin: layout.latinFont)
                size(&xml, layout.tableSize)
            }
            paragraphStyle(&xml, id: "Footer", name: "footer", basedOn: "Normal") { xml in
                xml.empty("w:spacing", [("w:line", "240"), ("w:lineRule", "auto")])
                xml.empty("w:ind", [("w:firstLine", "0")])
            } runProperties: { xml in
                fonts(&xml, eastAsia: DocxStyle.pageNumberFont, latin: DocxStyle.pageNumberFont)
                size(&xml, DocxStyle.pageNumberSize)
            }
            letterStyles(&xml)
            xml.element("w:style", [("w:type", "table"), ("w:default", "1"), ("w:styleId", "TableNormal")]) { xml in
                xml.empty("w:name", [("w:val", "Normal Table")])
                xml.element("w:tblPr") { xml in
                    xml.element("w:tblCellMar") { xml in
                        xml.empty("w:top", [("w:w", "0"), ("w:type", "dxa")])
                        xml.empty("w:left", [("w:w", "108"), ("w:type", "dxa")])
                        xml.empty("w:bottom", [("w:w", "0"), ("w:type", "dxa")])
                        xml.empty("w:right", [("w:w", "108"), ("w:type", "dxa")])
                    }
                }
            }
        }
        return xml.text
    }

    /// `w:spacing` for a line spacing, with space after the paragraph in twips.
    static func spacing(_ xml: inout XMLWriter, _ spacing: DocxLayout.LineSpacing, after: Int) {
        switch spacing {
        case .exact(let twips):
            xml.empty("w:spacing", [("w:after", "\(after)"), ("w:line", "\(twips)"), ("w:lineRule", "exact")])
        case .multiple(let factor):
            xml.empty(
                "w:spacing", [("w:after", "\(after)"), ("w:line", "\(Int(factor * 240))"), ("w:lineRule", "auto")])
        }
    }

    /// `w:rFonts` naming `eastAsia` for Chinese and `latin` for digits and Latin letters; the
    /// eastAsia hint keeps quotation marks such as “ ” in the Chinese font.
    static func fonts(_ xml: inout XMLWriter, eastAsia: String, latin: String) {
        xml.empty(
            "w:rFonts",
            [("w:ascii", latin), ("w:hAnsi", latin), ("w:eastAsia", eastAsia), ("w:cs", latin), ("w:hint", "eastAsia")])
    }

    static func size(_ xml: inout XMLWriter, _ halfPoints: Int) {
        xml.empty("w:sz", [("w:val", "\(halfPoints)")])
        xml.empty("w:szCs", [("w:val", "\(halfPoints)")])
    }

    static func paragraphStyle(
        _ xml: inout XMLWriter, id: String, name: String, isDefault: Bool = false, basedOn: String? = nil,
        next: String? = nil, paragraphProperties: (inout XMLWriter) -> Void, runProperties: (inout XMLWriter) -> Void
    ) {
        var attributes = [("w:type", "paragraph")]
        if isDefault { attributes.append(("w:default", "1")) }
        attributes.append(("w:styleId", id))
        xml.element("w:style", attributes) { xml in
            xml.empty("w:name", [("w:val", name)])
            if let basedOn { xml.empty("w:basedOn", [("w:val", basedOn)]) }
            if let next { xml.empty("w:next", [("w:val", next)]) }
            xml.empty("w:qFormat")
            xml.element("w:pPr") { paragraphProperties(&$0) }
            xml.element("w:rPr") { runProperties(&$0) }
        }
    }

    private static func characterStyle(
        _ xml: inout XMLWriter, id: String, name: String, runProperties: (inout XMLWriter) -> Void
    ) {
        xml.element("w:style", [("w:type", "character"), ("w:styleId", id)]) { xml in
            xml.empty("w:name", [("w:val", name)])
            xml.element("w:rPr") { runProperties(&$0) }
        }
    }
}
