import Foundation
import GongkaiApp
import GongkaiCore
import Vapor

/// A published annual report in the agency's portal page.
struct AnnualReportLink: Encodable {
    let title: String
    let url: String
    let note: String

    static func list(_ request: Request, agencyID: UUID) async throws -> [AnnualReportLink] {
        try await PublishedReports(request.services).years(agencyID: agencyID).map { summary in
            AnnualReportLink(
                title: "\(summary.year)年度报告", url: SiteURL.annualReport(.value(agencyID), .value(summary.year)).path,
                note: "\(CivilDate(summary.publishedAt).chineseText)发布" + (summary.version > 1 ? "（第\(summary.version)版，已更正）" : ""))
        }
    }
}

/// The staff home's line on the annual report: days to the statutory date (第四十九条 / 第五十条)
/// and where the report stands.
struct ReportCountdown: Encodable {
    let year: Int
    let countdown: String
    let state: String
    /// "overdue", "due-soon" or "" (a class for the panel).
    let tone: String
    let url: String

    static func make(_ request: Request, staff: CurrentStaff) async throws -> ReportCountdown {
        let today = request.today
        let deadline = AnnualReportDeadline.current(agencyName: staff.agencyName, today: today)
        let year = deadline.reportYear
        let published = try await PublishedReports(request.services).latest(agencyID: staff.agencyID, year: year)
        let workflow = try await ReportWorkflow(request.services).state(agencyID: staff.agencyID, year: year)
        let status = workflow?.statusValue ?? .drafting
        var state = status.label
        if let published {
            let when = "已发布第\(published.version)版（\(CivilDate(published.publishedAt).chineseText)）"
            state = status == .published ? when : when + "；更正稿\(status.label)"
        }
        let days = deadline.daysLeft(on: today)
        let tone = published != nil ? "" : days < 0 ? "overdue" : days <= 10 ? "due-soon" : ""
        return ReportCountdown(
            year: year, countdown: published != nil ? "法定公布日期为\(deadline.dueOn.year)年\(deadline.dueText)（\(deadline.article.rawValue)）" : deadline.countdown(on: today),
            state: state, tone: tone, url: SiteURL.staffReportWorkflow(.value(year)).path)
    }
}
