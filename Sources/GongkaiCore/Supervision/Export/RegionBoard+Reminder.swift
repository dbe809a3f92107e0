/// The reminder list (催报名单) to copy into a notice: the agencies whose report is missing.
extension RegionBoard {
    /// The agencies without a report of the year, in roster order.
    public var missingAgencies: [AgencyStatus] { agencies.filter { $0.status == .missing } }

    /// A notice listing the missing agencies with their statutory dates; empty when none is missing.
    public var reminderText: String {
        let missing = missingAgencies
        guard !missing.isEmpty else { return "" }
        var lines = ["以下\(missing.count)个单位尚未报送\(year)年度政府信息公开工作年度报告，请于收到通知后尽快向社会公布并报送："]
        for (index, line) in missing.enumerated() {
            let due = line.overdue ? "法定时限\(line.deadline.chineseText)已过" : "法定时限\(line.deadline.chineseText)"
            lines.append("\(index + 1). \(line.agency.name)（\(due)，《条例》\(line.agency.kind.article)）")
        }
        return lines.joined(separator: "\n")
    }
}
