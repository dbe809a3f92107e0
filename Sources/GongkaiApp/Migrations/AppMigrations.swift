import FluentKit

/// Every migration, in order. Never edit one after release: add the next number.
public enum AppMigrations {
    /// The migrations of the casework schema.
    public static let all: [any Migration] = [
        M001_CreateAgencies(),
        M002_CreateRequests(),
        M003_CreateRequestApplicants(),
        M004_CreateRequestEvents(),
        M005_CreateAppeals(),
        M006_CreateRegisterRecords(),
        M007_CreateAuditLog(),
        M008_IndexRequestsForAnnualReport(),
        M009_ProtectAppendOnlyTables(),
        M010_AddRequestPieceCount(),
        M011_AddAppealRoleAndCourtLevel(),
        M012_AddAgencyAppealCounting(),
    ]
}
