import FluentKit
import Foundation
import GongkaiCore

/// The whole annual report of an agency and year as it stands now: tables 2–4 from the records,
/// sections 一、五、六 from the builder, the title, agency and year — the canonical model that the
/// auditor checks, the renderers write and a published snapshot freezes.
public struct AnnualReportDraft: Sendable {
    /// The report model.
    public let report: Report
    /// Its canonical JSON (`gongkai.report/1`).
    public let json: String
    /// SHA-256 (hex) of `json`: what the workflow compares between steps.
    public let contentHash: String
    /// The auditor's findings, errors first.
    public let findings: [Finding]

    /// The findings that block 签发 and 发布 (error severity).
    public var blocking: [Finding] { findings.filter { $0.severity == .error } }

    /// The draft of `report`, audited against `previous` (last year's report, for cross-year rules).
    public init(report: Report, previous: Report?) {
        self.report = report
        json = report.canonicalJSON()
        contentHash = Self.hash(json)
        findings = Auditor().audit(report, previous: previous)
    }

    /// SHA-256 of `text` in lower-case hex.
    public static func hash(_ text: String) -> String {
        SupervisionUploads.sha256(Array(text.utf8))
    }

    /// The draft of `agencyID`'s report on `year`, with last year's (computed the same way) as
    /// the auditor's previous year.
    public static func build(agencyID: UUID, year: Int, in context: ServiceContext) async throws -> AnnualReportDraft {
        guard let agency = try await AgencyModel.find(agencyID, on: context.db) else { throw ReportWorkflowError.notFound }
        let current = try await model(agency: agency, year: year, in: context)
        let previous = try await model(agency: agency, year: year - 1, in: context)
        return AnnualReportDraft(report: current, previous: previous)
    }

    /// The model of `agency`'s report on `year`: computed tables, the sections written in the builder.
    public static func model(agency: AgencyModel, year: Int, in context: ServiceContext) async throws -> Report {
        var report = try await ReportService(context).annualReport(for: agency, year: year).report
        let texts = try await ReportSections(context).texts(agencyID: try agency.requireID(), year: year)
        for index in report.sections.indices {
            report.sections[index].text = texts[report.sections[index].number] ?? ""
        }
        return report
    }
}
