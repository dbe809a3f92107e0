/// The fixed parts of an .xlsx package: content types, relationships, workbook and styles.
enum XlsxParts {
    static let mainNamespace = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    private static let officeRelationship = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"

    /// Cell formats (indexes into `cellXfs`), defined once in `styles()`.
    enum Format: Int {
        case plain = 0
        case header
        case label
        case value
        case title
        case caption
        case columnName
        case groupLabel
        case heading
    }

    static func contentTypes(sheetCount: Int) -> String {
        var xml = XMLWriter()
        xml.element("Types", [("xmlns", "http://schemas.openxmlformats.org/package/2006/content-types")]) { xml in
            xml.empty(
                "Default",
                [("Extension", "rels"), ("ContentType", "application/vnd.openxmlformats-package.relationships+xml")])
            xml.empty("Default", [("Extension", "xml"), ("ContentType", "application/xml")])
            xml.empty(
                "Override",
                [
                    ("PartName", "/xl/workbook.xml"),
                    ("ContentType", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"),
                ])
            for index in 1...sheetCount {
                xml.empty(
                    "Override",
                    [
                        ("PartName", "/xl/worksheets/sheet\(index).xml"),
                        ("ContentType", "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"),
                    ])
            }
            xml.empty(
                "Override",
                [
                    ("PartName", "/xl/styles.xml"),
                    ("ContentType", "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"),
                ])
            xml.empty(
                "Override",
                [
                    ("PartName", "/docProps/core.xml"),
                    ("ContentType", "application/vnd.openxmlformats-package.core-properties+xml"),
                ])
            xml.empty(
                "Override",
                [
                    ("PartName", "/docProps/app.xml"),
                    ("ContentType", "application/vnd.openxmlformats-officedocument.extended-properties+xml"),
                ])
        }
        return xml.text
    }

    static func packageRelationships() -> String {
        relationships([
            ("rId1", "\(officeRelationship)/officeDocument", "xl/workbook.xml"),
            (
                "rId2", "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties",
                "docProps/core.xml"
            ),
            ("rId3", "\(officeRelationship)/extended-properties", "docProps/app.xml"),
        ])
    }

    static func workbookRelationships(sheetCount: Int) -> String {
        relationships(
            (1...sheetCount).map { ("rIdSheet\($0)", "\(officeRelationship)/worksheet", "worksheets/sheet\($0).xml") }
                + [("rIdStyles", "\(officeRelationship)/styles", "styles.xml")])
    }

    private static func relationships(_ entries: [(String, String, String)]) -> String {
        var xml = XMLWriter()
        xml.element("Relationships", [("xmlns", "http://schemas.openxmlformats.org/package/2006/relationships")]) {
            xml in
            for (id, type, target) in entries {
                xml.empty("Relationship", [("Id", id), ("Type", type), ("Target", target)])
            }
        }
        return xml.text
    }

    /// The workbook: sheet names in order, and the filter ranges of list sheets.
    static func workbook(sheetNames: [String], filters: [(sheet: Int, range: String)]) -> String {
        var xml = XMLWriter()
        xml.element("workbook", [("xmlns", mainNamespace), ("xmlns:r", officeRelationship)]) { xml in
            xml.element("bookViews") { $0.empty("workbookView", [("activeTab", "0")]) }
            xml.element("sheets") { xml in
                for (index, name) in sheetNames.enumerated() {
                    xml.empty("sheet", [("name", name), ("sheetId", "\(index + 1)"), ("r:id", "rIdSheet\(index + 1)")])
                }
            }
            if !filters.isEmpty {
                xml.element("definedNames") { xml in
                    for filter in filters {
                        xml.element(
                            "definedName",
                            [("name", "_xlnm._FilterDatabase"), ("localSheetId", "\(filter.sheet)"), ("hidden", "1")],
                            text: "'\(sheetNames[filter.sheet])'!\(filter.range)")
                    }
                }
            }
        }
        return xml.text
    }

    /// Fonts, fills, borders and the cell formats of `Format`.
    static func styles() -> String {
        var xml = XMLWriter()
        xml.element("styleSheet", [("xmlns", mainNamespace)]) { xml in
            xml.element("fonts", [("count", "3")]) { xml in
                font(&xml, size: 10, bold: false)
                font(&xml, size: 14, bold: true)
                font(&xml, size: 10, bold: true)
            }
            xml.element("fills", [("count", "3")]) { xml in
                xml.element("fill") { $0.empty("patternFill", [("patternType", "none")]) }
                xml.element("fill") { $0.empty("patternFill", [("patternType", "gray125")]) }
                xml.element("fill") { xml in
                    xml.element("patternFill", [("patternType", "solid")]) { xml in
                        xml.empty("fgColor", [("rgb", "FF" + DocxStyle.captionFill)])
                        xml.empty("bgColor", [("indexed", "64")])
                    }
                }
            }
            xml.element("borders", [("count", "2")]) { xml in
                xml.element("border") { xml in
                    for side in ["left", "right", "top", "bottom", "diagonal"] { xml.empty(side) }
                }
                xml.element("border") { xml in
                    for side in ["left", "right", "top", "bottom"] {
                        xml.element(side, [("style", "thin")]) { $0.empty("color", [("indexed", "64")]) }
                    }
                    xml.empty("diagonal")
                }
            }
            xml.element("cellStyleXfs", [("count", "1")]) { xml in
                xml.empty("xf", [("numFmtId", "0"), ("fontId", "0"), ("fillId", "0"), ("borderId", "0")])
            }
            // (font, fill, border, horizontal, vertical, wrap) for each Format, in order.
            let formats: [(Int, Int, Int, String?, String?, Bool)] = [
                (0, 0, 0, nil, nil, false),
                (0, 0, 1, "center", "center", true),
                (0, 0, 1, "left", "center", true),
                (0, 0, 1, nil, "center", false),
                (1, 0, 0, "center", "center", false),
                (0, 2, 1, "left", "center", false),
                (2, 0, 0, nil, nil, false),
                (0, 0, 1, "center", "center", true),
                (2, 0, 0, "left", "center", false),
            ]
            xml.element("cellXfs", [("count", "\(formats.count)")]) { xml in
                for (font, fill, border, horizontal, vertical, wrap) in formats {
                    var attributes = [
                        ("numFmtId", "0"), ("fontId", "\(font)"), ("fillId", "\(fill)"), ("borderId", "\(border)"),
                        ("xfId", "0"),
                    ]
                    if font != 0 { attributes.append(("applyFont", "1")) }
                    if fill != 0 { attributes.append(("applyFill", "1")) }
                    if border != 0 { attributes.append(("applyBorder", "1")) }
                    if horizontal != nil || vertical != nil || wrap { attributes.append(("applyAlignment", "1")) }
                    xml.element("xf", attributes) { xml in
                        guard horizontal != nil || vertical != nil || wrap else { return }
                        var alignment: [(String, String)] = []
                        if let horizontal { alignment.append(("horizontal", horizontal)) }
                        if let vertical { alignment.append(("vertical", vertical)) }
                        if wrap { alignment.append(("wrapText", "1")) }
                        xml.empty("alignment", alignment)
                    }
                }
            }
            xml.element("cellStyles", [("count", "1")]) { xml in
                xml.empty("cellStyle", [("name", "Normal"), ("xfId", "0"), ("builtinId", "0")])
            }
        }
        return xml.text
    }

    private static func font(_ xml: inout XMLWriter, size: Int, bold: Bool) {
        xml.element("font") { xml in
            if bold { xml.empty("b") }
            xml.empty("sz", [("val", "\(size)")])
            xml.empty("name", [("val", DocxStyle.tableFont)])
            xml.empty("charset", [("val", "134")])
        }
    }
}
