/// The two kinds of document table 2 counts.
public enum NormativeDocumentKind: String, Sendable, Hashable, CaseIterable, Codable {
    /// 规章.
    case regulation
    /// 行政规范性文件 (2019 template: 规范性文件).
    case normativeDocument

    /// The table-2 row.
    public var rowKey: RowKey { self == .regulation ? "regulations" : "normativeDocuments" }
}

/// A 规章 or 行政规范性文件 made by the agency.
public struct RegisteredDocument: Sendable, Hashable, Codable, Identifiable {
    /// The record's identifier.
    public let id: RecordID
    /// 规章 or 行政规范性文件.
    public let kind: NormativeDocumentKind
    /// The document's title.
    public let title: String
    /// 文号, e.g. "某政规〔2025〕3号".
    public let documentNumber: String?
    /// 制发日期 (the date of issue).
    public let issuedOn: CivilDate
    /// The day it was proactively disclosed (公开); `nil` if never.
    public let publishedOn: CivilDate?
    /// The day it was repealed or otherwise ceased to be in force (废止、失效); `nil` while in force.
    public let repealedOn: CivilDate?

    /// A document; publication and repeal cannot precede issue.
    public init(
        id: RecordID, kind: NormativeDocumentKind, title: String, documentNumber: String? = nil, issuedOn: CivilDate,
        publishedOn: CivilDate? = nil, repealedOn: CivilDate? = nil
    ) throws(RegisterError) {
        if let publishedOn, publishedOn < issuedOn { throw RegisterError(recordID: id, reason: .publishedBeforeIssue) }
        if let repealedOn, repealedOn < issuedOn { throw RegisterError(recordID: id, reason: .repealedBeforeIssue) }
        self.id = id
        self.kind = kind
        self.title = title
        self.documentNumber = documentNumber
        self.issuedOn = issuedOn
        self.publishedOn = publishedOn
        self.repealedOn = repealedOn
    }

    /// Whether it was in force at the end of `date`: issued by then and not yet repealed.
    public func isInForce(atEndOf date: CivilDate) -> Bool {
        issuedOn <= date && (repealedOn.map { $0 > date } ?? true)
    }

    /// Decodes through the validating initializer, so stored data is checked like new input.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        try self.init(
            id: container.decode(RecordID.self, forKey: .id),
            kind: container.decode(NormativeDocumentKind.self, forKey: .kind),
            title: container.decode(String.self, forKey: .title),
            documentNumber: container.decodeIfPresent(String.self, forKey: .documentNumber),
            issuedOn: container.decode(CivilDate.self, forKey: .issuedOn),
            publishedOn: container.decodeIfPresent(CivilDate.self, forKey: .publishedOn),
            repealedOn: container.decodeIfPresent(CivilDate.self, forKey: .repealedOn))
    }
}
