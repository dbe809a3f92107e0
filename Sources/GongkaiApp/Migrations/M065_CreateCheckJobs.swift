import FluentKit
import SQLKit

/// The job table of the background checks: one row per file, claimed by a worker with row
/// locking (`CheckJobQueue`), leased so that a job of a worker that died is taken up again.
struct M065_CreateCheckJobs: AsyncMigration {
    var name: String { "065_create_check_jobs" }

    func prepare(on database: any Database) async throws {
        typealias C = CheckJobQueue.Column
        try await database.schema(CheckJobQueue.schema)
            .id()
            .field(C.fileID, .uuid, .required, .references(SupervisionFileModel.schema, .id))
            .field(C.regionID, .uuid, .required)
            .field(C.state, .string, .required)
            .field(C.attempts, .int, .required)
            .field(C.claimedBy, .string)
            .field(C.leaseUntil, .datetime)
            .field(C.createdAt, .datetime, .required)
            .field(C.finishedAt, .datetime)
            .create()
        try await (database as! any SQLDatabase).create(index: "check_jobs_state")
            .on(CheckJobQueue.schema).column(C.state.description).column(C.createdAt.description).run()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(CheckJobQueue.schema).delete()
    }
}
