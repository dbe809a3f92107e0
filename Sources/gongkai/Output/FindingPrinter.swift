import GongkaiCore

/// What `render` and `template` say on standard error: each input's migration gaps and audit
/// findings, whether it was written, and failures.
struct FindingPrinter {
    let style: TerminalStyle
    var terminal = Terminal.standardError

    func report(_ input: String, gaps: [MigrationGap], findings: [Finding], blocked: Bool) {
        guard !gaps.isEmpty || !findings.isEmpty else { return }
        let hasErrors = findings.contains { $0.severity == .error }
        var lines = ["\(hasErrors ? style.red("✗") : style.yellow("!")) \(style.bold(input))"]
        for gap in gaps {
            lines.append("  \(style.yellow("迁移")) \(gap.message)")
            lines.append("       " + style.dim("位置：\(gap.location)"))
        }
        for finding in findings {
            lines.append("  \(severityLabel(finding.severity)) \(style.bold(finding.code.rawValue)) \(finding.message)\(finding.source.map { style.yellow("（\($0.displayName)）") } ?? "")")
            lines.append("       " + style.dim("位置：\(finding.location)"))
        }
        if blocked {
            lines.append("  " + style.red("未生成") + "：报告有错误级问题；修正后再生成，或使用 --force 照原样生成")
        }
        terminal.write(lines.joined(separator: "\n") + "\n")
    }

    func written(_ input: String, _ destination: String, format: OutputFormat) {
        terminal.write("\(style.green("✓")) \(input) → \(style.bold(destination))（\(format.displayName)）\n")
    }

    func failure(_ input: String, _ message: String) {
        terminal.write("\(style.red("✗")) \(style.bold(input))\n  \(style.red("失败"))：\(message)\n")
    }

    private func severityLabel(_ severity: Severity) -> String {
        switch severity {
        case .error: style.red("错误")
        case .warning: style.yellow("警告")
        case .info: style.cyan("提示")
        }
    }
}
