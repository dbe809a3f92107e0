/// TABLE_MISSING, SECTION_MISSING, SECTION_NUMBERING, HEADING_MISMATCH: the statutory skeleton
/// of the report.
public struct StructureRule: AuditRule {
    public var codes: [RuleCode] { [.tableMissing, .sectionMissing, .sectionNumbering, .headingMismatch] }

    public func findings(in context: AuditContext) -> [Finding] {
        tables(context) + sections(context) + numbering(context) + wording(context)
    }

    /// A heading recognised by its likeness to the template, its keywords misprinted.
    private func wording(_ context: AuditContext) -> [Finding] {
        context.parsed.headings.filter(\.isMisworded).map { heading in
            let section = Templates.section(heading.number)
            return Finding(
                code: .headingMismatch, severity: .warning, location: "sections.\(heading.number)",
                message: "标题“\(heading.numbering ?? "")\(heading.heading)”与模板不一致，应为“\(section.numberedHeading)”；已按第\(section.numeral)部分读取")
        }
    }

    private func tables(_ context: AuditContext) -> [Finding] {
        TableID.allCases.compactMap { table in
            guard context.report[table: table] == nil else { return nil }
            let replacement = context.notes.lazy.compactMap { note -> String? in
                if case .tableReplacedByText(table, let text) = note { text } else { nil }
            }.first
            let section = Templates.section(table.sectionNumber)
            let message = if let replacement {
                "\(table.displayName)被“\(replacement)”代替；即使没有发生相关情况，也应按模板填报完整表格，各栏填 0"
            } else {
                "缺少\(table.displayName)；第\(section.numeral)部分“\(section.heading)”应按模板附表格"
            }
            return Finding(code: .tableMissing, severity: .error, location: table.rawValue, message: message)
        }
    }

    private func sections(_ context: AuditContext) -> [Finding] {
        let present = Set(context.report.sections.map(\.number))
        return Templates.sections.filter { !present.contains($0.number) }.map { section in
            let advice = section.number == 6 ? "；没有需要报告的事项时也应保留该部分并写明“无”" : ""
            return Finding(
                code: .sectionMissing, severity: .error, location: "sections.\(section.number)",
                message: "缺少第\(section.numeral)部分“\(section.numberedHeading)”\(advice)")
        }
    }

    private func numbering(_ context: AuditContext) -> [Finding] {
        var findings: [Finding] = []
        var previous: SectionHeading?
        for heading in context.parsed.headings {
            let expected = "\(ChineseNumerals.numeral(heading.number))、"
            let location = "sections.\(heading.number)"
            let written = "\(heading.numbering ?? "")\(heading.heading)"
            if heading.numbering == nil {
                findings.append(
                    Finding(
                        code: .sectionNumbering, severity: .warning, location: location,
                        message: "标题“\(written)”缺少编号，应为“\(expected)\(heading.heading)”"))
            } else if let value = heading.numberingValue, value != heading.number {
                findings.append(
                    Finding(
                        code: .sectionNumbering, severity: .warning, location: location,
                        message: "标题“\(written)”的编号与内容不符：这是第\(ChineseNumerals.numeral(heading.number))部分，应编为“\(expected)”"))
            } else if !heading.isCanonicallyNumbered {
                findings.append(
                    Finding(
                        code: .sectionNumbering, severity: .warning, location: location,
                        message: "标题“\(written)”编号写作“\(heading.numbering ?? "")”，应为“\(expected)”"))
            }
            if let previous, heading.number < previous.number {
                findings.append(
                    Finding(
                        code: .sectionNumbering, severity: .warning, location: location,
                        message: "第\(ChineseNumerals.numeral(heading.number))部分出现在第\(ChineseNumerals.numeral(previous.number))部分之后，章节顺序有误"))
            }
            previous = heading
        }
        return findings
    }
}
