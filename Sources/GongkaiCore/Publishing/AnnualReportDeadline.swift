/// The statutory date by which an agency publishes its annual report on the previous year.
///
/// 第四十九条: departments (县级以上人民政府部门) publish theirs by 31 January; 第五十条: the
/// people's governments (县级以上地方人民政府, and 乡镇) by 31 March, after compiling their
/// departments' reports. An agency is a government when its name ends in 人民政府 (an office of a
/// government, "…人民政府办公室", is a department).
public struct AnnualReportDeadline: Sendable, Hashable {
    /// Which article sets the date.
    public enum Article: String, Sendable, Hashable {
        case departments = "第四十九条"
        case governments = "第五十条"
    }

    /// The year reported on.
    public let reportYear: Int
    /// The article that applies.
    public let article: Article
    /// The last day for publishing.
    public let dueOn: CivilDate

    /// The deadline of `agencyName`'s report on `reportYear`.
    public init(agencyName: String, reportYear: Int) {
        self.reportYear = reportYear
        article = Self.isGovernment(agencyName) ? .governments : .departments
        let month = article == .governments ? 3 : 1
        dueOn = CivilDate(year: reportYear + 1, month: month, day: 31)!
    }

    /// Whether `agencyName` names a people's government rather than one of its departments.
    public static func isGovernment(_ agencyName: String) -> Bool {
        agencyName.trimmingCharacters(in: .whitespaces).hasSuffix("政府")
    }

    /// The report an agency works on during `today`: the previous year's.
    public static func current(agencyName: String, today: CivilDate) -> AnnualReportDeadline {
        AnnualReportDeadline(agencyName: agencyName, reportYear: today.year - 1)
    }

    /// Days from `today` to the due date: positive before it, 0 on it, negative after.
    public func daysLeft(on today: CivilDate) -> Int { today.days(to: dueOn) }

    /// "1月31日" or "3月31日".
    public var dueText: String { "\(dueOn.month)月\(dueOn.day)日" }

    /// "还有 12 天（1月31日前，第四十九条）", "今天截止", "已逾期 3 天".
    public func countdown(on today: CivilDate) -> String {
        let days = daysLeft(on: today)
        let basis = "\(dueOn.year)年\(dueText)前，\(article.rawValue)"
        if days > 0 { return "还有 \(days) 天（\(basis)）" }
        if days == 0 { return "今天截止（\(basis)）" }
        return "已逾期 \(-days) 天（\(basis)）"
    }
}
