import FluentKit
import Foundation

/// An official notice issued on a request (答复书, 补正告知书, 延期答复告知书, 征求意见函,
/// 收费通知书, 不予处理告知书): an immutable snapshot of the letter as issued, from which the
/// DOCX, PDF and HTML are rendered identically every time.
public final class LetterModel: Model, @unchecked Sendable {
    public static let schema = "letters"

    /// Column names.
    public enum Column {
        public static let requestID: FieldKey = "request_id"
        public static let kind: FieldKey = "kind"
        public static let number: FieldKey = "number"
        public static let issuedOn: FieldKey = "issued_on"
        public static let issuedBy: FieldKey = "issued_by"
        public static let issuedAt: FieldKey = "issued_at"
        public static let letterJSON: FieldKey = "letter_json"
        public static let visibleToApplicant: FieldKey = "visible_to_applicant"
    }

    @ID(key: .id) public var id: UUID?
    @Parent(key: Column.requestID) public var request: RequestModel
    /// The kind's stable name ("reply", "correctionNotice"…).
    @Field(key: Column.kind) public var kind: String
    /// 文号, unique within the agency ("江教公开〔2026〕3号").
    @Field(key: Column.number) public var number: String
    /// `YYYY-MM-DD`.
    @Field(key: Column.issuedOn) public var issuedOn: String
    @Field(key: Column.issuedBy) public var issuedBy: String
    @Field(key: Column.issuedAt) public var issuedAt: Date
    /// The letter's canonical JSON (the core's `OfficialLetter`).
    @Field(key: Column.letterJSON) public var letterJSON: String
    /// Whether the applicant sees it on the status page (a 征求意见函 goes to the third party).
    @Field(key: Column.visibleToApplicant) public var visibleToApplicant: Bool

    public init() {}
}

/// A rendered file of an issued letter (the PDF, made once by LibreOffice on first download and
/// kept, since the letter never changes).
public final class LetterFileModel: Model, @unchecked Sendable {
    public static let schema = "letter_files"

    public enum Column {
        public static let letterID: FieldKey = "letter_id"
        public static let format: FieldKey = "format"
        public static let bytes: FieldKey = "bytes"
    }

    @ID(key: .id) public var id: UUID?
    @Parent(key: Column.letterID) public var letter: LetterModel
    /// `LetterFormat` raw value.
    @Field(key: Column.format) public var format: String
    @Field(key: Column.bytes) public var bytes: Data

    public init() {}

    public init(letterID: UUID, format: String, bytes: Data) {
        id = UUID()
        $letter.id = letterID
        self.format = format
        self.bytes = bytes
    }
}
