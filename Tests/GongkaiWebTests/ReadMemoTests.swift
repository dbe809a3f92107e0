import NIOConcurrencyHelpers
import NIOCore
import Testing

@testable import GongkaiWeb

/// The per-process memo of repeated reads (`ReadMemo`): a value is reused only for its lifetime,
/// a write made by this process forgets everything, and a value read before that write is
/// never kept.
@Suite("Reads remembered for a moment")
struct ReadMemoTests {
    /// Counts the loads it serves.
    final class Source: Sendable {
        let loads = NIOLockedValueBox(0)
        func load(_ value: Int) -> Int {
            loads.withLockedValue { $0 += 1 }
            return value
        }
        var count: Int { loads.withLockedValue { $0 } }
    }

    @Test("a value is read once within its lifetime and again after it")
    func lifetime() async throws {
        // A lifetime long enough for any machine, then one that has surely passed.
        let memo = ReadMemo(lifetime: .seconds(600))
        let source = Source()
        #expect(try await memo.value("k") { source.load(1) } == 1)
        #expect(try await memo.value("k") { source.load(2) } == 1)
        #expect(source.count == 1)
        let brief = ReadMemo(lifetime: .milliseconds(1))
        #expect(try await brief.value("k") { source.load(3) } == 3)
        try await Task.sleep(nanoseconds: 20_000_000)
        #expect(try await brief.value("k") { source.load(4) } == 4)
        #expect(source.count == 3)
    }

    @Test("forgetting (after a write) makes the next request read again")
    func forgetAll() async throws {
        let memo = ReadMemo(lifetime: .seconds(60))
        let source = Source()
        _ = try await memo.value("k") { source.load(1) }
        memo.forgetAll()
        #expect(try await memo.value("k") { source.load(2) } == 2)
        #expect(source.count == 2)
    }

    @Test("a value read before a write is not kept after it")
    func staleLoadNotKept() async throws {
        let memo = ReadMemo(lifetime: .seconds(60))
        // The read starts, a write lands (forgetAll) while it runs, the read returns its old value.
        let stale = try await memo.value("k") { () -> Int in
            memo.forgetAll()
            return 1
        }
        #expect(stale == 1)
        #expect(try await memo.value("k") { 2 } == 2, "the value read before the write was kept")
    }

    @Test("requests asking while a value is being read wait for that one read")
    func oneReadForMany() async throws {
        let memo = ReadMemo(lifetime: .seconds(60))
        let source = Source()
        let values = try await withThrowingTaskGroup(of: Int.self) { group in
            for _ in 0..<20 {
                group.addTask {
                    try await memo.value("k") {
                        try await Task.sleep(nanoseconds: 100_000_000)
                        return source.load(7)
                    }
                }
            }
            return try await group.reduce(into: []) { $0.append($1) }
        }
        #expect(values == Array(repeating: 7, count: 20))
        #expect(source.count == 1, "\(source.count) reads for one value")
    }

    @Test("a read under way when this process writes is not joined by later requests")
    func writeDuringRead() async throws {
        let memo = ReadMemo(lifetime: .seconds(60))
        let started = AsyncStream.makeStream(of: Void.self)
        async let old = memo.value("k") { () -> Int in
            started.continuation.yield()
            try await Task.sleep(nanoseconds: 200_000_000)
            return 1
        }
        for await _ in started.stream { break }
        memo.forgetAll()
        #expect(try await memo.value("k") { 2 } == 2)
        #expect(try await old == 1)
        #expect(try await memo.value("k") { 3 } == 2)
    }

    @Test("values a caller refuses (nothing found) are not kept; a zero lifetime keeps nothing")
    func refusedAndOff() async throws {
        let memo = ReadMemo(lifetime: .seconds(60))
        #expect(try await memo.value("k", keep: { $0 != nil }) { Int?.none } == nil)
        #expect(try await memo.value("k", keep: { $0 != nil }) { Int?.some(5) } == 5)
        let off = ReadMemo(lifetime: .zero)
        _ = try await off.value("k") { 1 }
        #expect(try await off.value("k") { 2 } == 2)
    }
}
