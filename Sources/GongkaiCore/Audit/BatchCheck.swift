import Foundation

/// Reads and audits many files in parallel, then pairs each report with the same agency's report
/// for the previous year (CARRY_MISMATCH, TEXT_COPIED) when both are among the files.
///
/// Each worker reads and audits its file at once and keeps only a summary (no section text, the
/// narrative as sampled fingerprints), so memory grows with the number of files by a few
/// kilobytes each, not by whole documents.
public struct BatchChecker: Sendable {
    public var reader = ReportReader()
    public var auditor = Auditor()
    public var crossYear = CrossYearCheck()

    public init() {}

    /// Checks `files`, using up to `jobs` threads; `progress(done, total)` is called as files finish
    /// (from worker threads). Results come back in the order of `files`.
    public func check(
        _ files: [URL], jobs: Int = ProcessInfo.processInfo.activeProcessorCount,
        progress: (@Sendable (Int, Int) -> Void)? = nil
    ) -> [CheckResult] {
        check(inputs: files.map(CheckInput.file), jobs: jobs, progress: progress)
    }

    /// Checks `inputs` (files and archive members) as `check(_:jobs:progress:)` does. With
    /// `pairingYears` false the cross-year findings are left to the caller (the supervision board
    /// pairs reports by the roster agency they were matched to, not by the name they state).
    public func check(
        inputs: [CheckInput], jobs: Int = ProcessInfo.processInfo.activeProcessorCount, pairingYears: Bool = true,
        progress: (@Sendable (Int, Int) -> Void)? = nil
    ) -> [CheckResult] {
        let slots = ResultSlots<CheckResult>(count: inputs.count)
        let reader = reader
        let auditor = auditor
        let total = inputs.count
        let workers = max(1, min(jobs, total))
        DispatchQueue.concurrentPerform(iterations: workers) { worker in
            var index = worker
            while index < total {
                let input = inputs[index]
                do throws(ReadError) {
                    let parsed = try input.read(with: reader)
                    slots.set(index, CheckResult(file: input.name, parsed: parsed, findings: auditor.audit(parsed)))
                } catch {
                    var error = error
                    error.file = input.name
                    slots.set(index, CheckResult(file: input.name, error: error))
                }
                let done = slots.finishOne()
                progress?(done, total)
                index += workers
            }
        }
        var results = slots.values().enumerated().map { index, result in
            result ?? CheckResult(
                file: inputs[index].name, error: ReadError(file: inputs[index].name, reason: .io(detail: "未处理")))
        }
        if pairingYears { addCrossYearFindings(&results) }
        return results
    }

    /// CARRY_MISMATCH and TEXT_COPIED across the batch: each report against the report of the
    /// same agency (by the name the documents state) on the previous year.
    public func addCrossYearFindings(_ results: inout [CheckResult]) {
        var byKey: [String: Int] = [:]
        for (index, result) in results.enumerated() {
            if let report = result.report, let key = Self.key(report, yearOffset: 0) { byKey[key] = index }
        }
        for index in results.indices {
            guard let report = results[index].report, let key = Self.key(report, yearOffset: -1),
                let previous = byKey[key]
            else { continue }
            results[index].add(crossYear.findings(results[index], previous: results[previous]))
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
