/// Writes a report as PDF: the official .docx (`DocxRenderer`) converted by LibreOffice, so the
/// PDF is exactly what Word-format readers see, page numbers and all. Without LibreOffice the
/// error names the package to install (libreoffice-writer-nogui).
public struct PDFRenderer: Sendable {
    public var libreOffice = LibreOffice()

    public init() {}

    public func render(_ report: Report) throws(RenderError) -> [UInt8] {
        try render([report])[0]
    }

    /// The PDFs of many reports from one LibreOffice run.
    public func render(_ reports: [Report]) throws(RenderError) -> [[UInt8]] {
        var documents: [[UInt8]] = []
        for report in reports { documents.append(try DocxRenderer.render(report)) }
        return try libreOffice.pdfs(fromDocx: documents)
    }

    /// The PDFs of laid-out documents, each set in its own Word layout, from one LibreOffice run.
    public func render(_ documents: [(document: ReportDocument, layout: DocxLayout)]) throws(RenderError) -> [[UInt8]] {
        var docx: [[UInt8]] = []
        for (document, layout) in documents { docx.append(try DocxRenderer.render(document, layout: layout)) }
        return try libreOffice.pdfs(fromDocx: docx)
    }
}
