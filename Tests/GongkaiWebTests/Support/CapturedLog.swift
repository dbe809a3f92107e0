import Foundation
import Logging

/// Everything a server logged, kept in memory at trace level, to check what reaches the logs.
final class CapturedLog: Sendable {
    private let lock = NSLock()
    nonisolated(unsafe) private var entries: [String] = []

    /// A logger at `.trace` writing into this log.
    func logger(label: String) -> Logger {
        var logger = Logger(label: label) { _ in Handler(log: self) }
        logger.logLevel = .trace
        return logger
    }

    /// Every entry so far: level, message, metadata and source, one per line.
    var text: String { lock.withLock { entries.joined(separator: "\n") } }

    var count: Int { lock.withLock { entries.count } }

    private func append(_ entry: String) { lock.withLock { entries.append(entry) } }

    private struct Handler: LogHandler {
        let log: CapturedLog
        var metadata: Logger.Metadata = [:]
        var logLevel: Logger.Level = .trace

        subscript(metadataKey key: String) -> Logger.Metadata.Value? {
            get { metadata[key] }
            set { metadata[key] = newValue }
        }

        func log(event: LogEvent) {
            let all = metadata.merging(event.metadata ?? [:]) { $1 }
            log.append("\(event.level) [\(event.source)] \(event.message) \(all)")
        }
    }
}
