/// The identifier of a casework record (a request, an appeal case, a register entry).
///
/// Opaque text chosen by whoever stores the record (a UUID, a case number such as
/// "依申请〔2025〕12号"); drill-down returns these so a cell can be traced back to its records.
public struct RecordID: RawRepresentable, Sendable, Hashable, Comparable, Codable, ExpressibleByStringLiteral,
    CustomStringConvertible
{
    /// The identifier's text.
    public let rawValue: String
    /// An identifier with the text `rawValue`.
    public init(rawValue: String) { self.rawValue = rawValue }
    /// An identifier with the text `rawValue`.
    public init(_ rawValue: String) { self.rawValue = rawValue }
    /// An identifier written as a literal.
    public init(stringLiteral value: String) { self.rawValue = value }
    /// The identifier's text.
    public var description: String { rawValue }
    /// Orders by the text.
    public static func < (lhs: RecordID, rhs: RecordID) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// The identifier of an agency (行政机关) whose casework is recorded.
public struct AgencyID: RawRepresentable, Sendable, Hashable, Comparable, Codable, ExpressibleByStringLiteral,
    CustomStringConvertible
{
    /// The identifier's text.
    public let rawValue: String
    /// An identifier with the text `rawValue`.
    public init(rawValue: String) { self.rawValue = rawValue }
    /// An identifier with the text `rawValue`.
    public init(_ rawValue: String) { self.rawValue = rawValue }
    /// An identifier written as a literal.
    public init(stringLiteral value: String) { self.rawValue = value }
    /// The identifier's text.
    public var description: String { rawValue }
    /// Orders by the text.
    public static func < (lhs: AgencyID, rhs: AgencyID) -> Bool { lhs.rawValue < rhs.rawValue }
}
