/// Where a report came from: published on the platform, or a file the office received.
public enum ReportOrigin: String, Sendable, Hashable, CaseIterable {
    /// Published on the platform by the agency itself (已发布).
    case platform
    /// Published elsewhere; its file was uploaded or collected by the office (已上传).
    case upload
}

/// One report handed to the supervision board: the checked summary of a file (`CheckResult`,
/// as `BatchChecker` makes it) and what the caller knows besides.
public struct CollectedReport: Sendable {
    public var result: CheckResult
    public var origin: ReportOrigin
    /// When the report was published, if known from outside the document (the platform's
    /// publication time, the date the office recorded). Wins over the document's own date.
    public var publishedOn: CivilDate?
    /// The roster agency a user confirmed for this report; it wins over name matching.
    public var confirmedAgency: AgencyID?

    public init(
        _ result: CheckResult, origin: ReportOrigin = .upload, publishedOn: CivilDate? = nil,
        confirmedAgency: AgencyID? = nil
    ) {
        self.result = result
        self.origin = origin
        self.publishedOn = publishedOn
        self.confirmedAgency = confirmedAgency
    }

    /// The file (or upload) the report was read from.
    public var file: String { result.file }
    public var report: Report? { result.report }
}

/// When a report was published, and how that is known.
public struct PublicationDate: Sendable, Hashable {
    /// How the date is known.
    public enum Source: String, Sendable, Hashable {
        /// Given with the report: the platform's publication time, or the date the office recorded.
        case given
        /// The date under the report (落款日期). A report is not published before it is signed,
        /// so a signature after the statutory date proves lateness; one before it does not prove
        /// the report was published on time, and is taken as on time.
        case signature
    }

    public let date: CivilDate
    public let source: Source

    public init(date: CivilDate, source: Source) {
        self.date = date
        self.source = source
    }

    /// "发布日期" / "落款日期".
    public var sourceName: String { source == .given ? "发布日期" : "落款日期" }
}
