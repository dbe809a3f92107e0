/// Takes one part out of a .docx (a zip archive) without trusting the archive: `ZipDirectory`
/// finds the entry with bounds checks and `ZipInflater` unpacks it under a size cap.
enum DocxArchive {
    /// The bytes of the part at `path`.
    ///
    /// - Throws: `.corruptArchive` for a damaged or truncated archive, `.notWordDocument` when
    ///   the part is missing, `.archiveTooLarge(limit:)` when it unpacks beyond `limit` bytes.
    static func extract(_ path: String, from bytes: [UInt8], limit: Int) throws(ReadError.Reason) -> [UInt8] {
        let directory: ZipDirectory
        let found: ZipDirectory.Entry?
        do {
            directory = try ZipDirectory(bytes)
            found = try directory.entry(named: path)
        } catch {
            throw ZipInflater.failure(error)
        }
        guard let entry = found else { throw .notWordDocument }
        return try ZipInflater.contents(of: entry, named: path, in: directory, bytes: bytes, limit: limit)
    }
}
