import Foundation

/// The kinds of file a catalogue item may carry, recognised from the bytes (never from the name
/// or the browser's claim): PDF, Word (.docx), Excel (.xlsx), JPEG and PNG images. A .docx or
/// .xlsx is a zip whose central directory (read through the core's bounded zip reader) holds the
/// part that makes it one; any other zip is refused.
public enum CatalogueAttachmentKind: String, Sendable, Hashable, CaseIterable, Codable {
    case pdf, docx, xlsx, jpeg, png

    /// The largest attachment accepted by default.
    public static let defaultMaximumBytes = 20 << 20

    /// The MIME type served back.
    public var contentType: String {
        switch self {
        case .pdf: "application/pdf"
        case .docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
        case .xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        case .jpeg: "image/jpeg"
        case .png: "image/png"
        }
    }

    /// The file name extension that goes with the kind.
    public var fileExtension: String {
        switch self {
        case .jpeg: "jpg"
        default: rawValue
        }
    }

    /// "PDF", "Word", "Excel", "图片".
    public var label: String {
        switch self {
        case .pdf: "PDF"
        case .docx: "Word"
        case .xlsx: "Excel"
        case .jpeg, .png: "图片"
        }
    }

    /// The kind of `bytes`, or nil when it is none of the accepted kinds.
    public static func sniff(_ bytes: [UInt8]) -> CatalogueAttachmentKind? {
        if bytes.starts(with: Array("%PDF-".utf8)) { return .pdf }
        if bytes.starts(with: [0xFF, 0xD8, 0xFF]) { return .jpeg }
        if bytes.starts(with: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) { return .png }
        guard bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]), let directory = try? ZipDirectory(bytes) else { return nil }
        if (try? directory.entry(named: "word/document.xml")) != nil { return .docx }
        if (try? directory.entry(named: "xl/workbook.xml")) != nil { return .xlsx }
        return nil
    }

    /// `name` fit to show and to send back: its last path component, control characters and
    /// quotes removed, at most 100 characters, ending in the kind's extension.
    public func displayName(_ name: String) -> String {
        let last = name.split(whereSeparator: { $0 == "/" || $0 == "\\" }).last.map(String.init) ?? ""
        var clean = String(String.UnicodeScalarView(last.unicodeScalars.filter { !CharacterSet.controlCharacters.contains($0) && $0 != "\"" }))
            .trimmingCharacters(in: .whitespaces)
        if clean.isEmpty { clean = "附件" }
        clean = String(clean.prefix(100))
        let allowed = self == .jpeg ? ["jpg", "jpeg"] : [fileExtension]
        if let dot = clean.lastIndex(of: "."), allowed.contains(clean[clean.index(after: dot)...].lowercased()) { return clean }
        return clean + "." + fileExtension
    }
}
