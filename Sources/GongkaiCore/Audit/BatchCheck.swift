import Foundation

/// The outcome of checking one file: the report's summary and its findings, or why it could not
/// be read.
public struct CheckResult: Sendable {
    public var file: String
    /// The report without its section text: the metadata and tables, which is what a summary of
    /// thousands of files needs to keep in memory.
    public var report: Report?
    /// The format the file was read as.
    public var format: SourceFormat?
    public var error: ReadError?
    public var findings: [Finding]

    public init(
        file: String, report: Report? = nil, format: SourceFormat? = nil, error: ReadError? = nil,
        findings: [Finding] = []
    ) {
        self.file = file
        self.report = report
        self.format = format
        self.error = error
        self.findings = findings
    }

    /// Whether any finding is an error.
    public var hasErrors: Bool { findings.contains { $0.severity == .error } }

    /// `{"file": …, "report": {…metadata…}, "findings": [ … ]}`; an unreadable file has
    /// `"report": null` and an `"error"` message.
    public var jsonValue: JSONValue {
        var members = [JSONMember("file", .string(file))]
        if let error { members.append(JSONMember("error", .string(error.reason.message))) }
        members.append(JSONMember("report", report.map { $0.metadataJSONValue() } ?? .null))
        members.append(JSONMember("findings", .array(findings.map(\.jsonValue))))
        return .object(members)
    }
}

/// Reads and audits many files in parallel, then pairs each report with the same agency's report
/// for the previous year (CARRY_MISMATCH) when both are among the files.
///
/// Each worker reads and audits its file at once and keeps only a summary (no section text), so
/// memory grows with the number of files by a few kilobytes each, not by whole documents.
public struct BatchChecker: Sendable {
    public var reader = ReportReader()
    public var auditor = Auditor()
    public var carryOverRule = CarryOverRule()

    public init() {}

    /// Checks `files`, using up to `jobs` threads; `progress(done, total)` is called as files finish
    /// (from worker threads). Results come back in the order of `files`.
    public func check(
        _ files: [URL], jobs: Int = ProcessInfo.processInfo.activeProcessorCount,
        progress: (@Sendable (Int, Int) -> Void)? = nil
    ) -> [CheckResult] {
        let slots = ResultSlots<CheckResult>(count: files.count)
        let reader = reader
        let auditor = auditor
        let total = files.count
        let workers = max(1, min(jobs, total))
        DispatchQueue.concurrentPerform(iterations: workers) { worker in
            var index = worker
            while index < total {
                let file = files[index].relativePath
                do throws(ReadError) {
                    let parsed = try reader.read(contentsOf: files[index])
                    var summary = parsed.report
                    for number in summary.sections.indices { summary.sections[number].text = "" }
                    slots.set(
                        index,
                        CheckResult(file: file, report: summary, format: parsed.format, findings: auditor.audit(parsed)))
                } catch {
                    var error = error
                    error.file = file
                    slots.set(index, CheckResult(file: file, error: error))
                }
                let done = slots.finishOne()
                progress?(done, total)
                index += workers
            }
        }
        var results = slots.values().enumerated().map { index, result in
            result ?? CheckResult(
                file: files[index].relativePath,
                error: ReadError(file: files[index].relativePath, reason: .io(detail: "未处理")))
        }
        addCarryOverFindings(&results)
        return results
    }

    /// CARRY_MISMATCH across the batch: each report against the same agency's previous year.
    private func addCarryOverFindings(_ results: inout [CheckResult]) {
        var byKey: [String: Int] = [:]
        for (index, result) in results.enumerated() {
            if let report = result.report, let key = Self.key(report, yearOffset: 0) { byKey[key] = index }
        }
        for index in results.indices {
            guard let report = results[index].report, let key = Self.key(report, yearOffset: -1),
                let previous = byKey[key].flatMap({ results[$0].report })
            else { continue }
            let context = AuditContext(parsed: ParsedReport(report: report, format: .json), previous: previous)
            let carry = carryOverRule.findings(in: context)
            guard !carry.isEmpty else { continue }
            let merged = results[index].findings + carry
            results[index].findings = merged.enumerated().sorted { lhs, rhs in
                lhs.element.severity != rhs.element.severity
                    ? lhs.element.severity < rhs.element.severity : lhs.offset < rhs.offset
            }.map(\.element)
        }
    }

    private static func key(_ report: Report, yearOffset: Int) -> String? {
        guard let agency = report.agency, let year = report.year else { return nil }
        return "\(LabelText.normalize(agency))#\(year + yearOffset)"
    }
}

/// A fixed array written by worker threads, one slot each.
private final class ResultSlots<Value: Sendable>: @unchecked Sendable {
    private var storage: [Value?]
    private var finished = 0
    private let lock = NSLock()

    init(count: Int) { storage = Array(repeating: nil, count: count) }

    func set(_ index: Int, _ value: Value) {
        lock.lock()
        storage[index] = value
        lock.unlock()
    }

    func finishOne() -> Int {
        lock.lock()
        defer { lock.unlock() }
        finished += 1
        return finished
    }

    func values() -> [Value?] {
        lock.lock()
        defer { lock.unlock() }
        return storage
    }
}

/// Expands the paths a user names into the report files to check.
public enum InputFiles {
    /// The files under `paths`: files as named, directories searched recursively for files with a
    /// known extension (hidden files and folders skipped), sorted by path. Paths that do not
    /// exist come back as errors. Each URL's `relativePath` is the path as the user would write it.
    public static func collect(_ paths: [String]) -> (files: [URL], missing: [ReadError]) {
        var files: [URL] = []
        var missing: [ReadError] = []
        let manager = FileManager.default
        let base = URL(fileURLWithPath: manager.currentDirectoryPath, isDirectory: true)
        for path in paths {
            var isDirectory: ObjCBool = false
            guard manager.fileExists(atPath: path, isDirectory: &isDirectory) else {
                missing.append(ReadError(file: path, reason: .io(detail: "文件或目录不存在")))
                continue
            }
            let url = URL(fileURLWithPath: path, relativeTo: base)
            guard isDirectory.boolValue else {
                files.append(url)
                continue
            }
            let prefix = path.hasSuffix("/") ? path : path + "/"
            var found: [URL] = []
            if let enumerator = manager.enumerator(
                at: url, includingPropertiesForKeys: [.isRegularFileKey], options: [.skipsHiddenFiles])
            {
                for case let file as URL in enumerator
                where FormatDetector.knownExtensions.contains(file.pathExtension.lowercased()) {
                    found.append(URL(fileURLWithPath: prefix + relativePath(of: file, in: url), relativeTo: base))
                }
            }
            files += found.sorted { $0.relativePath < $1.relativePath }
        }
        return (files, missing)
    }

    /// `file`'s path relative to `directory`, so results show paths as the user typed them.
    private static func relativePath(of file: URL, in directory: URL) -> String {
        let base = directory.standardizedFileURL.resolvingSymlinksInPath().path
        let full = file.standardizedFileURL.resolvingSymlinksInPath().path
        guard full.hasPrefix(base + "/") else { return file.lastPathComponent }
        return String(full.dropFirst(base.count + 1))
    }
}
