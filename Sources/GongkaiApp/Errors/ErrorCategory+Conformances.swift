import GongkaiCore

// The categories of the errors the core and the app throw. One file, so that a new error type
// is categorised where every other one is.

extension AppDatabaseError: CategorizedError {
    public var category: ErrorCategory { .storageUnavailable }
    public var userMessage: String { description }
}

extension StoredDataError: CategorizedError {
    public var category: ErrorCategory { .storageUnavailable }
    public var userMessage: String { description }
}

extension CaseServiceError: CategorizedError {
    public var category: ErrorCategory {
        switch self {
        case .agencyNotFound, .requestNotFound: .notFound
        case .invalidEvent: .invalidInput
        case .concurrentChange: .conflict
        }
    }
    public var userMessage: String { description }
}

extension CellLocationError: CategorizedError {
    public var category: ErrorCategory { .invalidInput }
    public var userMessage: String { description }
}

extension LedgerReadError: CategorizedError {
    public var category: ErrorCategory { .unreadableInput }
    public var userMessage: String { description }
}

extension LedgerMappingError: CategorizedError {
    public var category: ErrorCategory { .invalidInput }
    public var userMessage: String { description }
}

extension ImportService.FileProblem: CategorizedError {
    public var category: ErrorCategory { .invalidInput }
    public var userMessage: String { description }
}

extension DisclosureRequestError: CategorizedError {
    public var category: ErrorCategory { .invalidInput }
    public var userMessage: String { description }
}

extension ReadError: CategorizedError {
    public var category: ErrorCategory {
        if case .tooLarge = reason { return .tooLarge }
        return .unreadableInput
    }
    public var userMessage: String { description }
}

extension RenderError: CategorizedError {
    public var category: ErrorCategory { .invalidInput }
    public var userMessage: String { description }
}

extension ApplicantError: CategorizedError {
    public var category: ErrorCategory { .invalidInput }
    public var userMessage: String { description }
}

extension RegisterError: CategorizedError {
    public var category: ErrorCategory { .invalidInput }
    public var userMessage: String { description }
}

extension AppealCaseError: CategorizedError {
    public var category: ErrorCategory { .invalidInput }
    public var userMessage: String { description }
}

extension ReportDecodingError: CategorizedError {
    public var category: ErrorCategory { .unreadableInput }
    public var userMessage: String { description }
}

extension LetterError: CategorizedError {
    public var category: ErrorCategory { .invalidInput }
    public var userMessage: String { description }
}

extension CSVReadError: CategorizedError {
    public var category: ErrorCategory { .unreadableInput }
    public var userMessage: String { description }
}

extension RosterError: CategorizedError {
    public var category: ErrorCategory { isUnreadable ? .unreadableInput : .invalidInput }
    public var userMessage: String { description }
}

extension ScoringSchemeError: CategorizedError {
    public var category: ErrorCategory { .invalidInput }
    public var userMessage: String { description }
}

extension PublishingError: CategorizedError {
    public var category: ErrorCategory {
        switch self {
        case .notAllowed: .conflict
        case .reviewerIsDrafter: .forbidden
        case .indexPattern, .review, .dates: .invalidInput
        }
    }
    public var userMessage: String { message }
}
