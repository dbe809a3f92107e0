/// A part of a report whose content can come from OCR: the three tables and the sections' text,
/// named as the canonical JSON names them (`"ocr": ["proactive", "requests", "review", "sections"]`).
public enum ReportPart: String, Sendable, Hashable, CaseIterable, Comparable {
    case proactive
    case requests
    case review
    case sections

    /// The part holding `table`.
    public init(_ table: TableID) {
        switch table {
        case .proactive: self = .proactive
        case .requests: self = .requests
        case .review: self = .review
        }
    }

    /// The part a finding's location (`requests.total[6]`, `sections.4`, `review`) points into, if any.
    public init?(location: String) {
        let head = location.prefix { $0 != "." && $0 != "[" }
        self.init(rawValue: String(head))
    }

    public static func < (lhs: ReportPart, rhs: ReportPart) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
