import GongkaiCore

/// The human-readable output of `gongkai check`: each file with its findings, then a summary.
struct CheckPrinter {
    let style: TerminalStyle

    func print(_ results: [CheckResult], to terminal: Terminal) {
        var output = ""
        for result in results {
            output += fileBlock(result)
        }
        output += summary(results)
        terminal.write(output)
    }

    private func fileBlock(_ result: CheckResult) -> String {
        var lines: [String] = []
        if let error = result.error {
            lines.append("\(style.red("✗")) \(style.bold(result.file))")
            lines.append("  \(style.red("无法读取"))：\(error.reason.message)")
        } else if let report = result.report {
            let mark = result.hasErrors ? style.red("✗") : result.findings.isEmpty ? style.green("✓") : style.yellow("!")
            lines.append("\(mark) \(style.bold(result.file))")
            let agency = report.agency ?? "（未识别出机关名称）"
            let year = report.year.map { "\($0)年度" } ?? "（未识别出年度）"
            let ocr = report.ocr.isEmpty ? "" : " · 含 OCR 识别内容"
            lines.append("  " + style.dim("\(agency) · \(year) · \(report.template.displayName) · \(result.format?.displayName ?? "")\(ocr)"))
            if result.findings.isEmpty { lines.append("  " + style.green("未发现问题")) }
            for finding in result.findings {
                lines.append("  \(severityLabel(finding.severity)) \(style.bold(finding.code.rawValue)) \(finding.message)\(finding.source.map { style.yellow("（\($0.displayName)）") } ?? "")")
                lines.append("       " + style.dim("位置：\(finding.location)"))
            }
        }
        return lines.joined(separator: "\n") + "\n\n"
    }

    private func severityLabel(_ severity: Severity) -> String {
        switch severity {
        case .error: style.red("错误")
        case .warning: style.yellow("警告")
        case .info: style.cyan("提示")
        }
    }

    private func summary(_ results: [CheckResult]) -> String {
        let unreadable = results.filter { $0.error != nil }.count
        let read = results.filter { $0.error == nil }
        let clean = read.filter { $0.findings.isEmpty }.count
        let withErrors = read.filter(\.hasErrors).count
        let warningsOnly = read.filter { !$0.hasErrors && $0.findings.contains { $0.severity == .warning } }.count
        var text = style.bold("汇总") + "：检查 \(results.count) 个文件 · "
        text += style.green("无问题 \(clean)") + " · "
        text += (withErrors > 0 ? style.red("有错误 \(withErrors)") : "有错误 0") + " · "
        text += (warningsOnly > 0 ? style.yellow("仅有警告 \(warningsOnly)") : "仅有警告 0") + " · "
        text += (unreadable > 0 ? style.red("无法读取 \(unreadable)") : "无法读取 0") + "\n"
        var counts: [RuleCode: Int] = [:]
        for result in read { for finding in result.findings { counts[finding.code, default: 0] += 1 } }
        if !counts.isEmpty {
            let ordered = RuleCode.ordered(counts.keys)
            text += style.bold("问题统计") + "："
            text += ordered.map { "\($0.rawValue)（\($0.title)）\(counts[$0]!)" }.joined(separator: " · ") + "\n"
        }
        return text
    }
}
