import Foundation
import Testing

@testable import GongkaiCore

/// PDF: Word documents converted by LibreOffice, read back from the positions of their words.
/// Runs where both are installed (CI installs them). All documents are converted in one
/// LibreOffice run.
@Suite(
    "PDF round trips through LibreOffice and the positional reader",
    .enabled(if: RenderTestSupport.libreOfficeInstalled && RenderTestSupport.pdftotextInstalled), .serialized)
struct PDFRoundTripTests {
    /// How many generated reports go through PDF (`GONGKAI_PDF_ROUND_TRIPS` overrides): about
    /// 0.4 s each on one core, most of it LibreOffice's, so CI stays within two minutes here.
    static let count = ProcessInfo.processInfo.environment["GONGKAI_PDF_ROUND_TRIPS"].flatMap(Int.init) ?? 200

    /// Every shape but spaces beside Chinese characters, which PDF text cannot carry (a justified
    /// line is full of such gaps); blank cells included.
    static let variation = SampleReportGenerator.Variation.printable

    /// The generated documents: varied reports in Word-like and WPS-like layouts.
    static func corpus(_ count: Int) -> [SampleReportGenerator.SampleDocument] {
        var generator = SampleReportGenerator(seed: 0x7064_6621)
        return (0..<count).map {
            generator.variedDocument(template: $0.isMultiple(of: 2) ? .v2019 : .v2021, variation: variation)
        }
    }

    @Test("The seeds come back from PDF exactly, but for spaces beside Chinese characters")
    func seeds() throws {
        let seeds = try RenderTestSupport.seeds()
        let pdfs = try PDFRenderer().render(seeds.map(\.report))
        for ((name, report), pdf) in zip(seeds, pdfs) {
            let back = try RenderTestSupport.reread(pdf, as: .pdf)
            let expected = RenderTestSupport.withoutSpacesBesideChinese(report)
            if back != expected { Issue.record("\(name):\n\(RenderTestSupport.difference(expected, back))") }
        }
    }

    @Test("The corpus has the layouts agencies publish: wrapped titles, section lists, units, blanks, landscape…")
    func corpusCoverage() {
        let corpus = Self.corpus(300)
        func share(_ predicate: (SampleReportGenerator.SampleDocument) -> Bool) -> Int { corpus.filter(predicate).count }
        #expect(share { TitleLines.lines($0.document.title, width: 20).count > 1 } > 30)
        #expect(share { $0.report.agency.map { $0.count >= 12 } ?? false } > 20)
        #expect(share { !$0.preamble.isEmpty } > 60)
        #expect(share { $0.amounts != .plain } > 40)
        #expect(share { $0.layout.landscapeRequestsTable && $0.report.requests != nil } > 20)
        #expect(share { $0.layout.cellAlignment == .center } > 60)
        #expect(share { !$0.layout.repeatsHeader } > 20)
        #expect(share { !$0.layout.indentsFirstLine } > 5)
        #expect(share { $0.layout.tableWidth > 1 } > 10)
        #expect(share { $0.layout.bodyFont != DocxStyle.bodyFont } > 30)
        let blankInNumbers = share { document in
            [document.report.proactive, document.report.requests, document.report.review].contains { table in
                table?.rows.contains { $0.contains(nil) && $0.contains { $0 != nil } } ?? false
            }
        }
        #expect(blankInNumbers > 10)
    }

    @Test("Generated documents come back exactly from PDF, with the findings their Word documents give")
    func generated() throws {
        let corpus = Self.corpus(Self.count)
        let start = Date()
        let pdfs = try PDFRenderer().render(corpus.map { ($0.document, $0.layout) })
        let converted = Date()
        var failures: [Int] = []
        var differentFindings: [Int] = []
        let auditor = Auditor()
        for (index, (sample, pdf)) in zip(corpus, pdfs).enumerated() {
            let fromPDF = try RenderTestSupport.reader.read(pdf, name: "\(index).pdf", fileExtension: "pdf")
            if fromPDF.report != sample.report {
                failures.append(index)
                if failures.count <= 3 {
                    Issue.record("report \(index):\n\(RenderTestSupport.difference(sample.report, fromPDF.report))")
                }
            }
            let docx = try DocxRenderer.render(sample.document, layout: sample.layout)
            let fromDocx = try RenderTestSupport.reader.read(docx, name: "\(index).docx", fileExtension: "docx")
            let pdfFindings = auditor.audit(fromPDF).map(\.jsonValue)
            let docxFindings = auditor.audit(fromDocx).map(\.jsonValue)
            if pdfFindings != docxFindings {
                differentFindings.append(index)
                if differentFindings.count <= 3 {
                    let extra = Set(pdfFindings).subtracting(docxFindings).map { JSONWriter.compact($0) }
                    let missing = Set(docxFindings).subtracting(pdfFindings).map { JSONWriter.compact($0) }
                    Issue.record("report \(index): PDF-only findings \(extra), DOCX-only findings \(missing)")
                }
            }
        }
        print(
            String(
                format: "PDF round trips: %d documents, %.1f s to convert, %.1f s to read back, %d changed, %d with other findings",
                corpus.count, converted.timeIntervalSince(start), Date().timeIntervalSince(converted), failures.count,
                differentFindings.count))
        #expect(failures.isEmpty, "\(failures.count) of \(corpus.count) reports changed through PDF")
        #expect(differentFindings.isEmpty, "\(differentFindings.count) of \(corpus.count) PDFs gave other findings than their DOCX")
    }

    @Test("A blank cell in a row of numbers stays blank, and the numbers after it stay in their columns")
    func blankCells() throws {
        var report = BlankTemplate.report(template: .v2021, agency: "某某局", year: 2024)
        var generator = SampleReportGenerator(seed: 3)
        report.requests = generator.report(template: .v2021).requests
        report.requests?[Templates.Row.granted, 1] = nil
        report.requests?[Templates.Row.newReceived, 0] = nil
        report.requests?[Templates.Row.total, 6] = nil
        let back = try RenderTestSupport.reread(try PDFRenderer().render(report), as: .pdf)
        #expect(back.requests == report.requests)
    }

    @Test("The blank template converts, with every label in the PDF's text")
    func blankTemplate() throws {
        let pdf = try PDFRenderer().render(BlankTemplate.report(template: .v2021, agency: "某某局", year: 2025))
        let text = try PDFReader().text(of: try Self.write(pdf))
        for row in Templates.layout(.requests, .v2021).rows.prefix(4) {
            #expect(LabelText.normalize(text).contains(LabelText.normalize(String(row.label.prefix(8)))))
        }
        #expect(text.contains("— 1 —") || text.contains("—1—"))
    }

    static func write(_ bytes: [UInt8]) throws -> URL {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("gongkai-\(UUID().uuidString).pdf")
        try Data(bytes).write(to: file)
        return file
    }
}

@Suite("PDF without LibreOffice")
struct PDFWithoutLibreOfficeTests {
    @Test("The error names the package to install")
    func missing() throws {
        var renderer = PDFRenderer()
        renderer.libreOffice.tool = ExternalTool(name: "soffice-not-installed", package: "libreoffice-writer-nogui")
        #expect(throws: RenderError.toolMissing(tool: "soffice-not-installed", package: "libreoffice-writer-nogui")) {
            try renderer.render(Report.skeleton(template: .v2021))
        }
        let message = RenderError.toolMissing(tool: "soffice", package: "libreoffice-writer-nogui").message
        #expect(message.contains("apt-get install --no-install-recommends libreoffice-writer-nogui"))
    }
}
