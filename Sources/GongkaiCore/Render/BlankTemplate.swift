/// The official skeleton for an agency to fill: the title, the six sections with the official
/// template's writing hints, and the three tables with every cell blank.
public enum BlankTemplate {
    /// The hint the official template prints where text is to be written.
    public static let textHint = "（文字描述）"

    /// The skeleton of `template` for `agency` and `year` (the template the year requires when
    /// `template` is `nil`; 2021 when neither is given).
    public static func report(template: TemplateVersion? = nil, agency: String? = nil, year: Int? = nil) -> Report {
        let version = template ?? year.map(TemplateVersion.required(forReportYear:)) ?? .v2021
        var report = Report.skeleton(template: version, year: year, agency: agency)
        report.title = [agency, year.map { "\($0)年" }].compactMap { $0 }.joined() + "政府信息公开工作年度报告"
        for index in report.sections.indices {
            report.sections[index].text = hints(section: report.sections[index].number, template: version)
                .joined(separator: "\n")
        }
        return report
    }

    /// The writing hints of a section: the five topics of 一、总体情况 that the 30号 notice lists,
    /// and the official hint for 五 and 六 (in 2021, where to report information-processing fees).
    static func hints(section: Int, template: TemplateVersion) -> [String] {
        switch section {
        case 1:
            ["（一）主动公开", "（二）依申请公开", "（三）政府信息管理", "（四）政府信息公开平台建设", "（五）监督保障"]
                .flatMap { [$0, textHint] }
        case 5: [textHint]
        case 6: [template == .v2021 ? "（文字描述，收取信息处理费情况在此处报告。）" : textHint]
        default: []
        }
    }
}
