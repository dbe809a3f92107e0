import GongkaiCore

/// Reads the first worksheet of an .xlsx ledger through the core's hardened workbook reader
/// (`XlsxWorkbookReader`: capped unpacking, DTD and entity refusal, streamed rows under a row
/// and a cell cap), as a `LedgerTable` whose rows keep their sheet row numbers.
///
/// Numbers come back as written in the file ("45720", "13800000000"); a date column holds the
/// Excel serial day, which the ledger mapping converts.
public enum XLSXReader {
    /// The first sheet of the workbook in `bytes`; `name` is used in errors.
    public static func read(
        _ bytes: [UInt8], name: String, limits: XlsxWorkbookReader.Limits = .standard
    ) throws(LedgerReadError) -> LedgerTable {
        do {
            let rows = try XlsxWorkbookReader.firstSheet(bytes, limits: limits)
            return LedgerTable(rows: rows.map { LedgerTable.Row(line: $0.number, cells: $0.cells) })
        } catch {
            throw LedgerReadError(file: name, reason: error.description)
        }
    }
}
