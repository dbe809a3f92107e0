import Foundation
import GongkaiCore
import ZIPFoundation

/// `gongkai collect` end to end on a generated region: N reports (txt, html and docx in turn)
/// of agencies named on a roster of 县 governments (reporting region-wide) and their
/// departments, in a directory and in one .zip; and the same number as two years of half as
/// many agencies (cross-year checks at work). Release build; best and median of the runs.
///
///   GongkaiBenchmarks --collect 10000 [--runs 3] [--gongkai .build/release/gongkai] [--keep DIR]
enum CollectBenchmark {
    static let departments = [
        "发展和改革局", "教育局", "科学技术局", "工业和信息化局", "公安局", "民政局", "司法局", "财政局", "人力资源和社会保障局",
        "自然资源局", "生态环境局", "住房和城乡建设局", "交通运输局", "水利局", "农业农村局", "商务局", "文化和旅游局",
        "卫生健康委员会", "退役军人事务局", "应急管理局", "审计局", "市场监督管理局", "统计局", "医疗保障局",
    ]
    static let syllables = Array("东西南北青白金石云龙河山湖海林泉安平永宁兴华丰瑞长新")

    /// The names of `count` agencies: each county's government, then its departments.
    static func agencies(_ count: Int) -> [(name: String, county: String, city: String, government: Bool)] {
        var result: [(String, String, String, Bool)] = []
        var county = 0
        while result.count < count {
            let cityName =
                "\(syllables[county / 20 % syllables.count])\(syllables[(county / 20 / syllables.count + 7) % syllables.count])市"
            let countyName =
                "\(syllables[county % syllables.count])\(syllables[(county / syllables.count + 3) % syllables.count])县"
            let prefix = cityName + countyName
            result.append(("\(prefix)人民政府", countyName, cityName, true))
            for department in departments where result.count < count {
                result.append(("\(prefix)\(department)", countyName, cityName, false))
            }
            county += 1
        }
        return result
    }

    /// Writes the corpus under `root`: `dir/` (reports), `upload.zip` (the same), `roster.csv`;
    /// `years` is [2025] or [2024, 2025].
    static func corpus(count: Int, years: [Int], at root: URL) throws -> (directory: URL, zip: URL, roster: URL) {
        let manager = FileManager.default
        let directory = root.appendingPathComponent("dir")
        try manager.createDirectory(at: directory, withIntermediateDirectories: true)
        let names = agencies(count / years.count)
        var roster = ["机关名称,所属地区,上级地区,类型,含下级汇总"]
        var seenCounties = Set<String>()
        for agency in names {
            let parent = seenCounties.insert(agency.county).inserted ? agency.city : ""
            roster.append("\(agency.name),\(agency.county),\(parent),\(agency.government ? "政府,是" : "部门,")")
        }
        let rosterFile = root.appendingPathComponent("roster.csv")
        try Data((roster.joined(separator: "\n") + "\n").utf8).write(to: rosterFile)
        var generator = SampleReportGenerator(seed: 20_251_231)
        let renderer = ReportRenderer()
        let formats: [(OutputFormat, String)] = [(.text, "txt"), (.html, "html"), (.docx, "docx")]
        var index = 0
        var entries: [(String, [UInt8])] = []
        for year in years {
            for agency in names {
                var report = generator.report(template: .v2021, year: year)
                report.agency = agency.name
                report.title = "\(agency.name)\(year)年政府信息公开工作年度报告"
                let (format, ext) = formats[index % formats.count]
                let bytes = try renderer.render([report], as: format)[0]
                let name = String(format: "%05d.%@", index, ext)
                try Data(bytes).write(to: directory.appendingPathComponent(name))
                entries.append((name, bytes))
                index += 1
            }
        }
        let zip = root.appendingPathComponent("upload.zip")
        let archive = try Archive(url: zip, accessMode: .create)
        for (name, bytes) in entries {
            try archive.addEntry(
                with: name, type: .file, uncompressedSize: Int64(bytes.count), compressionMethod: .deflate,
                provider: { position, size in Data(bytes[Int(position)..<Int(position) + size]) })
        }
        return (directory, zip, rosterFile)
    }

    static func run(count: Int, runs: Int, gongkai: String, keep: String?) throws {
        let manager = FileManager.default
        guard manager.isExecutableFile(atPath: gongkai) else {
            print("(gongkai binary not found at \(gongkai); build it with `swift build -c release`)")
            return
        }
        let root = URL(fileURLWithPath: keep ?? NSTemporaryDirectory()).appendingPathComponent(
            "gongkai-collect-\(getpid())")
        defer { if keep == nil { try? manager.removeItem(at: root) } }
        var info = utsname()
        uname(&info)
        let memory = ProcessInfo.processInfo.physicalMemory >> 30
        print("`gongkai collect` on \(count) generated reports (txt/html/docx in turn), release build,")
        print("\(ProcessInfo.processInfo.activeProcessorCount) cores, \(memory) GiB; best and median of \(runs) runs")
        print("")
        print("| input | agencies | reports | output | best | median | reports/s | CPU time | peak memory |")
        print("|---|---:|---:|---|---:|---:|---:|---:|---:|")
        for years in [[2025], [2024, 2025]] {
            let base = root.appendingPathComponent(years.count == 1 ? "one-year" : "two-years")
            let corpus = try corpus(count: count, years: years, at: base)
            let outputs: [(String, [String])] = [
                ("xlsx", ["-o", base.appendingPathComponent("board.xlsx").path]),
                ("json", ["--to", "json", "-o", base.appendingPathComponent("board.json").path]),
            ]
            for (label, input) in [("directory", corpus.directory), (".zip", corpus.zip)] {
                for (format, arguments) in outputs where label == "directory" || format == "xlsx" {
                    var times: [Double] = []
                    var cpu: [Double] = []
                    var peak = 0
                    for _ in 0..<runs {
                        let run = try time(
                            gongkai,
                            ["collect", input.path, "--agencies", corpus.roster.path, "--year", "2025"] + arguments)
                        times.append(run.wall)
                        cpu.append(run.cpu)
                        peak = max(peak, run.peakKB)
                    }
                    times.sort()
                    print(
                        String(
                            format: "| %@%@ | %d | %d | %@ | %.2f s | %.2f s | %.0f | %.1f s | %d MB |", label,
                            years.count == 1 ? "" : " (2 years)", count / years.count, count, format, times[0],
                            times[times.count / 2], Double(count) / times[0], cpu.min()!, peak >> 10))
                }
            }
        }
    }

    /// Wall time, CPU time (user + system, all threads) and peak resident memory (KB) of one
    /// run: spawned and reaped with `wait4`, which reports that child's own usage.
    private static func time(_ binary: String, _ arguments: [String]) throws -> (wall: Double, cpu: Double, peakKB: Int) {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        let argv = ([binary] + arguments).map { strdup($0) } + [nil]
        defer { for pointer in argv { free(pointer) } }
        var pid: pid_t = 0
        let start = DispatchTime.now()
        guard posix_spawn(&pid, binary, &actions, nil, argv, environ) == 0 else {
            throw CocoaError(.executableLoad)
        }
        var status: Int32 = 0
        var usage = rusage()
        wait4(pid, &status, 0, &usage)
        let wall = Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e9
        let exit = (status >> 8) & 0xFF
        guard status & 0x7F == 0, exit <= 1 else {
            throw CocoaError(
                .executableLoad, userInfo: [NSLocalizedDescriptionKey: "collect ended with status \(status)"])
        }
        func seconds(_ time: timeval) -> Double { Double(time.tv_sec) + Double(time.tv_usec) / 1e6 }
        return (wall, seconds(usage.ru_utime) + seconds(usage.ru_stime), usage.ru_maxrss)
    }
}
