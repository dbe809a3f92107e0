import Foundation
import GongkaiApp
import GongkaiCore

/// The auditor's findings as the builder's side panel shows them.
struct FindingsPanel: Encodable {
    struct Item: Encodable {
        let code: String
        let severity: String
        let severityLabel: String
        let message: String
        let location: String
    }

    let items: [Item]
    let errors: Int
    let warnings: Int

    init(_ findings: [Finding]) {
        items = findings.map {
            Item(code: $0.code.rawValue, severity: $0.severity.rawValue, severityLabel: $0.severity.displayName, message: $0.message,
                 location: $0.location)
        }
        errors = findings.filter { $0.severity == .error }.count
        warnings = findings.filter { $0.severity == .warning }.count
    }
}

/// One published version in a list.
struct PublishedVersionView: Encodable {
    let version: Int
    let label: String
    let publishedAt: String
    let publishedBy: String
    let correctionNote: String?
    let url: String
    let docxURL: String
    let pdfURL: String

    init(_ model: PublishedReportModel, newest: Int, agencyID: UUID) {
        version = model.version
        label = "第\(model.version)版" + (model.version < newest ? "（已更正）" : "")
        publishedAt = CivilDate(model.publishedAt).chineseText
        publishedBy = model.publishedBy
        correctionNote = model.correctionNote
        let page = SiteURL.annualReport(.value(agencyID), .value(model.year)).path
        url = model.version == newest ? page : page + "?version=\(model.version)"
        let query = model.version == newest ? "" : "?version=\(model.version)"
        docxURL = SiteURL.annualReportFile(.value(agencyID), .value(model.year), .value("docx")).path + query
        pdfURL = SiteURL.annualReportFile(.value(agencyID), .value(model.year), .value("pdf")).path + query
    }
}

/// The report's workflow page: state, findings, the forms the viewer's roles may use, versions.
struct ReportWorkflowView: Encodable {
    let page: PageContext
    let year: Int
    let status: String
    let statusLabel: String
    let revision: Int
    let submittedBy: String?
    let reviewedBy: String?
    let signedBy: String?
    let returnReason: String?
    let deadline: String
    let findings: FindingsPanel
    let versions: [PublishedVersionView]
    let canSubmit: Bool
    let canPass: Bool
    let canReturn: Bool
    let canSign: Bool
    let canRelease: Bool
    let isCorrection: Bool
    let reportURL: String
    let sectionsURL: String
    let problem: String?
    let errors: FieldErrors
    /// The texts typed in the refused form, kept.
    let reason: String?
    let correctionNote: String?
    /// The report as it would be published, from the core's HTML renderer (every text escaped).
    let previewHTML: String
}
