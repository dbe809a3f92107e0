/// YEAR_MISMATCH and TEXT_TABLE_MISMATCH: the prose agrees with the tables and the year.
public struct NarrativeRule: AuditRule {
    public var codes: [RuleCode] { [.yearMismatch, .textTableMismatch] }

    public func findings(in context: AuditContext) -> [Finding] {
        let report = context.report
        var findings: [Finding] = []
        var periodYear: Int?
        var titleYear: Int?
        for note in context.notes {
            if case .statisticsPeriodYear(let year) = note { periodYear = year }
            if case .titleYear(let year) = note { titleYear = year }
        }
        if let periodYear, let titleYear, periodYear != titleYear {
            findings.append(
                Finding(
                    code: .yearMismatch, severity: .warning, location: "year",
                    message: "标题中的年份（\(titleYear)年）与统计期限中的年份（\(periodYear)年）不一致；请核对报告年度"))
        }
        guard let year = report.year else { return findings }
        var reportedSentences = Set<String>()
        for section in report.sections where (1...4).contains(section.number) {
            for claim in NarrativeClaims.scan(section.text, section: section.number) {
                let tableValue = value(of: claim.metric, in: report)
                if let claimYear = claim.year, claimYear != year, !claim.sentence.contains("\(year)") {
                    guard reportedSentences.insert(claim.sentence).inserted else { continue }
                    var message = "第\(ChineseNumerals.numeral(section.number))部分写道“\(claim.sentence)”，但本报告统计的是\(year)年度"
                    if let tableValue, tableValue.value == claim.value {
                        message += "；\(tableValue.name)也是\(claim.value)件，说的应是本年度的数字，年份可能写错"
                    } else {
                        message += "；正文应报告本年度的情况"
                    }
                    findings.append(
                        Finding(code: .yearMismatch, severity: .warning, location: "sections.\(section.number)", message: message))
                    continue
                }
                guard let tableValue, !tableValue.accepts(claim.value) else { continue }
                findings.append(
                    Finding(
                        code: .textTableMismatch, severity: .warning, location: "sections.\(section.number)",
                        message: "第\(ChineseNumerals.numeral(section.number))部分称“\(claim.sentence)”（\(claim.value)件），但\(tableValue.name)为\(tableValue.value)件；正文与表格应一致"))
            }
        }
        return findings
    }

    /// The table figure a claim speaks of, and the figures it may legitimately quote.
    private struct TableValue {
        var name: String
        var value: Int
        var alternatives: [Int] = []
        func accepts(_ claimed: Int) -> Bool { claimed == value || alternatives.contains(claimed) }
    }

    private func value(of metric: NarrativeClaim.Metric, in report: Report) -> TableValue? {
        let total = Templates.requestsTotalColumn
        let reviewTotal = Templates.reviewTotalColumn
        let requests = report.requests
        let review = report.review
        switch metric {
        case .newReceived:
            guard let value = requests?.integer(Templates.Row.newReceived, total) else { return nil }
            let withCarried = requests?.integer(Templates.Row.carriedOver, total).map { $0 + value }
            return TableValue(
                name: "表三“一、本年新收政府信息公开申请数量”总计", value: value, alternatives: withCarried.map { [$0] } ?? [])
        case .resultsTotal:
            return requests?.integer(Templates.Row.total, total).map { TableValue(name: "表三“（七）总计”", value: $0) }
        case .carriedOver:
            return requests?.integer(Templates.Row.carriedOver, total).map {
                TableValue(name: "表三“二、上年结转政府信息公开申请数量”总计", value: $0)
            }
        case .carriedForward:
            return requests?.integer(Templates.Row.carriedForward, total).map {
                TableValue(name: "表三“四、结转下年度继续办理”总计", value: $0)
            }
        case .reconsideration:
            return review?.integer(Templates.Row.reconsideration, reviewTotal).map {
                TableValue(name: "表四“行政复议”总计", value: $0)
            }
        case .litigation:
            guard let direct = review?.integer(Templates.Row.litigationDirect, reviewTotal),
                let after = review?.integer(Templates.Row.litigationAfterReconsideration, reviewTotal)
            else { return nil }
            return TableValue(name: "表四“行政诉讼”两组总计之和", value: direct + after, alternatives: [direct, after])
        }
    }
}
