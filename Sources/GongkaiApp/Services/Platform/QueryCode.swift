import Crypto
import Foundation

/// The 查询码 a citizen receives once, with the 申请编号, to follow a request online.
///
/// 12 characters from 31 that cannot be confused (no 0/O, 1/I/L), about 59 bits: guessing is
/// hopeless within the lookup rate limit. Stored as SHA-256 of a random salt and the code; a
/// high-entropy code needs no slow hash.
public enum QueryCode {
    static let alphabet = Array("23456789ABCDEFGHJKMNPQRSTUVWXYZ")
    static let length = 12

    /// A new random code, grouped for reading ("ABCD-EFGH-JKMN").
    public static func generate() -> String {
        var generator = SystemRandomNumberGenerator()
        let characters = (0..<length).map { _ in alphabet[Int.random(in: 0..<alphabet.count, using: &generator)] }
        return stride(from: 0, to: length, by: 4).map { String(characters[$0..<$0 + 4]) }.joined(separator: "-")
    }

    /// The code as typed, without separators and spaces, upper-cased.
    public static func normalize(_ text: String) -> String {
        String(text.uppercased().filter { alphabet.contains($0) || $0.isLetter || $0.isNumber })
    }

    /// A random salt, hex.
    static func salt() -> String {
        var generator = SystemRandomNumberGenerator()
        return (0..<16).map { _ in String(format: "%02x", UInt8.random(in: 0...255, using: &generator)) }.joined()
    }

    /// The stored hash of `code` with `salt`.
    static func hash(_ code: String, salt: String) -> String {
        SHA256.hash(data: Data((salt + normalize(code)).utf8)).map { String(format: "%02x", $0) }.joined()
    }

    /// Whether `code` matches `hash`, in time independent of where they differ.
    static func matches(_ code: String, salt: String, hash: String) -> Bool {
        let computed = Array(self.hash(code, salt: salt).utf8)
        let stored = Array(hash.utf8)
        guard computed.count == stored.count else { return false }
        return zip(computed, stored).reduce(0) { $0 | ($1.0 ^ $1.1) } == 0
    }
}
