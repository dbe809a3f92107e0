/// What extraction observed in the document that the canonical report cannot hold but the
/// auditor needs: how headings were numbered, which cells were missing rather than blank, what a
/// cell said when it held no number, which labels differed from the template.
public enum ExtractionNote: Sendable, Hashable {
    /// A section heading as written, in document order.
    case sectionHeading(SectionHeading)
    /// A statutory table was replaced by text (such as "无").
    case tableReplacedByText(TableID, text: String)
    /// A row of the template is absent from the document's table; its cells are blank.
    case rowMissing(TableID, RowKey)
    /// The document's row has fewer cells than the template: these columns have no cell at all.
    case cellsMissing(TableID, RowKey, columns: [Int])
    /// A cell holds text that is not a valid number for it; the cell is blank in the report.
    case cellUnreadable(TableID, RowKey, column: Int, text: String)
    /// A row's label differs from the template beyond normalization (a misprint, a wrong number).
    case rowLabelVariant(TableID, RowKey, written: String)
    /// A row with values whose label matches no row of the template; its values are not used.
    case unrecognizedRow(TableID, label: String, values: [String])
    /// An amount written in another unit (元, 亿元) and converted to 万元.
    case amountConverted(TableID, RowKey, column: Int, written: String)
    /// The preamble before section 一 (statistics period, contact details).
    case preamble(String)
    /// The year found in the statistics period (统计期限), when the document states one.
    case statisticsPeriodYear(Int)
    /// The year in the title, when the title states one.
    case titleYear(Int)
    /// The date under the report (落款日期), when the document ends with one.
    case signatureDate(CivilDate)
}

/// A report read from a document, with the observations the auditor needs.
public struct ParsedReport: Sendable, Hashable {
    public var report: Report
    /// The format the document was read as.
    public var format: SourceFormat
    public var notes: [ExtractionNote]

    public init(report: Report, format: SourceFormat, notes: [ExtractionNote] = []) {
        self.report = report
        self.format = format
        self.notes = notes
    }

    /// The section headings as written, in document order.
    public var headings: [SectionHeading] {
        notes.compactMap { if case .sectionHeading(let heading) = $0 { heading } else { nil } }
    }

    /// The date under the report (落款日期), if the document ends with one.
    public var signatureDate: CivilDate? {
        for note in notes { if case .signatureDate(let date) = note { return date } }
        return nil
    }

    /// The preamble, if the document has one.
    public var preamble: String? {
        for note in notes { if case .preamble(let text) = note { return text } }
        return nil
    }
}
