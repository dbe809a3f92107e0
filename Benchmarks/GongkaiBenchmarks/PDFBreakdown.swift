import Foundation
import GongkaiCore

/// Where the time of a PDF report goes, on one thread: `pdftotext -bbox` alone (given the file,
/// and given the PDF on its standard input as the reader does), then read into a
/// `SourceDocument` (`PDFReader`), then read and audited (`BatchChecker`). Each
/// step is timed in wall time and in CPU time of this process and of its children (pdftotext),
/// so a busy shared machine shows in the wall column but hardly in the CPU columns.
///
///   GongkaiBenchmarks --pdf-breakdown [--pdf-count 100] [--runs 3]
enum PDFBreakdown {
    static func run(_ files: [URL], runs: Int) throws {
        let tool = PDFReader().tool
        let reader = PDFReader()
        let checker = BatchChecker()
        print("")
        print("PDF, one thread, \(files.count) files, best of \(runs) runs (ms per report):")
        print("")
        print("| step | wall | CPU ours | CPU pdftotext | CPU total | reports/s (wall) |")
        print("|---|---:|---:|---:|---:|---:|")
        func row(_ name: String, _ body: (URL) throws -> Void) rethrows {
            for file in files.prefix(10) { try body(file) }  // warm up
            var best: Sample?
            for _ in 0..<max(runs, 1) {
                let sample = try Sample.measure { for file in files { try body(file) } }
                if best == nil || sample.cpuTotal < best!.cpuTotal { best = sample }
            }
            let sample = best!
            let count = Double(files.count)
            print(
                String(
                    format: "| %@ | %.2f | %.2f | %.2f | %.2f | %.0f |", name, sample.wall * 1000 / count,
                    sample.cpuSelf * 1000 / count, sample.cpuChildren * 1000 / count, sample.cpuTotal * 1000 / count,
                    count / sample.wall))
        }
        let arguments = ["-bbox", "-enc", "UTF-8", "-q"]
        try row("`pdftotext -bbox` alone, reading the file") { file in
            _ = try tool.run(arguments + [file.path, "-"], timeout: 60)
        }
        try row("`pdftotext -bbox` alone, the PDF piped in (as the reader does)") { file in
            _ = try tool.run(arguments + ["-", "-"], input: [UInt8](try Data(contentsOf: file)), timeout: 60)
        }
        try row("read (`PDFReader`: pdftotext + positional reading)") { file in
            _ = try reader.read([UInt8](try Data(contentsOf: file)))
        }
        row("read and audit (`BatchChecker`, jobs 1)") { file in
            _ = checker.check([file], jobs: 1)
        }
    }

    /// One timed run: wall seconds, and CPU seconds (user + system) of this process and of the
    /// children it waited for.
    struct Sample {
        var wall: Double
        var cpuSelf: Double
        var cpuChildren: Double
        var cpuTotal: Double { cpuSelf + cpuChildren }

        static func measure(_ body: () throws -> Void) rethrows -> Sample {
            let selfBefore = cpu(RUSAGE_SELF.rawValue)
            let childrenBefore = cpu(RUSAGE_CHILDREN.rawValue)
            let start = DispatchTime.now()
            try body()
            let wall = Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e9
            return Sample(
                wall: wall, cpuSelf: cpu(RUSAGE_SELF.rawValue) - selfBefore, cpuChildren: cpu(RUSAGE_CHILDREN.rawValue) - childrenBefore)
        }

        private static func cpu(_ who: Int32) -> Double {
            var usage = rusage()
            getrusage(who, &usage)
            func seconds(_ time: timeval) -> Double { Double(time.tv_sec) + Double(time.tv_usec) / 1e6 }
            return seconds(usage.ru_utime) + seconds(usage.ru_stime)
        }
    }
}
