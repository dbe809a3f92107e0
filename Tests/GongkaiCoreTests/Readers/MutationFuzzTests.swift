import Foundation
import Testing

@testable import GongkaiCore

/// Fuzz-style robustness: thousands of mutated real documents go through reading and auditing;
/// each must come back as a report or a `ReadError`, never a crash or a hang.
@Suite("Mutated documents never crash the reader or the auditor")
struct MutationFuzzTests {
    static let sources = [
        "seeds/000_a7bda0c74bde3af2.txt", "seeds/001_18824da13ecba4ff.txt", "seeds/002_1b003a206c429a04.txt",
        "seeds/003_5378260b2f002a6c.txt", "seeds/004_4a845c3325581b0b.txt",
    ]

    /// One random edit of `bytes`: flip, delete, duplicate, insert structural characters, truncate.
    static func mutate(_ bytes: [UInt8], _ random: inout SeededGenerator) -> [UInt8] {
        var result = bytes
        for _ in 0..<Int.random(in: 1...8, using: &random) where !result.isEmpty {
            let position = Int.random(in: 0..<result.count, using: &random)
            switch Int.random(in: 0..<7, using: &random) {
            case 0: result[position] ^= UInt8(1 << Int.random(in: 0..<8, using: &random))
            case 1: result.removeSubrange(position..<min(result.count, position + Int.random(in: 1...64, using: &random)))
            case 2:
                let end = min(result.count, position + Int.random(in: 1...256, using: &random))
                result.insert(contentsOf: result[position..<end], at: position)
            case 3:
                let pieces: [[UInt8]] = [[0x09], [0x0A], [0x0A, 0x0A], Array("\t无\n".utf8), Array("三、收到和处理政府信息公开申请情况\n".utf8), Array("\t-1\n".utf8), Array("\t99999999999999999999\n".utf8), [0x0C]]
                result.insert(contentsOf: pieces.randomElement(using: &random)!, at: position)
            case 4: result = Array(result[..<position])
            case 5: result[position] = UInt8.random(in: 0...255, using: &random)
            default: result.swapAt(position, Int.random(in: 0..<result.count, using: &random))
            }
        }
        return result
    }

    @Test("2,500 mutated seeds and their HTML renderings are read or refused cleanly")
    func mutatedSeeds() throws {
        var random = SeededGenerator(seed: 0x5EED)
        let reader = ReportReader()
        let auditor = Auditor()
        var originals = try Self.sources.map { try fixtureBytes($0) }
        originals += try Self.sources.prefix(2).map {
            Array(HTMLRenderer.render(try reader.read(fixtureBytes($0), name: $0).report).utf8)
        }
        var read = 0
        var refused = 0
        for iteration in 0..<2500 {
            let mutated = Self.mutate(originals[iteration % originals.count], &random)
            do {
                let parsed = try reader.read(mutated, name: "mutant-\(iteration)")
                _ = auditor.audit(parsed)
                _ = parsed.report.canonicalJSON()
                read += 1
            } catch {
                #expect(!error.reason.message.isEmpty)
                refused += 1
            }
        }
        #expect(read + refused == 2500)
        #expect(read > 1000, "most single edits still leave a readable report")
    }
}
