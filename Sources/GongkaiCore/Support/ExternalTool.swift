import Foundation

/// Runs an installed command-line tool (pdftotext, soffice) with a time limit and collects its output.
public struct ExternalTool: Sendable {
    /// The command name, looked up in `PATH`: "pdftotext".
    public let name: String
    /// The Debian package that provides it, named in the error when it is missing.
    public let package: String

    public init(name: String, package: String) {
        self.name = name
        self.package = package
    }

    /// What a finished run printed.
    public struct Output: Sendable {
        public var status: Int32
        public var standardOutput: Data
        public var standardError: Data
    }

    /// The tool's full path, or `nil` when it is not installed.
    public func locate(environment: [String: String] = ProcessInfo.processInfo.environment) -> String? {
        if name.contains("/") { return FileManager.default.isExecutableFile(atPath: name) ? name : nil }
        let path = environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"
        for directory in path.split(separator: ":") {
            let candidate = "\(directory)/\(name)"
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }

    /// Runs the tool with `arguments`; throws `.toolMissing` when it is not installed and
    /// `.toolTimedOut` when it runs longer than `timeout` seconds (it is then killed).
    public func run(
        _ arguments: [String], timeout: TimeInterval, environment: [String: String]? = nil
    ) throws(ReadError.Reason) -> Output {
        guard let executable = locate() else { throw .toolMissing(tool: name, package: package) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        if let environment { process.environment = environment }
        let standardOutput = Pipe()
        let standardError = Pipe()
        process.standardOutput = standardOutput
        process.standardError = standardError
        process.standardInput = FileHandle.nullDevice

        let outputCollector = PipeCollector(standardOutput.fileHandleForReading)
        let errorCollector = PipeCollector(standardError.fileHandleForReading)
        let finished = DispatchSemaphore(value: 0)
        process.terminationHandler = { _ in finished.signal() }
        do {
            try process.run()
        } catch {
            throw .toolFailed(tool: name, status: -1, detail: error.localizedDescription)
        }
        if finished.wait(timeout: .now() + timeout) == .timedOut {
            process.terminate()
            if finished.wait(timeout: .now() + 2) == .timedOut { kill(process.processIdentifier, SIGKILL) }
            _ = outputCollector.wait()
            _ = errorCollector.wait()
            throw .toolTimedOut(tool: name, seconds: Int(timeout))
        }
        return Output(
            status: process.terminationStatus, standardOutput: outputCollector.wait(),
            standardError: errorCollector.wait())
    }
}

/// Drains a pipe on a background thread, so a tool that writes more than a pipe buffer holds
/// cannot block before it exits.
private final class PipeCollector: @unchecked Sendable {
    private var data = Data()
    private let done = DispatchSemaphore(value: 0)

    init(_ handle: FileHandle) {
        Thread.detachNewThread { [self] in
            data = handle.readDataToEndOfFile()
            done.signal()
        }
    }

    func wait() -> Data {
        done.wait()
        done.signal()
        return data
    }
}
