import GongkaiApp
import Testing
@testable import GongkaiWeb

@Suite("Error categories map to HTTP statuses in one place")
struct ErrorStatusTests {
    @Test("every category has its status")
    func statuses() {
        let expected: [ErrorCategory: UInt] = [
            .invalidInput: 422, .unreadableInput: 422, .tooLarge: 413, .notFound: 404, .conflict: 409,
            .unauthenticated: 401, .forbidden: 403, .rateLimited: 429, .storageUnavailable: 503,
        ]
        for category in ErrorCategory.allCases {
            #expect(ErrorStatus.status(for: category).code == expected[category], "\(category)")
        }
    }
}
