import GongkaiApp
import Vapor

/// Runs the background checks of supervision uploads (`CheckWorker`) while the server runs.
/// Every server process may run one: jobs are claimed with row locking, and a job left by a
/// process that stopped is claimed again when its lease runs out.
final class CheckWorkerLifecycle: LifecycleHandler, @unchecked Sendable {
    let context: ServiceContext
    private var task: Task<Void, Never>?
    private let lock = NSLock()

    init(context: ServiceContext) { self.context = context }

    func didBootAsync(_ application: Application) async throws {
        let worker = CheckWorker(context)
        lock.withLock { task = Task.detached(priority: .utility) { await worker.run() } }
    }

    func shutdownAsync(_ application: Application) async {
        let running = lock.withLock { () -> Task<Void, Never>? in
            defer { task = nil }
            return task
        }
        running?.cancel()
        await running?.value
    }
}
