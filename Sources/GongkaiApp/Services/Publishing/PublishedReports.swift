import FluentKit
import Foundation
import GongkaiCore

/// Reads the published annual reports (immutable snapshots), scoped to an agency in every query,
/// and makes a version's PDF once from its stored Word document.
public struct PublishedReports: Sendable {
    public let context: ServiceContext

    public init(_ context: ServiceContext) { self.context = context }

    /// The newest version of `agencyID`'s report on `year`, if published.
    public func latest(agencyID: UUID, year: Int) async throws -> PublishedReportModel? {
        try await PublishedReportModel.query(on: context.db).filter(\.$agency.$id == agencyID).filter(\.$year == year)
            .sort(\.$version, .descending).first()
    }

    /// Every version of `agencyID`'s report on `year`, newest first.
    public func versions(agencyID: UUID, year: Int) async throws -> [PublishedReportModel] {
        try await PublishedReportModel.query(on: context.db).filter(\.$agency.$id == agencyID).filter(\.$year == year)
            .sort(\.$version, .descending).all()
    }

    /// Version `version` of `agencyID`'s report on `year`.
    public func version(_ version: Int, agencyID: UUID, year: Int) async throws -> PublishedReportModel? {
        try await PublishedReportModel.query(on: context.db).filter(\.$agency.$id == agencyID).filter(\.$year == year)
            .filter(\.$version == version).first()
    }

    /// One line per published year of `agencyID`: the year, its newest version and when.
    public struct Summary: Sendable, Hashable {
        public let year: Int
        public let version: Int
        public let publishedAt: Date
        public let contentHash: String
    }

    /// The published years of `agencyID` (newest year first), without loading documents.
    public func years(agencyID: UUID) async throws -> [Summary] {
        let rows = try await PublishedReportModel.query(on: context.db).filter(\.$agency.$id == agencyID)
            .field(\.$year).field(\.$version).field(\.$publishedAt).field(\.$contentHash)
            .sort(\.$year, .descending).sort(\.$version, .descending).all()
        var seen: Set<Int> = []
        return rows.compactMap { row in
            guard seen.insert(row.year).inserted else { return nil }
            return Summary(year: row.year, version: row.version, publishedAt: row.publishedAt, contentHash: row.contentHash)
        }
    }

    /// The agencies (ids) that published their report on `year`, with the newest version's id.
    public func publishers(of year: Int, among agencyIDs: [UUID]) async throws -> [UUID: PublishedReportModel] {
        guard !agencyIDs.isEmpty else { return [:] }
        let rows = try await PublishedReportModel.query(on: context.db).filter(\.$agency.$id ~~ agencyIDs).filter(\.$year == year)
            .sort(\.$version, .ascending).all()
        var result: [UUID: PublishedReportModel] = [:]
        for row in rows { result[row.$agency.id] = row }
        return result
    }

    /// The report model of a snapshot.
    public static func report(of model: PublishedReportModel) throws -> Report {
        do {
            return try Report(canonicalJSON: model.reportJSON)
        } catch {
            throw StoredDataError(table: PublishedReportModel.schema, key: "\(model.year)#\(model.version)", reason: "报告内容无法读取：\(error.description)")
        }
    }

    /// The PDF of a snapshot: its stored Word document converted by LibreOffice on first request
    /// and kept (throws `RenderError.toolMissing` when LibreOffice is not installed).
    public func pdf(of model: PublishedReportModel, libreOffice: LibreOffice = LibreOffice()) async throws -> Data {
        let id = try model.requireID()
        if let file = try await PublishedReportFileModel.query(on: context.db).filter(\.$report.$id == id).filter(\.$format == "pdf").first() {
            return file.bytes
        }
        let docx = [UInt8](model.docx)
        let bytes = try await Task.detached { try libreOffice.pdfs(fromDocx: [docx])[0] }.value
        let data = Data(bytes)
        do {
            try await PublishedReportFileModel(reportID: id, format: "pdf", bytes: data).create(on: context.db)
        } catch let error as any DatabaseError where error.isConstraintFailure {
            // Another request made it at the same moment: either copy converts the same document.
        }
        return data
    }
}
