/// Packs worksheets into an .xlsx workbook: the fixed parts of `XlsxParts` around them.
enum XlsxWorkbook {
    /// The workbook of `sheets` (name, worksheet XML) in order; `filters` give the filtered
    /// header range of list sheets (by sheet index).
    static func package(
        sheets: [(name: String, xml: String)], filters: [(sheet: Int, range: String)], title: String, creator: String?
    ) throws(RenderError) -> [UInt8] {
        var parts: [ZipPackage.Part] = [
            .init("[Content_Types].xml", xml: XlsxParts.contentTypes(sheetCount: sheets.count)),
            .init("_rels/.rels", xml: XlsxParts.packageRelationships()),
            .init("docProps/core.xml", xml: DocxParts.coreProperties(title: title, creator: creator)),
            .init("docProps/app.xml", xml: DocxParts.appProperties()),
            .init("xl/workbook.xml", xml: XlsxParts.workbook(sheetNames: sheets.map(\.name), filters: filters)),
            .init("xl/_rels/workbook.xml.rels", xml: XlsxParts.workbookRelationships(sheetCount: sheets.count)),
            .init("xl/styles.xml", xml: XlsxParts.styles()),
        ]
        for (index, sheet) in sheets.enumerated() {
            parts.append(.init("xl/worksheets/sheet\(index + 1).xml", xml: sheet.xml))
        }
        return try ZipPackage.archive(parts)
    }
}
