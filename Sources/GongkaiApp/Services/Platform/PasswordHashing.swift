/// Hashes and verifies passwords. The web layer supplies Vapor's Bcrypt; the app never sees a
/// password after hashing it.
public protocol PasswordHashing: Sendable {
    /// A salted hash of `password`.
    func hash(_ password: String) throws -> String
    /// Whether `password` matches `hash`.
    func verify(_ password: String, against hash: String) throws -> Bool
    /// A hash of a random secret with the same cost, verified against when an account does not
    /// exist, so that the time a sign-in takes does not tell whether the username is known.
    var decoyHash: String { get }
}
