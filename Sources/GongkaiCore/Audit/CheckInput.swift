import Foundation

/// One report file to check: a file on disk, or a member of a .zip archive of reports.
public enum CheckInput: Sendable {
    case file(URL)
    case archiveMember(ReportArchive, ReportArchive.Member)

    /// The input as results name it: the path as the user typed it, or "archive.zip/member".
    public var name: String {
        switch self {
        case .file(let url): url.relativePath
        case .archiveMember(let archive, let member): archive.displayName(of: member)
        }
    }

    /// Reads the input with `reader`.
    public func read(with reader: ReportReader) throws(ReadError) -> ParsedReport {
        switch self {
        case .file(let url):
            return try reader.read(contentsOf: url)
        case .archiveMember(let archive, let member):
            let bytes = try archive.contents(of: member, limit: reader.maximumFileSize)
            return try reader.read(bytes, name: name, fileExtension: (member.path as NSString).pathExtension)
        }
    }
}
