import GongkaiApp
import NIOConcurrencyHelpers
import NIOCore
import Vapor

/// Reads that every page view repeats — the session, the signed-in officer, the change version of
/// the data behind a page — remembered per process for a moment (one second by default).
///
/// Under load the same officer, citizen or page is read hundreds of times a second; the memo makes
/// that one database read per second. It holds nothing that matters: everything in it is a copy
/// of a row, and losing it costs one read. What it trades, and why that is acceptable:
/// - within this process, nothing stale is ever served: every request that may write (any method
///   but GET and HEAD) and every session save forgets everything (`forgetAll`), and a value read
///   before that is not kept (the generation check);
/// - a change made by *another* server process is seen here at most `lifetime` later (a page
///   rendered before it, a sign-out there still honoured here for that moment).
final class ReadMemo: Sendable {
    private struct Entry {
        let value: any Sendable
        let until: NIODeadline
    }

    /// A read under way, which concurrent requests for the same key wait for (so that when a
    /// value lapses under load, one request reads it again rather than all of them at once).
    private struct Load {
        let number: UInt64
        let task: Task<any Sendable, any Error>
    }

    private struct State {
        var generation = 0
        var entries: [String: Entry] = [:]
        var loads: [String: Load] = [:]
        var loadNumber: UInt64 = 0
    }

    private let state = NIOLockedValueBox(State())
    /// How long a value is used without reading it again; `.zero` turns the memo off.
    let lifetime: TimeAmount
    private let capacity: Int

    init(lifetime: TimeAmount, capacity: Int = 10_000) {
        self.lifetime = lifetime
        self.capacity = capacity
    }

    /// The value of `key`: remembered when read less than `lifetime` ago, else `load()` — once
    /// for all the requests that ask meanwhile — kept unless something was written while it ran,
    /// or `keep` refuses it.
    func value<Value: Sendable>(
        _ key: String, keep: @escaping @Sendable (Value) -> Bool = { _ in true },
        load: @escaping @Sendable () async throws -> Value
    ) async throws -> Value {
        guard lifetime > .zero else { return try await load() }
        let now = NIODeadline.now()
        let found: Value?
        let running: Task<any Sendable, any Error>?
        (found, running) = state.withLockedValue { state in
            if let entry = state.entries[key], entry.until > now, let value = entry.value as? Value { return (value, nil) }
            if let load = state.loads[key] { return (nil, load.task) }
            state.loadNumber &+= 1
            let number = state.loadNumber
            let generation = state.generation
            let task = Task<any Sendable, any Error> {
                do {
                    let value = try await load()
                    self.finish(key, number: number, keeping: keep(value) ? value : nil, from: generation)
                    return value
                } catch {
                    self.finish(key, number: number, keeping: nil, from: generation)
                    throw error
                }
            }
            state.loads[key] = Load(number: number, task: task)
            return (nil, task)
        }
        if let found { return found }
        guard let value = try await running!.value as? Value else { return try await load() }
        return value
    }

    /// Ends the load `number` of `key`, keeping `value` unless something was written since it began.
    private func finish(_ key: String, number: UInt64, keeping value: (any Sendable)?, from generation: Int) {
        state.withLockedValue { state in
            if state.loads[key]?.number == number { state.loads[key] = nil }
            guard let value, state.generation == generation else { return }
            if state.entries.count >= capacity { state.entries.removeAll(keepingCapacity: true) }
            state.entries[key] = Entry(value: value, until: NIODeadline.now() + lifetime)
        }
    }

    /// Forgets every value, and every read under way (after a write made by this process).
    func forgetAll() {
        state.withLockedValue { state in
            state.generation &+= 1
            state.entries.removeAll(keepingCapacity: true)
            state.loads.removeAll(keepingCapacity: true)
        }
    }
}

/// Forgets the memo after every request that may have written (any method but GET and HEAD),
/// whether it succeeded or not, so this process never serves a page older than its own writes.
struct ReadMemoInvalidation: AsyncMiddleware {
    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        guard request.method != .GET, request.method != .HEAD else { return try await next.respond(to: request) }
        defer { request.application.readMemo.forgetAll() }
        return try await next.respond(to: request)
    }
}

extension Application {
    private struct ReadMemoKey: StorageKey { typealias Value = ReadMemo }

    /// The process's read memo (set once by `GongkaiServer.configure`, before any request).
    var readMemo: ReadMemo {
        get { storage[ReadMemoKey.self]! }
        set { storage[ReadMemoKey.self] = newValue }
    }
}

extension Request {
    /// The change version of `scope` (`ChangeVersions`), through the process's memo.
    func changeVersion(_ scope: String) async throws -> Int {
        let services = services
        return try await application.readMemo.value("version|" + scope) { try await ChangeVersions(services).version(scope) }
    }

    /// The agency of the portal submission `id` and that agency's change version, through the
    /// process's memo; `nil` (never remembered) when there is no such submission.
    func submissionVersion(_ id: UUID) async throws -> ChangeVersions.SubmissionVersion? {
        let services = services
        return try await application.readMemo.value("submission|" + id.uuidString, keep: { $0 != nil }) {
            try await ChangeVersions(services).submission(id)
        }
    }
}
