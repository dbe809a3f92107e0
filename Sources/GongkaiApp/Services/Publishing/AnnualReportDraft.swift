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
        // Last year's without the platform's own table notes: they are the same words every year,
        // not the agency's prose, and TEXT_COPIED should not count them.
        let previous = try await model(agency: agency, year: year - 1, notesAsText: false, in: context)
        return AnnualReportDraft(report: current, previous: previous)
    }

    /// The model of `agency`'s report on `year`: computed tables, the sections written in the builder.
    public static func model(agency: AgencyModel, year: Int, notesAsText: Bool = true, in context: ServiceContext) async throws -> Report {
        var report = try await ReportService(context).annualReport(for: agency, year: year).report
        let texts = try await ReportSections(context).texts(agencyID: try agency.requireID(), year: year)
        for index in report.sections.indices {
            // The model's prose has one "\n" between paragraphs (the builder stores a blank line).
            report.sections[index].text = CatalogueText.paragraphs(texts[report.sections[index].number] ?? "").joined(separator: "\n")
        }
        // A note under a table (how table 4 was counted) is part of the canonical model as the
        // section's text, which is how every reader takes it back from the published document;
        // so the snapshot, its DOCX and its PDF are one and the same report.
        for (table, note) in report.tableNotes {
            guard notesAsText else {
                report.tableNotes[table] = nil
                continue
            }
            guard let number = Templates.sections.first(where: { $0.table == table })?.number,
                  let index = report.sections.firstIndex(where: { $0.number == number }), report.sections[index].text.isEmpty
            else { continue }
            report.sections[index].text = note
            report.tableNotes[table] = nil
        }
        return report
    }
}
