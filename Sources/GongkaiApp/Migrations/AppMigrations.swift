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
        // Casework to the letter of the law (issue 8).
        M010_AddRequestPieceCount(),
        M011_AddAppealRoleAndCourtLevel(),
        M012_AddAgencyAppealCounting(),
        // The web platform (issue 7).
        M020_CreateStaffUsers(),
        M021_CreateAgencyProfiles(),
        M022_CreatePortalSubmissions(),
        M023_CreateAttachments(),
        M024_CreateReplyDraftsAndLetters(),
        M025_CreatePlatformState(),
        M026_AddRequestDeliveryForm(),
        M027_AddAuditLogAgency(),
        M028_AddRequestDueDate(),
        M029_CreateChangeVersions(),
        // Publishing (issue 10)
        M040_CreateCatalogue(),
        M041_CreateGuidesAndCatalogueSettings(),
        M042_WatchCatalogueChanges(),
        M043_CreateReportSections(),
        // Supervision of a region's annual reports (issue 11).
        M060_CreateRegions(),
        M061_AddAgencyRegion(),
        M062_CreateSupervisedAgencies(),
        M063_CreateSupervisionUploads(),
        M064_CreateSupervisionFiles(),
        M065_CreateCheckJobs(),
        M066_CreateAPITokens(),
        // The annual report's publishing workflow (issue 10).
        M044_CreateReportWorkflows(),
        M045_CreatePublishedReports(),
        // Supervision, continued: the scoring scheme per region.
        M067_CreateScoringSchemes(),
        // 建议提案办理 and the catalogue's attachments and facets (issue 10).
        M050_CreateProposals(),
        M051_CreateProposalSettings(),
        M052_IndexCatalogueFacets(),
        M053_CreateCatalogueFacetCounts(),
        M054_CreateCatalogueAttachments(),
    ]
}
