import Foundation
import GongkaiApp
import GongkaiCore

/// A catalogue item as pages show it (portal and staff).
struct CatalogueItemView: Encodable {
    let id: String
    let indexNumber: String
    let title: String
    let publisher: String
    let documentNumber: String?
    let topic: String
    let genre: String
    let keywords: String?
    let formedOn: String
    let publishedOn: String?
    let validity: String
    let validityChangedOn: String?
    let isValid: Bool
    let status: String
    let statusLabel: String
    let paragraphs: [String]
    /// The body as rich-text blocks (`CatalogueRichText`), rendered escaped by `catalogue-body.leaf`.
    let blocks: [RichTextBlockView]
    /// The item's files (set by the pages that show them).
    var attachments: [CatalogueAttachmentLine] = []
    /// Where a 经办人 adds a file to the draft; nil when they may not.
    var attachURL: String? = nil
    let url: String
    let staffURL: String
    /// Published (or due) later than 第二十六条 allows.
    let late: Bool
    /// Not yet published: the 第二十六条 due date and the working days left.
    let dueOn: String?
    let daysLeft: Int?
    let scheduled: Bool
    let revision: Int

    init(_ item: CatalogueItemModel, today: CivilDate, clock: ProactiveDisclosureClock = ProactiveDisclosureClock()) {
        let id = item.id!
        self.id = id.uuidString
        indexNumber = item.indexNumber
        title = item.title
        publisher = item.publisher
        documentNumber = item.documentNumber.isEmpty ? nil : item.documentNumber
        topic = item.topic
        genre = item.genre
        keywords = item.keywords.isEmpty ? nil : item.keywords
        formedOn = item.formedOn
        publishedOn = item.publishedOn
        validity = item.validityValue.label
        validityChangedOn = item.validityChangedOn
        isValid = item.validityValue == .valid
        status = item.status
        statusLabel = item.statusValue == .published && (item.publishedDate.map { $0 > today } ?? false) ? "已签发，定时发布" : item.statusValue.label
        scheduled = item.statusValue == .published && (item.publishedDate.map { $0 > today } ?? false)
        paragraphs = CatalogueText.paragraphs(item.body)
        blocks = CatalogueRichText.blocks(item.body).map(RichTextBlockView.init)
        url = SiteURL.catalogueItem(.value(item.$agency.id), .value(id)).path
        staffURL = SiteURL.staffCatalogueItem(.value(id)).path
        revision = item.revision
        let open = [CatalogueStatus.drafted, .reviewed].contains(item.statusValue)
        if let formed = item.formedDate {
            if open {
                let due = clock.dueDate(formedOn: formed).value
                dueOn = due.description
                daysLeft = clock.workingDaysLeft(formedOn: formed, asOf: today)
                late = today > due
            } else {
                dueOn = nil
                daysLeft = nil
                late = item.publishedDate.map { clock.isLate(formedOn: formed, publishedOn: $0) } ?? false
            }
        } else {
            dueOn = nil
            daysLeft = nil
            late = false
        }
    }
}

/// A facet of the portal list: its values as links that narrow the list (or widen it again).
struct FacetView: Encodable {
    struct Value: Encodable {
        let label: String
        let count: Int
        let url: String
        let selected: Bool
    }

    let title: String
    let values: [Value]
    let clearURL: String?
}

/// The portal's catalogue list.
struct CatalogueListView: Encodable {
    let page: PageContext
    let agency: AgencyInfo
    let items: [CatalogueItemView]
    let total: Int
    let query: String?
    let facets: [FacetView]
    let previousURL: String?
    let nextURL: String?
    let pageNumber: Int
    let pageCount: Int
    let truncated: Bool
    let feedURL: String
    let guideURL: String
    let searchURL: String
    let hasFilter: Bool
}

/// The portal's item page.
struct CataloguePublicItemView: Encodable {
    let page: PageContext
    let agency: AgencyInfo
    let item: CatalogueItemView
    let listURL: String
    /// "2026-03-02 更正：…" notes (the reason only; the replaced text stays with the staff).
    let corrections: [String]
}

/// The portal's 政府信息公开指南.
struct GuidePublicView: Encodable {
    let page: PageContext
    let agency: AgencyInfo
    let paragraphs: [GuideParagraph]
    let updatedOn: String?
    let catalogueURL: String
}

/// A paragraph of the guide; "一、" lines are headings.
struct GuideParagraph: Encodable {
    let text: String
    let heading: Bool

    static func split(_ body: String) -> [GuideParagraph] {
        let numerals = "一二三四五六七八九十"
        return CatalogueText.paragraphs(body).map { line in
            let isHeading = line.count < 40 && line.first.map { numerals.contains($0) } == true && line.dropFirst().hasPrefix("、")
            return GuideParagraph(text: line, heading: isHeading)
        }
    }
}

/// Builds "path?key=value&…" (percent-encoded, empty values left out).
func link(_ path: String, _ pairs: [(String, String?)]) -> String {
    var allowed = CharacterSet.alphanumerics
    allowed.insert(charactersIn: "-._~")
    let query = pairs.compactMap { key, value -> String? in
        guard let value, !value.isEmpty else { return nil }
        return key + "=" + (value.addingPercentEncoding(withAllowedCharacters: allowed) ?? "")
    }.joined(separator: "&")
    return query.isEmpty ? path : path + "?" + query
}
