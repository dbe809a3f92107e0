/// TEMPLATE_OUTDATED and TEMPLATE_MIXED: the right template for the year, and only one of them.
public struct TemplateRule: AuditRule {
    public var codes: [RuleCode] { [.templateOutdated, .templateMixed] }

    public func findings(in context: AuditContext) -> [Finding] {
        let report = context.report
        var findings: [Finding] = []
        if let year = report.year {
            let required = TemplateVersion.required(forReportYear: year)
            if report.template == .v2019 && required == .v2021 {
                findings.append(
                    Finding(
                        code: .templateOutdated, severity: .error, location: "template",
                        message: "\(year)年度报告仍使用2019年版格式（\(TemplateVersion.v2019.notice)）；自2021年度报告起应使用2021年版格式（\(TemplateVersion.v2021.notice)），表二、表三需按新格式调整"))
            } else if report.template == .v2021 && required == .v2019 {
                findings.append(
                    Finding(
                        code: .templateOutdated, severity: .error, location: "template",
                        message: "\(year)年度报告使用了2021年版格式，但该格式（\(TemplateVersion.v2021.notice)）2021年9月才印发，\(year)年度报告应使用2019年版格式；请核对报告年度"))
            }
        }
        if let requests = report.requests, requests.layout.version != report.template {
            let message = if requests.layout.version == .v2019 {
                "表二为2021年版格式，但表三“（六）其他处理”仍是2019年版的单行；2021年版应分为“1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请”“2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请”“3.其他”三行"
            } else {
                "表二为2019年版格式，但表三“（六）其他处理”按2021年版分为三行；同一份报告应统一使用一种格式"
            }
            findings.append(Finding(code: .templateMixed, severity: .warning, location: "requests.otherHandling", message: message))
        }
        return findings
    }
}
