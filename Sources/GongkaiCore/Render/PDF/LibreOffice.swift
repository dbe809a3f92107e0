import Foundation

/// Converts documents with LibreOffice in headless mode (`soffice --headless --convert-to`).
///
/// Each run gets its own user profile in a fresh temporary directory, so parallel runs (tests,
/// batch jobs) never share or lock one, and the profile is removed afterwards. Many files are
/// converted in one run: LibreOffice starts once (a second or two) and converts each file in a
/// fraction of that (in runs of `filesPerRun` files).
public struct LibreOffice: Sendable {
    public var tool = ExternalTool(name: "soffice", package: "libreoffice-writer-nogui")
    /// Seconds allowed for LibreOffice to start, plus `secondsPerFile` for each file.
    public var startupTimeout: TimeInterval = 120
    public var secondsPerFile: TimeInterval = 20
    /// Files converted by one LibreOffice process; longer runs are split (LibreOffice 7.4 has
    /// been seen to stop silently after about 240 documents in one run).
    public var filesPerRun = 100
    /// Map the official fonts, which Linux machines rarely have, to the closest installed ones
    /// (see `FontSubstitution`) instead of fontconfig's default sans-serif.
    public var substitutesOfficialFonts = true

    public init() {}

    /// Whether `soffice` is installed.
    public var isInstalled: Bool { tool.locate() != nil }

    /// Converts `files` in one run; `target` is what `--convert-to` takes ("pdf", or a filter with
    /// options such as `csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1`).
    /// Output files land in `outputDirectory`; returns its contents after the run.
    @discardableResult
    public func convert(_ files: [URL], to target: String, outputDirectory: URL) throws(RenderError) -> [URL] {
        var start = 0
        while start < files.count {
            let end = min(start + filesPerRun, files.count)
            try run(Array(files[start..<end]), to: target, outputDirectory: outputDirectory)
            start = end
        }
        do {
            return try FileManager.default.contentsOfDirectory(at: outputDirectory, includingPropertiesForKeys: nil)
        } catch {
            throw .io(detail: error.localizedDescription)
        }
    }

    /// One LibreOffice run over `files`.
    private func run(_ files: [URL], to target: String, outputDirectory: URL) throws(RenderError) {
        guard !files.isEmpty else { return }
        let profile = FileManager.default.temporaryDirectory.appendingPathComponent("gongkai-lo-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: profile, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: profile) }
        let arguments =
            [
                "--headless", "--norestore", "--nologo", "--nodefault", "--nolockcheck",
                "-env:UserInstallation=\(profile.absoluteURL.absoluteString)",
                "--convert-to", target, "--outdir", outputDirectory.path,
            ] + files.map(\.path)
        var environment = ProcessInfo.processInfo.environment
        if environment["HOME"] == nil { environment["HOME"] = profile.path }
        if substitutesOfficialFonts, let configuration = FontSubstitution.write(in: profile) {
            environment["FONTCONFIG_FILE"] = configuration.path
        }
        let output: ExternalTool.Output
        do {
            output = try tool.run(
                arguments, timeout: startupTimeout + secondsPerFile * Double(files.count), environment: environment)
        } catch {
            switch error {
            case .toolMissing(let tool, let package): throw .toolMissing(tool: tool, package: package)
            case .toolTimedOut(let tool, let seconds): throw .toolTimedOut(tool: tool, seconds: seconds)
            case .toolFailed(let tool, let status, let detail):
                throw .toolFailed(tool: tool, status: status, detail: detail)
            default: throw .toolFailed(tool: tool.name, status: -1, detail: error.message)
            }
        }
        guard output.status == 0 else {
            throw .toolFailed(
                tool: tool.name, status: output.status,
                detail: Self.relevantLines(String(decoding: output.standardError, as: UTF8.self)))
        }
    }

    /// The PDF of each .docx in `documents`, converted in one run.
    public func pdfs(fromDocx documents: [[UInt8]]) throws(RenderError) -> [[UInt8]] {
        try convert(documents, extension: "docx", to: "pdf", resultExtension: "pdf")
    }

    /// Writes `documents` to a private directory as `0.<extension>`, `1.<extension>`…, converts
    /// them in one run and returns the converted bytes in the same order.
    public func convert(
        _ documents: [[UInt8]], extension inputExtension: String, to target: String, resultExtension: String
    )
        throws(RenderError) -> [[UInt8]]
    {
        let manager = FileManager.default
        let directory = manager.temporaryDirectory.appendingPathComponent("gongkai-convert-\(UUID().uuidString)")
        let input = directory.appendingPathComponent("in")
        let output = directory.appendingPathComponent("out")
        defer { try? manager.removeItem(at: directory) }
        var files: [URL] = []
        do {
            try manager.createDirectory(at: input, withIntermediateDirectories: true)
            try manager.createDirectory(at: output, withIntermediateDirectories: true)
            for (index, bytes) in documents.enumerated() {
                let file = input.appendingPathComponent("\(index).\(inputExtension)")
                try Data(bytes).write(to: file)
                files.append(file)
            }
        } catch {
            throw .io(detail: error.localizedDescription)
        }
        try convert(files, to: target, outputDirectory: output)
        // A run that stops early (LibreOffice 7.4 can end a long run silently, exit status 0)
        // leaves files unconverted: convert those once more before giving up on them.
        let missing = files.filter { file in
            !manager.fileExists(atPath: output.appendingPathComponent(Self.outputName(of: file, resultExtension)).path)
        }
        if !missing.isEmpty { try convert(missing, to: target, outputDirectory: output) }
        var results: [[UInt8]] = []
        for index in documents.indices {
            let name = "\(index).\(resultExtension)"
            guard let data = manager.contents(atPath: output.appendingPathComponent(name).path) else {
                throw .outputMissing(file: name)
            }
            results.append([UInt8](data))
        }
        return results
    }

    /// The name LibreOffice gives the converted `file`: its name with the new extension.
    private static func outputName(of file: URL, _ resultExtension: String) -> String {
        file.deletingPathExtension().lastPathComponent + "." + resultExtension
    }

    /// LibreOffice's stderr without its routine warnings (javaldx, fontconfig).
    private static func relevantLines(_ text: String) -> String {
        text.split(separator: "\n").filter { !$0.contains("javaldx") && !$0.hasPrefix("Fontconfig") }
            .joined(separator: "\n")
    }
}
