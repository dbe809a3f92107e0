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
        locate(searchPath: environment["PATH"])
    }

    /// The tool's full path, looked up in `searchPath` (the directories of a `PATH` value).
    func locate(searchPath: String?) -> String? {
        if name.contains("/") { return FileManager.default.isExecutableFile(atPath: name) ? name : nil }
        for directory in (searchPath ?? "/usr/local/bin:/usr/bin:/bin").split(separator: ":") {
            let candidate = "\(directory)/\(name)"
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }

    /// Runs the tool with `arguments`, writing `input` to its standard input when given (else it
    /// reads /dev/null); throws `.toolMissing` when it is not installed and `.toolTimedOut` when it
    /// runs longer than `timeout` seconds (it is then ended: SIGTERM, SIGKILL two seconds later).
    public func run(
        _ arguments: [String], input: [UInt8]? = nil, timeout: TimeInterval, environment: [String: String]? = nil
    ) throws(ReadError.Reason) -> Output {
        // PATH from the C environment: building Foundation's whole environment dictionary on
        // every run showed in the profile of a PDF batch.
        guard let executable = locate(searchPath: getenv("PATH").map { String(cString: $0) }) else {
            throw .toolMissing(tool: name, package: package)
        }
        do {
            let result = try ChildProcess.run(
                executable, arguments: arguments, environment: environment, input: input, timeout: timeout)
            return Output(
                status: result.status, standardOutput: Data(result.standardOutput), standardError: Data(result.standardError))
        } catch {
            switch error {
            case .timedOut: throw .toolTimedOut(tool: name, seconds: Int(timeout))
            case .spawn(let code): throw .toolFailed(tool: name, status: -1, detail: String(cString: strerror(code)))
            }
        }
    }
}
