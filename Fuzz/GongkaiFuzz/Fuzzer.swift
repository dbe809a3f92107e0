import Foundation
import GongkaiCore

// A libFuzzer target for the whole reading pipeline: any bytes go through format detection,
// the readers, extraction, the auditor and the canonical JSON. The only acceptable outcomes are
// a report or a `ReadError`; a crash, a hang or unbounded memory is a bug.
//
// Fuzz (see scripts/fuzz.sh):
//   swift build -c release --product GongkaiFuzz --scratch-path .build-fuzz \
//     -Xswiftc -D -Xswiftc FUZZING -Xswiftc -sanitize=fuzzer,address -Xswiftc -parse-as-library
// Without those flags the same program replays files given on the command line, so a crash
// found by the fuzzer can be reproduced and debugged with an ordinary build.

/// The reader used for every input; PDF conversion is left out (it runs an external program).
let fuzzReader = ReportReader()

@_cdecl("LLVMFuzzerTestOneInput")
public func gongkaiFuzzOneInput(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    guard !bytes.starts(with: Array("%PDF".utf8)) else { return 0 }
    if let parsed = try? fuzzReader.read(bytes, name: "fuzz-input") {
        _ = Auditor().audit(parsed)
        _ = parsed.report.canonicalJSON()
    }
    return 0
}

#if FUZZING
    /// libFuzzer's driver, which runs the fuzzing loop over `LLVMFuzzerTestOneInput`-style callbacks.
    @_silgen_name("LLVMFuzzerRunDriver")
    func runFuzzerDriver(
        _ argc: UnsafeMutablePointer<CInt>,
        _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
        _ callback: @convention(c) (UnsafePointer<UInt8>, Int) -> CInt
    ) -> CInt

    /// SwiftPM names an executable's entry point after its module and links `main` to it; under
    /// fuzzing it hands over to libFuzzer's driver.
    @_cdecl("GongkaiFuzz_main")
    func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> CInt {
        var count = argc
        var arguments: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = argv
        return runFuzzerDriver(&count, &arguments) { data, size in gongkaiFuzzOneInput(data, size) }
    }
#else
    /// The ordinary build: replays the files named on the command line through the fuzz entry point.
    @main
    struct Replay {
        static func main() {
            var replayed = 0
            for path in CommandLine.arguments.dropFirst() {
                guard let data = FileManager.default.contents(atPath: path) else {
                    FileHandle.standardError.write(Data("cannot read \(path)\n".utf8))
                    exit(2)
                }
                let bytes = [UInt8](data) + [0]
                _ = bytes.withUnsafeBufferPointer { gongkaiFuzzOneInput($0.baseAddress!, data.count) }
                replayed += 1
            }
            print("replayed \(replayed) inputs without a crash")
        }
    }
#endif
