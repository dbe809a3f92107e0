import FluentKit
import Foundation
import GongkaiCore
import SQLKit

/// Runs the background checks: claims a batch of jobs, checks the stored files with the core's
/// `BatchChecker` on worker threads (never on the server's event loops), stores each result on
/// its file and marks the jobs done, in one transaction.
public struct CheckWorker: Sendable {
    public let context: ServiceContext
    /// The worker's name in the job table (host and process).
    public let name: String
    /// Jobs claimed at a time.
    public var batchSize = 64
    /// Threads checking at once.
    public var threads = ProcessInfo.processInfo.activeProcessorCount
    /// How long a claim holds before another worker may take the job up.
    public var lease: TimeInterval = 300

    public init(_ context: ServiceContext, name: String = CheckWorker.defaultName) {
        self.context = context
        self.name = name
    }

    /// "host:pid".
    public static var defaultName: String {
        "\(ProcessInfo.processInfo.hostName):\(ProcessInfo.processInfo.processIdentifier)"
    }

    /// Claims and checks one batch; returns how many jobs it finished (0 when none was waiting).
    @discardableResult
    public func runOnce() async throws -> Int {
        let claims = try await CheckJobQueue(context).claim(worker: name, limit: batchSize, lease: lease)
        guard !claims.isEmpty else { return 0 }
        let fileIDs = claims.map(\.fileID)
        let files = try await SupervisionFileModel.query(on: context.db).filter(\.$id ~~ fileIDs).all()
        let contents = try await context.sql.select().column("id").column(SupervisionUploadModel.Column.bytes.description)
            .from(SupervisionUploadModel.fileContentSchema)
            .where(SQLIdentifier("id"), .in, SQLBind.group(fileIDs)).all()
        var bytes: [UUID: [UInt8]] = [:]
        for row in contents {
            bytes[try row.decode(column: "id", as: UUID.self)] = [UInt8](try row.decode(column: SupervisionUploadModel.Column.bytes.description, as: Data.self))
        }
        let toCheck = files.filter { !$0.checked }
        let inputs = toCheck.map { CheckInput.bytes(name: $0.name, bytes[$0.id!] ?? []) }
        let threads = threads
        let results: [CheckResult] = await withCheckedContinuation { continuation in
            DispatchQueue.global(qos: .utility).async {
                continuation.resume(returning: BatchChecker().check(inputs: inputs, jobs: threads, pairingYears: false))
            }
        }
        let now = context.clock.now()
        try await context.db.writeTransaction { db in
            for (file, result) in zip(toCheck, results) {
                file.apply(result, at: now)
                try await file.update(on: db)
            }
            try await CheckJobQueue.finish(claims.map(\.jobID), at: now, on: db)
        }
        return claims.count
    }

    /// Checks until cancelled, pausing `idle` when no job is waiting. A failed round is logged
    /// and retried: the jobs it claimed come back when their lease runs out.
    public func run(idle: Duration = .milliseconds(500)) async {
        while !Task.isCancelled {
            do {
                if try await runOnce() == 0 { try await Task.sleep(for: idle) }
            } catch is CancellationError {
                return
            } catch {
                context.logger.error("check worker round failed", metadata: ["error": "\(String(reflecting: type(of: error)))"])
                try? await Task.sleep(for: idle * 4)
            }
        }
    }
}

extension SupervisionFileModel {
    /// Records the check's result on the file.
    func apply(_ result: CheckResult, at now: Date) {
        checked = true
        self.result = result.storedJSON
        agencyRead = result.report?.agency
        yearRead = result.report?.year
        errors = result.findings.filter { $0.severity == .error }.count
        warnings = result.findings.filter { $0.severity == .warning }.count
        unreadable = result.error != nil
        checkedAt = now
    }
}
