import ArgumentParser
import Foundation
import GongkaiCore

/// Where `render` writes, and the writing: one file per report beside its input (or in the `-o`
/// directory), one named file, standard output, or — for csv and xlsx — one combined file.
struct RenderOutput {
    let format: OutputFormat
    let output: String?
    /// How many inputs were named (after directories were expanded).
    let inputCount: Int
    let printer: FindingPrinter

    /// Several inputs into one csv or xlsx file (or csv on standard output).
    var combines: Bool {
        guard inputCount > 1, let output else { return false }
        return (format == .csv || format == .xlsx) && (output == "-" || !Self.isDirectory(output))
    }

    /// Refuses an `-o` that cannot take several outputs, before any work is done.
    func validate() throws {
        guard inputCount > 1, let output, !combines, !Self.isDirectory(output) else { return }
        throw ValidationError("有多个输入时，-o 应为已有的目录（csv 和 xlsx 可合并为一个文件）")
    }

    /// Writes the jobs; returns 0, or 2 when a conversion or a write failed.
    func write(_ jobs: [RenderJob]) -> Int32 {
        guard !jobs.isEmpty else { return 0 }
        let reports = jobs.map(\.report)
        if combines, let output {
            do {
                let bytes = format == .csv ? Array(CSVRenderer.render(reports).utf8) : try XlsxRenderer.render(reports)
                return store(bytes, to: output, from: "\(jobs.count) 份报告") ? 0 : 2
            } catch {
                printer.failure("\(jobs.count) 份报告", error.message)
                return 2
            }
        }
        var status: Int32 = 0
        var destinations: [String?] = []
        for job in jobs {
            let destination = destination(for: job.input)
            if destination == nil {
                printer.failure(job.input, "从标准输入读取时，\(format.displayName)须用 -o 指定输出文件")
                status = 2
            }
            destinations.append(destination)
        }
        let pending = zip(jobs, destinations).filter { $0.1 != nil }
        if format == .pdf, !pending.isEmpty {
            // LibreOffice takes about a second per report: say so before the wait begins.
            Terminal.standardError.write("正在用 LibreOffice 将 \(pending.count) 份报告转换为 PDF，约需 \(max(1, pending.count)) 秒……\n")
        }
        let rendered: [[UInt8]]
        do {
            rendered = try ReportRenderer().render(pending.map(\.0.report), as: format)
        } catch {
            printer.failure(pending.map(\.0.input).joined(separator: "、"), error.message)
            return 2
        }
        for ((job, destination), bytes) in zip(pending, rendered) where !store(bytes, to: destination!, from: job.input)
        {
            status = 2
        }
        return status
    }

    /// The output path for `input`: `-o` itself, a file in the `-o` directory, or the input's
    /// name with the new extension (".rendered" added when that would overwrite the input).
    func destination(for input: String) -> String? {
        if let output, !Self.isDirectory(output) { return output }
        if input == "-" { return output == nil && format.isText ? "-" : nil }
        let source = URL(fileURLWithPath: input)
        let name = source.deletingPathExtension().lastPathComponent
        if let output {
            return URL(fileURLWithPath: output).appendingPathComponent("\(name).\(format.fileExtension)").relativePath
        }
        var path = source.deletingPathExtension().appendingPathExtension(format.fileExtension).relativePath
        if path == source.relativePath {
            path =
                source.deletingPathExtension().appendingPathExtension("rendered.\(format.fileExtension)").relativePath
        }
        return input.hasPrefix("/") ? path : relative(path)
    }

    private func relative(_ path: String) -> String {
        let base = FileManager.default.currentDirectoryPath + "/"
        return path.hasPrefix(base) ? String(path.dropFirst(base.count)) : path
    }

    private func store(_ bytes: [UInt8], to destination: String, from input: String) -> Bool {
        if destination == "-" {
            FileHandle.standardOutput.write(Data(bytes))
            return true
        }
        do {
            try Data(bytes).write(to: URL(fileURLWithPath: destination), options: .atomic)
            printer.written(input, destination, format: format)
            return true
        } catch {
            printer.failure(input, "无法写入 \(destination)：\(error.localizedDescription)")
            return false
        }
    }

    static func isDirectory(_ path: String) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue
    }
}
