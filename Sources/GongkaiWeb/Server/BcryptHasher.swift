import GongkaiApp
import Vapor

/// Passwords hashed with Vapor's Bcrypt (cost 12 by default).
struct BcryptHasher: PasswordHashing {
    let cost: Int
    let decoyHash: String

    init(cost: Int = 12) throws {
        self.cost = cost
        decoyHash = try Bcrypt.hash([UInt8].random(count: 16).base64, cost: cost)
    }

    func hash(_ password: String) throws -> String { try Bcrypt.hash(password, cost: cost) }

    func verify(_ password: String, against hash: String) throws -> Bool { try Bcrypt.verify(password, created: hash) }
}
