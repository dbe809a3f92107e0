import Foundation

/// A .zip archive of report files — a folder zipped by an office, a bulk upload — read through
/// the same hardened path as .docx: the directory with bounds checks (`ZipDirectory`), each
/// member unpacked under the reader's size cap (`ZipInflater`), nothing written to disk.
///
/// Members are the files with an extension Gongkai reads (as in a directory), sorted by name;
/// folders, hidden files and `__MACOSX` are skipped. Archives inside the archive are not opened
/// but listed in `nestedArchives`, so the caller can say so. Names are UTF-8 when the archive says
/// so (flag bit 11) or when they are valid UTF-8, and GBK otherwise (Chinese Windows zip tools).
public struct ReportArchive: Sendable {
    /// One report file in the archive.
    public struct Member: Sendable, Hashable {
        /// The path inside the archive: "2025年/某某局.docx".
        public let path: String
        /// The unpacked size the archive declares.
        public let size: UInt64
        let entry: ZipDirectory.Entry
    }

    /// The largest archive read (it is held in memory while its members are read).
    public static let maximumArchiveSize = 2 << 30
    /// The most files an archive may hold.
    public static let maximumEntries = 200_000
    /// The most all members together may declare unpacked: bounds the work a zip bomb can cause.
    public static let maximumUnpackedSize: UInt64 = 16 << 30

    /// The archive as the user named it.
    public let name: String
    /// The report files, sorted by path.
    public let members: [Member]
    /// Paths of .zip files inside the archive, which are not opened.
    public let nestedArchives: [String]
    private let bytes: [UInt8]
    private let directory: ZipDirectory

    /// Opens the archive file at `url` (its `relativePath` names it).
    public init(contentsOf url: URL) throws(ReadError) {
        let name = url.relativePath
        let data: Data
        do {
            let size = (try FileManager.default.attributesOfItem(atPath: url.path)[.size] as? NSNumber)?.intValue ?? 0
            guard size <= Self.maximumArchiveSize else {
                throw ReadError(file: name, reason: .tooLarge(bytes: size, limit: Self.maximumArchiveSize))
            }
            data = try Data(contentsOf: url)
        } catch let error as ReadError {
            throw error
        } catch {
            throw ReadError(file: name, reason: .io(detail: ReportReader.describe(error)))
        }
        try self.init(bytes: [UInt8](data), name: name)
    }

    /// Opens the archive in `bytes`; `name` names it in errors and member names.
    public init(bytes: [UInt8], name: String) throws(ReadError) {
        self.name = name
        self.bytes = bytes
        let listed: [(name: [UInt8], entry: ZipDirectory.Entry)]
        do {
            directory = try ZipDirectory(bytes)
            listed = try directory.entries()
        } catch {
            throw ReadError(file: name, reason: .zipArchive(detail: Self.detail(ZipInflater.failure(error))))
        }
        guard listed.count <= Self.maximumEntries else {
            throw ReadError(
                file: name, reason: .zipArchive(detail: "包含 \(listed.count) 个文件，超过 \(Self.maximumEntries) 个的上限"))
        }
        var members: [Member] = []
        var nested: [String] = []
        var unpacked: UInt64 = 0
        for (rawName, entry) in listed {
            let path = Self.decodeName(rawName, utf8: entry.hasUTF8Name)
            guard !path.hasSuffix("/"), !Self.isHidden(path) else { continue }
            let fileExtension = (path as NSString).pathExtension.lowercased()
            if fileExtension == "zip" {
                nested.append(path)
            } else if FormatDetector.knownExtensions.contains(fileExtension) {
                members.append(Member(path: path, size: entry.uncompressedSize, entry: entry))
                unpacked += min(entry.uncompressedSize, UInt64(Int32.max))
            }
        }
        guard unpacked <= Self.maximumUnpackedSize else {
            throw ReadError(
                file: name,
                reason: .zipArchive(
                    detail: "解压后共 \(unpacked >> 30) GB，超过 \(Self.maximumUnpackedSize >> 30) GB 的上限，可能是压缩炸弹"))
        }
        self.members = members.sorted { $0.path < $1.path }
        self.nestedArchives = nested.sorted()
    }

    /// How a member is named in results: "批量.zip/2025年/某某局.docx".
    public func displayName(of member: Member) -> String { "\(name)/\(member.path)" }

    /// The unpacked bytes of `member`, at most `limit` of them — and no more than the archive
    /// declares, so the declared total that `init` bounds is the most that can be unpacked.
    public func contents(of member: Member, limit: Int) throws(ReadError) -> [UInt8] {
        let file = displayName(of: member)
        guard member.size <= UInt64(limit) else {
            throw ReadError(file: file, reason: .tooLarge(bytes: Int(clamping: member.size), limit: limit))
        }
        do {
            return try ZipInflater.contents(
                of: member.entry, named: member.path, in: directory, bytes: bytes, limit: Int(member.size))
        } catch {
            throw ReadError(file: file, reason: .zipArchive(detail: Self.detail(error)))
        }
    }

    private static func detail(_ reason: ReadError.Reason) -> String {
        switch reason {
        case .corruptArchive(let detail): "\(detail)；请重新压缩后再试"
        case .archiveTooLarge(let limit): "解压后超过 \(ReadError.Reason.size(limit)) 的上限，可能是压缩炸弹，已停止读取"
        default: reason.message
        }
    }

    private static func decodeName(_ raw: [UInt8], utf8: Bool) -> String {
        var name = String(validating: raw, as: UTF8.self)
        if name == nil, !utf8 { name = TextDecoding.decodeGB18030(raw) }
        return (name ?? String(decoding: raw, as: UTF8.self)).replacingOccurrences(of: "\\", with: "/")
    }

    /// Folders and files starting with "." and the resource forks macOS adds (`__MACOSX/`).
    private static func isHidden(_ path: String) -> Bool {
        path.split(separator: "/").contains { $0.hasPrefix(".") || $0 == "__MACOSX" }
    }
}
