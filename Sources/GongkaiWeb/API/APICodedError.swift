/// An error whose JSON body carries a code of its own instead of the one its status implies
/// (two conflicts a client handles differently: `event_not_allowed`, `stale_version`).
protocol APICodedError: Error {
    /// The stable `code` of the error body.
    var apiCode: String { get }
}
