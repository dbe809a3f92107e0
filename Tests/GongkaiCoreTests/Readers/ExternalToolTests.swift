import Foundation
import Testing

@testable import GongkaiCore

/// Running installed tools (pdftotext, soffice) through `posix_spawn` and one `poll` loop: input
/// in, both outputs out, however large, and a clear error when a tool is missing or too slow.
@Suite("ExternalTool: running a tool with pipes, a time limit and typed errors")
struct ExternalToolTests {
    let shell = ExternalTool(name: "/bin/sh", package: "dash")

    /// Bytes that fill several pipe buffers (64 KB each), not valid UTF-8 everywhere.
    let large: [UInt8] = (0..<1_000_000).map { UInt8(truncatingIfNeeded: $0 &* 7 &+ $0 >> 9) }

    @Test("Input larger than a pipe holds comes back whole through standard output")
    func inputRoundTrip() throws {
        let output = try shell.run(["-c", "cat"], input: large, timeout: 30)
        #expect(output.status == 0)
        #expect([UInt8](output.standardOutput) == large)
        #expect(output.standardError.isEmpty)
    }

    @Test("Standard error and the exit status are kept apart from the output")
    func errorAndStatus() throws {
        let output = try shell.run(["-c", "printf out; printf 错误 >&2; exit 3"], timeout: 30)
        #expect(output.status == 3)
        #expect(String(decoding: output.standardOutput, as: UTF8.self) == "out")
        #expect(String(decoding: output.standardError, as: UTF8.self) == "错误")
    }

    @Test("A tool that exits without reading its input does not end the caller (no SIGPIPE)")
    func unreadInput() throws {
        let output = try shell.run(["-c", "exit 0"], input: large, timeout: 30)
        #expect(output.status == 0)
    }

    @Test("Without input the tool reads an empty standard input, and the environment can be set")
    func noInputAndEnvironment() throws {
        let output = try shell.run(["-c", "wc -c; printf \"$GONGKAI_PROBE\""], timeout: 30, environment: ["GONGKAI_PROBE": "探针", "PATH": "/usr/bin:/bin"])
        #expect(String(decoding: output.standardOutput, as: UTF8.self).split(separator: "\n") == ["0", "探针"])
    }

    @Test("A tool running past its time limit is ended and named in the error")
    func timeout() {
        let start = DispatchTime.now()
        #expect(throws: ReadError.Reason.toolTimedOut(tool: "/bin/sh", seconds: 0)) {
            try shell.run(["-c", "sleep 20"], timeout: 0.3)
        }
        let elapsed = Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e9
        #expect(elapsed < 5)
    }

    @Test("A tool that is not installed names the package to install")
    func missing() {
        let tool = ExternalTool(name: "gongkai-no-such-tool", package: "gongkai-test-package")
        #expect(throws: ReadError.Reason.toolMissing(tool: "gongkai-no-such-tool", package: "gongkai-test-package")) {
            try tool.run([], timeout: 5)
        }
    }

    @Test("A PDF piped to pdftotext reads exactly as the same file does", .enabled(if: PDFReader().tool.locate() != nil))
    func pipedPDF() throws {
        let file = fixtureURL("real/hongze-district-2024.pdf")
        let reader = PDFReader()
        let fromFile = try reader.pages(of: .file(file))
        let piped = try reader.pages(of: .bytes([UInt8](try Data(contentsOf: file))))
        #expect(piped == fromFile)
        #expect(piped.count >= 3)
    }
}
