/// The fixed parts of the .docx package around `word/document.xml`: content types, relationships,
/// styles, settings, font table, page-number footers and document properties.
enum DocxParts {
    static let wordNamespace = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    static let relationshipsNamespace = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    private static let packageRelationships = "http://schemas.openxmlformats.org/package/2006/relationships"
    private static let officeRelationship = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"

    /// Relationship ids used by `document.xml`.
    static let oddFooterID = "rIdFooterOdd"
    static let evenFooterID = "rIdFooterEven"

    /// The whole package around `documentXML` (reports and letters share every other part).
    static func package(
        documentXML: String, title: String, creator: String?, styles: String = DocxStyles.xml()
    ) throws(RenderError) -> [UInt8] {
        try ZipPackage.archive([
            .init("[Content_Types].xml", xml: contentTypes()),
            .init("_rels/.rels", xml: packageRelationshipsXML()),
            .init("docProps/core.xml", xml: coreProperties(title: title, creator: creator)),
            .init("docProps/app.xml", xml: appProperties()),
            .init("word/document.xml", xml: documentXML),
            .init("word/_rels/document.xml.rels", xml: documentRelationships()),
            .init("word/styles.xml", xml: styles),
            .init("word/settings.xml", xml: settings()),
            .init("word/fontTable.xml", xml: fontTable()),
            .init("word/footer1.xml", xml: footer(odd: true)),
            .init("word/footer2.xml", xml: footer(odd: false)),
        ])
    }

    static func contentTypes() -> String {
        var xml = XMLWriter()
        xml.element("Types", [("xmlns", "http://schemas.openxmlformats.org/package/2006/content-types")]) { xml in
            xml.empty(
                "Default",
                [("Extension", "rels"), ("ContentType", "application/vnd.openxmlformats-package.relationships+xml")])
            xml.empty("Default", [("Extension", "xml"), ("ContentType", "application/xml")])
            let overrides = [
                (
                    "/word/document.xml",
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
                ),
                ("/word/styles.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"),
                ("/word/settings.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"),
                ("/word/fontTable.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.fontTable+xml"),
                ("/word/footer1.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"),
                ("/word/footer2.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"),
                ("/docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml"),
                ("/docProps/app.xml", "application/vnd.openxmlformats-officedocument.extended-properties+xml"),
            ]
            for (part, type) in overrides { xml.empty("Override", [("PartName", part), ("ContentType", type)]) }
        }
        return xml.text
    }

    static func packageRelationshipsXML() -> String {
        relationships([
            ("rId1", "\(officeRelationship)/officeDocument", "word/document.xml"),
            (
                "rId2", "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties",
                "docProps/core.xml"
            ),
            ("rId3", "\(officeRelationship)/extended-properties", "docProps/app.xml"),
        ])
    }

    static func documentRelationships() -> String {
        relationships([
            ("rIdStyles", "\(officeRelationship)/styles", "styles.xml"),
            ("rIdSettings", "\(officeRelationship)/settings", "settings.xml"),
            ("rIdFonts", "\(officeRelationship)/fontTable", "fontTable.xml"),
            (oddFooterID, "\(officeRelationship)/footer", "footer1.xml"),
            (evenFooterID, "\(officeRelationship)/footer", "footer2.xml"),
        ])
    }

    private static func relationships(_ entries: [(id: String, type: String, target: String)]) -> String {
        var xml = XMLWriter()
        xml.element("Relationships", [("xmlns", packageRelationships)]) { xml in
            for entry in entries {
                xml.empty("Relationship", [("Id", entry.id), ("Type", entry.type), ("Target", entry.target)])
            }
        }
        return xml.text
    }

    /// Title and author for the file's properties (shown by Word, WPS and file managers).
    static func coreProperties(title: String, creator: String?) -> String {
        var xml = XMLWriter()
        xml.element(
            "cp:coreProperties",
            [
                ("xmlns:cp", "http://schemas.openxmlformats.org/package/2006/metadata/core-properties"),
                ("xmlns:dc", "http://purl.org/dc/elements/1.1/"),
                ("xmlns:dcterms", "http://purl.org/dc/terms/"),
                ("xmlns:xsi", "http://www.w3.org/2001/XMLSchema-instance"),
            ]
        ) { xml in
            xml.element("dc:title", text: title)
            if let creator { xml.element("dc:creator", text: creator) }
            xml.element("dc:language", text: "zh-CN")
        }
        return xml.text
    }

    static func appProperties() -> String {
        var xml = XMLWriter()
        xml.element(
            "Properties", [("xmlns", "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties")]
        ) { xml in
            xml.element("Application", text: "Gongkai")
        }
        return xml.text
    }

    /// Odd and even pages numbered separately, as GB/T 9704 places page numbers on the outside edge.
    static func settings() -> String {
        var xml = XMLWriter()
        xml.element("w:settings", [("xmlns:w", wordNamespace)]) { xml in
            xml.empty("w:defaultTabStop", [("w:val", "420")])
            xml.empty("w:evenAndOddHeaders")
            xml.element("w:compat") { xml in
                xml.empty("w:useFELayout")
                xml.empty(
                    "w:compatSetting",
                    [
                        ("w:name", "compatibilityMode"), ("w:uri", "http://schemas.microsoft.com/office/word"),
                        ("w:val", "15"),
                    ])
            }
            xml.empty("w:themeFontLang", [("w:val", "en-US"), ("w:eastAsia", "zh-CN")])
        }
        return xml.text
    }

    static func fontTable() -> String {
        var xml = XMLWriter()
        xml.element("w:fonts", [("xmlns:w", wordNamespace)]) { xml in
            for font in DocxStyle.fonts {
                xml.element("w:font", [("w:name", font.name)]) { xml in
                    if let alternate = font.alternate { xml.empty("w:altName", [("w:val", alternate)]) }
                    xml.empty("w:charset", [("w:val", font.charset)])
                    xml.empty("w:family", [("w:val", font.family)])
                    xml.empty("w:pitch", [("w:val", font.pitch)])
                }
            }
        }
        return xml.text
    }

    /// The page number as GB/T 9704 sets it: "— 1 —" in 4号 宋体, one character in from the
    /// outside edge (right on odd pages, left on even pages).
    static func footer(odd: Bool) -> String {
        var xml = XMLWriter()
        xml.element("w:ftr", [("xmlns:w", wordNamespace), ("xmlns:r", relationshipsNamespace)]) { xml in
            xml.element("w:p") { xml in
                xml.element("w:pPr") { xml in
                    xml.empty("w:pStyle", [("w:val", "Footer")])
                    xml.empty("w:ind", odd ? [("w:right", "280")] : [("w:left", "280")])
                    xml.empty("w:jc", [("w:val", odd ? "right" : "left")])
                }
                xml.element("w:r") { $0.element("w:t", [("xml:space", "preserve")], text: "— ") }
                xml.element("w:r") { $0.empty("w:fldChar", [("w:fldCharType", "begin")]) }
                xml.element("w:r") { $0.element("w:instrText", [("xml:space", "preserve")], text: " PAGE ") }
                xml.element("w:r") { $0.empty("w:fldChar", [("w:fldCharType", "separate")]) }
                xml.element("w:r") { $0.element("w:t", text: "1") }
                xml.element("w:r") { $0.empty("w:fldChar", [("w:fldCharType", "end")]) }
                xml.element("w:r") { $0.element("w:t", [("xml:space", "preserve")], text: " —") }
            }
        }
        return xml.text
    }
}
