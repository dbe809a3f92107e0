/// Why a file could not be read as a report, with what a user needs to fix it.
///
/// Readers throw the `Reason`; `ReportReader` attaches the file. User-facing text is produced in
/// one place, `ReadError+Message.swift`.
public struct ReadError: Error, Sendable, Hashable {
    /// The file, as the user named it (a path, or a label such as "<stdin>").
    public var file: String
    public var reason: Reason

    public init(file: String, reason: Reason) {
        self.file = file
        self.reason = reason
    }

    public enum Reason: Error, Sendable, Hashable {
        /// The file has no bytes (or only white space).
        case empty
        /// The file is larger than the reader accepts.
        case tooLarge(bytes: Int, limit: Int)
        /// The content is none of the supported formats.
        case unrecognizedFormat(detail: String)
        /// The text is in no encoding Gongkai knows (UTF-8, UTF-16 with BOM, GB18030/GBK).
        case undecodableText
        /// A .docx (zip) archive that is damaged or truncated.
        case corruptArchive(detail: String)
        /// A .docx whose parts would unpack beyond the size cap (a zip bomb, or simply too big).
        case archiveTooLarge(limit: Int)
        /// A zip archive that is not a Word document (no `word/document.xml`).
        case notWordDocument
        /// XML that cannot be parsed, with the line where the parser gave up.
        case malformedXML(part: String, line: Int, detail: String)
        /// XML with a DOCTYPE or entity declarations, refused so entity expansion cannot run.
        case xmlDeclarationsRefused(part: String)
        /// An external tool the format needs is not installed.
        case toolMissing(tool: String, package: String)
        /// An external tool ran but failed.
        case toolFailed(tool: String, status: Int32, detail: String)
        /// An external tool did not finish in time.
        case toolTimedOut(tool: String, seconds: Int)
        /// A PDF whose pages are images without a text layer (a scan).
        case scannedPDF
        /// The file was read, but holds neither the sections nor the tables of an annual report.
        case notAReport
        /// A JSON file that is not a canonical report.
        case invalidReportJSON(ReportDecodingError)
        /// The file could not be opened or read.
        case io(detail: String)
        /// A .zip archive of reports that cannot be opened, or that is refused (too big, too many files).
        case zipArchive(detail: String)
    }
}
