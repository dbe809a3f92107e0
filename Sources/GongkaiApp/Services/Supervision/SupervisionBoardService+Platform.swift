import FluentKit
import Foundation
import GongkaiCore

extension SupervisionBoardService {
    /// The reports the roster's agencies published on this platform (the newest version of each
    /// year), read from their snapshots' canonical JSON and checked like an upload: they count as
    /// 已发布 (`ReportOrigin.platform`) with the publication date the platform recorded, and are
    /// placed on the roster agency of the same name in the tree of `regions` (never on a
    /// same-named office of another region).
    func platformReports(roster: Roster, regions: [RegionModel]) async throws -> [CollectedReport] {
        let names = Set(roster.agencies.map(\.name))
        let regionIDs = regions.compactMap(\.id)
        guard !names.isEmpty, !regionIDs.isEmpty else { return [] }
        let agencies = try await AgencyModel.query(on: context.db).filter(\.$regionID ~~ regionIDs).all()
            .filter { names.contains($0.name) }
        let byID = Dictionary(uniqueKeysWithValues: agencies.compactMap { agency in agency.id.map { ($0, agency.name) } })
        guard !byID.isEmpty else { return [] }
        let snapshots = try await PublishedReportModel.query(on: context.db).filter(\.$agency.$id ~~ Array(byID.keys))
            .field(\.$id).field(\.$agency.$id).field(\.$year).field(\.$version).field(\.$reportJSON).field(\.$publishedAt)
            .sort(\.$version, .descending).all()
        var newest: [String: PublishedReportModel] = [:]
        for snapshot in snapshots where newest["\(snapshot.$agency.id)|\(snapshot.year)"] == nil {
            newest["\(snapshot.$agency.id)|\(snapshot.year)"] = snapshot
        }
        let chosen = newest.values.sorted { ($0.year, byID[$0.$agency.id] ?? "") < ($1.year, byID[$1.$agency.id] ?? "") }
        let inputs = chosen.map { snapshot in
            CheckInput.bytes(
                name: "平台发布/\(byID[snapshot.$agency.id] ?? "")\(snapshot.year)年度报告（第\(snapshot.version)版）.json",
                Array(snapshot.reportJSON.utf8))
        }
        let results = await Task.detached { BatchChecker().check(inputs: inputs, jobs: 1, pairingYears: false) }.value
        return zip(chosen, results).map { snapshot, result in
            CollectedReport(
                result, origin: .platform, publishedOn: CivilDate(snapshot.publishedAt),
                confirmedAgency: byID[snapshot.$agency.id].map { AgencyID($0) })
        }
    }
}
