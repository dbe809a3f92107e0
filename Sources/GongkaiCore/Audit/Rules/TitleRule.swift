/// TITLE_INCOMPLETE: a title should name the agency and the year reported on.
public struct TitleRule: AuditRule {
    public var codes: [RuleCode] { [.titleIncomplete] }

    public func findings(in context: AuditContext) -> [Finding] {
        guard context.parsed.format != .json else { return [] }
        guard let title = context.report.title else {
            return [Finding(code: .titleIncomplete, severity: .warning, location: "title", message: "未找到报告标题；标题应为“机关名称+年份+政府信息公开工作年度报告”")]
        }
        var missing: [String] = []
        if MetadataExtractor.agencyInTitle(title) == nil {
            missing.append(context.report.agency.map { "机关名称（正文中为“\($0)”）" } ?? "机关名称")
        }
        if YearText.firstYear(in: title) == nil {
            missing.append(context.report.year.map { "年份（\($0)年）" } ?? "年份")
        }
        guard !missing.isEmpty else { return [] }
        return [
            Finding(
                code: .titleIncomplete, severity: .info, location: "title",
                message: "标题“\(title)”缺少\(missing.joined(separator: "和"))；标题应为“机关名称+年份+政府信息公开工作年度报告”")
        ]
    }
}
