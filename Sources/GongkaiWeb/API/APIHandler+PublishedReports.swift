import Fluent
import Foundation
import GongkaiAPI
import GongkaiApp
import GongkaiCore
import OpenAPIRuntime
import Vapor

/// The published annual reports in the JSON API: the token agency's own, or for a 督办 token
/// those of every agency in its region and below, scoped in the query.
extension APIHandler {
    func listPublishedReports(_ input: Operations.ListPublishedReports.Input) async throws -> Operations.ListPublishedReports.Output {
        let (request, caller) = try APIContext.current()
        try caller.require(.everyRole)
        let agencies = try await Self.visibleAgencies(request, caller)
        var query = PublishedReportModel.query(on: request.db).filter(\.$agency.$id ~~ Array(agencies.keys))
            .field(\.$id).field(\.$agency.$id).field(\.$year).field(\.$version).field(\.$publishedAt).field(\.$contentHash)
            .field(\.$correctionNote)
        if let year = input.query.year { query = query.filter(\.$year == year) }
        let rows = try await query.sort(\.$year, .descending).sort(\.$version, .descending).all()
        var seen: Set<String> = []
        let newest = rows.filter { seen.insert("\($0.$agency.id)|\($0.year)").inserted }
        return .ok(.init(body: .json(.init(items: try newest.map { try Self.summary($0, agency: agencies[$0.$agency.id] ?? "") }))))
    }

    func getPublishedReport(_ input: Operations.GetPublishedReport.Input) async throws -> Operations.GetPublishedReport.Output {
        let (request, caller) = try APIContext.current()
        try caller.require(.everyRole)
        let agencies = try await Self.visibleAgencies(request, caller)
        guard let id = UUID(uuidString: input.path.reportID),
            let row = try await PublishedReportModel.query(on: request.db).filter(\.$id == id)
                .filter(\.$agency.$id ~~ Array(agencies.keys)).first()
        else { throw Abort(.notFound) }
        return .ok(
            .init(
                body: .json(
                    .init(
                        summary: try Self.summary(row, agency: agencies[row.$agency.id] ?? ""),
                        report: try OpenAPIObjectContainer(json: row.reportJSON)))))
    }

    /// The agencies whose reports the caller reads (id → name): its own; for a 督办, every agency
    /// of its region and the regions below.
    static func visibleAgencies(_ request: Request, _ caller: APICaller) async throws -> [UUID: String] {
        var agencies: [AgencyModel] = []
        if caller.roles.roles.contains(.supervisor) {
            let directory = RegionDirectory(request.services)
            let regions = try await directory.regions(within: try await directory.region(ofAgency: caller.agencyID))
            agencies = try await AgencyModel.query(on: request.db).filter(\.$regionID ~~ regions.compactMap(\.id)).all()
        }
        if let own = try await AgencyModel.find(caller.agencyID, on: request.db) { agencies.append(own) }
        return Dictionary(agencies.compactMap { agency in agency.id.map { ($0, agency.name) } }, uniquingKeysWith: { a, _ in a })
    }

    static func summary(_ row: PublishedReportModel, agency: String) throws -> Components.Schemas.PublishedReportSummary {
        Components.Schemas.PublishedReportSummary(
            id: try row.requireID().uuidString, agencyID: row.$agency.id.uuidString, agency: agency, year: row.year,
            version: row.version, publishedAt: row.publishedAt, contentHash: row.contentHash, correctionNote: row.correctionNote,
            url: SiteURL.annualReport(.value(row.$agency.id), .value(row.year)).path + "?version=\(row.version)")
    }
}
