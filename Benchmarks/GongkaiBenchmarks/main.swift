import Foundation
import GongkaiCore

// Throughput of reading and checking reports, per format, on a generated corpus; and the wall
// time of the `gongkai check` binary on a directory of 1,500 txt/html reports.
//
//   swift run -c release GongkaiBenchmarks [--count 1500] [--pdf-count 100] [--gongkai .build/release/gongkai]
//   swift run -c release GongkaiBenchmarks --letters      (letters: see LetterBenchmark.swift)
//   swift run -c release GongkaiBenchmarks --collect 10000 [--runs 3]     (`gongkai collect`, see CollectBenchmark)
//   swift run -c release GongkaiBenchmarks --pdf-breakdown [--pdf-count 100] [--pdf-dir DIR] [--runs 3]
//                                          (PDF only: pdftotext alone vs our reading, see PDFBreakdown)
//
// Every format the readers read is measured: txt (as Word exports it), html, md, docx, and pdf
// (rendered through LibreOffice, read back through pdftotext; fewer files, as each costs a
// LibreOffice conversion to make and a pdftotext process to read).

struct Options {
    var count = 1500
    var pdfCount = 100
    var gongkai: String?
    var keep: String?
    var letters = false
    var collect: Int?
    var runs = 3
    var pdfBreakdown = false
    /// PDFs to read instead of rendering a corpus (`--pdf-breakdown` only).
    var pdfDirectory: String?

    init(_ arguments: [String]) {
        var iterator = arguments.dropFirst().makeIterator()
        while let argument = iterator.next() {
            switch argument {
            case "--count": count = Int(iterator.next() ?? "") ?? count
            case "--pdf-count": pdfCount = Int(iterator.next() ?? "") ?? pdfCount
            case "--gongkai": gongkai = iterator.next()
            case "--keep": keep = iterator.next()
            case "--letters": letters = true
            case "--collect": collect = Int(iterator.next() ?? "") ?? 10_000
            case "--runs": runs = Int(iterator.next() ?? "") ?? runs
            case "--pdf-breakdown": pdfBreakdown = true
            case "--pdf-dir": pdfDirectory = iterator.next()
            default:
                FileHandle.standardError.write("unknown option \(argument)\n".data(using: .utf8)!)
                exit(64)
            }
        }
    }
}

let options = Options(CommandLine.arguments)
let defaultBinary = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("gongkai").path
if let count = options.collect {
    try CollectBenchmark.run(count: count, runs: options.runs, gongkai: options.gongkai ?? defaultBinary, keep: options.keep)
    exit(0)
}
if options.letters {
    try LetterBenchmark.run(
        count: CommandLine.arguments.contains("--count") ? options.count : 2000,
        pdfCount: CommandLine.arguments.contains("--pdf-count") ? options.pdfCount : 50)
    exit(0)
}
let manager = FileManager.default
if options.pdfBreakdown, let directory = options.pdfDirectory {
    let files = try manager.contentsOfDirectory(atPath: directory).filter { $0.hasSuffix(".pdf") }.sorted()
        .map { URL(fileURLWithPath: directory).appendingPathComponent($0) }
    try PDFBreakdown.run(Array(files.prefix(options.pdfCount)), runs: options.runs)
    exit(0)
}
let root = URL(fileURLWithPath: options.keep ?? NSTemporaryDirectory()).appendingPathComponent("gongkai-bench-\(getpid())")
try manager.createDirectory(at: root, withIntermediateDirectories: true)
defer { if options.keep == nil { try? manager.removeItem(at: root) } }

// One corpus of reports, written in every format that has a renderer.
var generator = SampleReportGenerator(seed: 20_261_123)
let reports = (0..<options.count).map { _ in generator.report() }
let formats: [(SourceFormat, OutputFormat, String)] = [
    (.text, .text, "txt"), (.html, .html, "html"), (.markdown, .markdown, "md"), (.docx, .docx, "docx"), (.pdf, .pdf, "pdf"),
].filter { !options.pdfBreakdown || $0.0 == .pdf }
let renderer = ReportRenderer()
var corpora: [(format: SourceFormat, files: [URL], bytes: Int)] = []
let mixed = root.appendingPathComponent("mixed")
try manager.createDirectory(at: mixed, withIntermediateDirectories: true)
for (format, output, ext) in formats {
    let directory = root.appendingPathComponent(ext)
    try manager.createDirectory(at: directory, withIntermediateDirectories: true)
    let subset = format == .pdf ? Array(reports.prefix(options.pdfCount)) : reports
    let rendered: [[UInt8]]
    do {
        rendered = try renderer.render(subset, as: output)
    } catch {
        print("(\(ext): not measured — \(error))")
        continue
    }
    var files: [URL] = []
    var bytes = 0
    for (index, data) in rendered.enumerated() {
        let file = directory.appendingPathComponent(String(format: "%05d.\(ext)", index))
        try Data(data).write(to: file)
        files.append(file)
        bytes += data.count
        // The mixed directory for the CLI run alternates txt and html.
        if (format == .text && index % 2 == 0) || (format == .html && index % 2 == 1) {
            try Data(data).write(to: mixed.appendingPathComponent(file.lastPathComponent))
        }
    }
    corpora.append((format, files, bytes))
}

if options.pdfBreakdown, let pdf = corpora.first(where: { $0.format == .pdf }) {
    try PDFBreakdown.run(pdf.files, runs: options.runs)
    if options.keep == nil { try? manager.removeItem(at: root) }
    exit(0)
}

func measure(_ body: () -> Void) -> Double {
    let start = DispatchTime.now()
    body()
    return Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e9
}

print("Gongkai benchmark: \(options.count) generated reports per format (\(options.pdfCount) for pdf), \(ProcessInfo.processInfo.activeProcessorCount) cores")
print("")
print("| format | files | avg size | 1 thread reports/s | all cores reports/s | findings |")
print("|---|---:|---:|---:|---:|---:|")
let checker = BatchChecker()
for corpus in corpora {
    var findings = 0
    _ = checker.check(Array(corpus.files.prefix(20)), jobs: 1)  // warm up
    let single = measure { findings = checker.check(corpus.files, jobs: 1).reduce(0) { $0 + $1.findings.count } }
    let parallel = measure { _ = checker.check(corpus.files, jobs: ProcessInfo.processInfo.activeProcessorCount) }
    let size = corpus.bytes / max(corpus.files.count, 1)
    print(String(format: "| %@ | %d | %.1f KB | %.0f | %.0f | %d |", corpus.format.rawValue, corpus.files.count, Double(size) / 1024,
        Double(corpus.files.count) / single, Double(corpus.files.count) / parallel, findings))
}

// The CLI end to end: process start, directory walk, reading, checking and printing.
let binary = options.gongkai ?? defaultBinary
if manager.isExecutableFile(atPath: binary) {
    var times: [Double] = []
    for _ in 0..<5 {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: binary)
        process.arguments = ["check", mixed.path]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        times.append(measure {
            try? process.run()
            process.waitUntilExit()
        })
    }
    let fileCount = (try? manager.contentsOfDirectory(atPath: mixed.path).count) ?? 0
    print("")
    print(String(format: "`gongkai check` on %d txt/html files: best %.3f s, median %.3f s wall time (5 runs)",
        fileCount, times.min()!, times.sorted()[2]))
} else {
    print("")
    print("(gongkai binary not found at \(binary); build it with `swift build -c release` to time the CLI)")
}
