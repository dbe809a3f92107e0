extension ReportArchive {
    /// A .zip of report files (path inside the archive, bytes), as an office would upload them:
    /// for the demo, the tests and the benchmark of the upload path.
    public static func pack(_ files: [(path: String, bytes: [UInt8])]) throws(RenderError) -> [UInt8] {
        try ZipPackage.archive(files.map { ZipPackage.Part($0.path, $0.bytes) })
    }
}
