import Crypto
import Foundation

/// What may be uploaded: the type is sniffed from the bytes (the browser's claim and the file
/// name are not trusted), the size capped, the name kept only for display.
public struct UploadPolicy: Sendable {
    /// The largest file accepted.
    public var maximumBytes: Int
    /// The most files in one form.
    public var maximumFiles: Int

    public init(maximumBytes: Int = 10 << 20, maximumFiles: Int = 5) {
        self.maximumBytes = maximumBytes
        self.maximumFiles = maximumFiles
    }

    /// The kinds accepted, recognised by their first bytes.
    public enum Kind: String, Sendable, CaseIterable {
        case pdf, jpeg, png

        /// The MIME type served back.
        public var contentType: String {
            switch self {
            case .pdf: "application/pdf"
            case .jpeg: "image/jpeg"
            case .png: "image/png"
            }
        }

        /// The kind of `bytes`, if accepted.
        public static func sniff(_ bytes: some Collection<UInt8>) -> Kind? {
            let head = Array(bytes.prefix(8))
            if head.starts(with: Array("%PDF-".utf8)) { return .pdf }
            if head.starts(with: [0xFF, 0xD8, 0xFF]) { return .jpeg }
            if head.starts(with: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) { return .png }
            return nil
        }
    }

    /// A file that passed the checks.
    public struct CheckedFile: Sendable {
        public let fileName: String
        public let kind: Kind
        public let bytes: Data
        public let sha256: String
    }

    /// Checks `files` (name and bytes; empty file inputs already dropped); every problem is
    /// named with the form field `field`.
    public func check(_ files: [(name: String, bytes: Data)], field: String) throws -> [CheckedFile] {
        var problems: [FieldProblem] = []
        if files.count > maximumFiles {
            problems.append(FieldProblem(field: field, message: "附件最多\(maximumFiles)个，本次上传了\(files.count)个"))
        }
        var checked: [CheckedFile] = []
        for file in files.prefix(maximumFiles) {
            let name = Self.displayName(file.name)
            if file.bytes.count > maximumBytes {
                problems.append(
                    FieldProblem(field: field, message: "附件“\(name)”超过\(maximumBytes >> 20)MB，请压缩或分页后重新上传"))
                continue
            }
            guard let kind = Kind.sniff(file.bytes) else {
                problems.append(
                    FieldProblem(field: field, message: "附件“\(name)”不是 PDF、JPG 或 PNG 文件（按文件内容判断），无法接收"))
                continue
            }
            let digest = SHA256.hash(data: file.bytes).map { String(format: "%02x", $0) }.joined()
            checked.append(CheckedFile(fileName: name, kind: kind, bytes: file.bytes, sha256: digest))
        }
        guard problems.isEmpty else { throw FormError(problems) }
        return checked
    }

    /// The last path component of `name`, without control characters, at most 100 characters.
    static func displayName(_ name: String) -> String {
        let last = name.split(whereSeparator: { $0 == "/" || $0 == "\\" }).last.map(String.init) ?? "附件"
        let clean = String(last.unicodeScalars.filter { !CharacterSet.controlCharacters.contains($0) })
        return clean.isEmpty ? "附件" : String(clean.prefix(100))
    }
}
