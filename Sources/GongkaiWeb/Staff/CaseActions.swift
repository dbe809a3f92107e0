import GongkaiApp
import GongkaiCore

/// The actions the case page offers: exactly the events the core state machine accepts at this
/// moment (`RequestProgress.allowedEvents()`), those that may be dated `today` (a lapse only
/// once its deadline has passed).
enum CaseActions {
    /// The event tags the state machine accepts on `today` for `request`.
    static func allowed(for request: DisclosureRequest, today: CivilDate) -> [RequestEventTag] {
        let date = max(today, request.progress.lastEventDate)
        return request.progress.allowedEvents().filter { $0.earliestDate <= date }.map(\.tag)
    }
}
