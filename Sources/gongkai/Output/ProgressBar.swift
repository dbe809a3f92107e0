import Foundation

/// A progress bar on standard error for long runs, redrawn at most every 100 ms.
final class ProgressBar: @unchecked Sendable {
    private let total: Int
    private let enabled: Bool
    private let lock = NSLock()
    private var lastDraw = Date.distantPast
    private var drawn = false
    private let start = Date()

    /// `enabled` should be true only when standard error is a terminal; tiny runs never draw.
    init(total: Int, enabled: Bool) {
        self.total = total
        self.enabled = enabled && total >= 20
    }

    func update(_ done: Int) {
        guard enabled else { return }
        lock.lock()
        defer { lock.unlock() }
        let now = Date()
        guard done == total || now.timeIntervalSince(lastDraw) >= 0.1 else { return }
        lastDraw = now
        let width = 30
        let filled = total == 0 ? width : width * done / total
        let bar = String(repeating: "█", count: filled) + String(repeating: "░", count: width - filled)
        let elapsed = now.timeIntervalSince(start)
        let rate = elapsed > 0 ? Double(done) / elapsed : 0
        Terminal.standardError.write(String(format: "\r检查中 %@ %d/%d（%.0f 份/秒）", bar, done, total, rate))
        drawn = true
    }

    /// Clears the bar so the results start on a clean line.
    func finish() {
        guard enabled, drawn else { return }
        Terminal.standardError.write("\r\u{1B}[2K")
    }
}
