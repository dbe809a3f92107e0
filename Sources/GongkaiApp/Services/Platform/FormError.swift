/// A problem with one field of a form, named so the page can show it next to the field.
public struct FieldProblem: Sendable, Hashable {
    /// The form field's name ("username", "applicant.idNumber").
    public let field: String
    /// What is wrong and how to fix it, in Chinese.
    public let message: String

    public init(field: String, message: String) {
        self.field = field
        self.message = message
    }
}

/// A form that cannot be accepted: every field problem at once, so the user fixes all in one go.
public struct FormError: CategorizedError, Hashable {
    public let problems: [FieldProblem]

    public init(_ problems: [FieldProblem]) { self.problems = problems }

    public var category: ErrorCategory { .invalidInput }
    public var userMessage: String { problems.map(\.message).joined(separator: "；") }

    /// The message for `field`, if it has a problem.
    public func message(for field: String) -> String? { problems.first { $0.field == field }?.message }
}
