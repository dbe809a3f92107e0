import FluentKit
import Foundation
import GongkaiCore

/// Imports a roster CSV (the core's format, as `gongkai collect --agencies` reads it) into a
/// supervising office's region: regions are made below the office's region where missing, and
/// agencies added or updated by name.
public struct RosterImport: Sendable {
    public let context: ServiceContext

    public init(_ context: ServiceContext) { self.context = context }

    /// What an import did.
    public struct Summary: Sendable {
        public let added: Int
        public let updated: Int
        public let regionsAdded: Int
        public let notes: [String]
    }

    /// Imports `bytes` (a CSV named `file`) into `scope`.
    /// - Throws: `FormError` (field "file") listing every problem of the CSV with its line.
    public func run(_ bytes: [UInt8], file: String, scope: RegionModel, actor: String, agencyID: UUID?) async throws -> Summary {
        let parsed: RosterFile
        do {
            parsed = try Roster.readCSV(bytes, file: file)
        } catch {
            throw FormError([FieldProblem(field: "file", message: error.description)])
        }
        let directory = RegionDirectory(context)
        let within = try await directory.regions(within: scope)
        let roster = parsed.roster
        // A top region of the file is the office's own region, or one below it with that name, or new below it.
        @Sendable func path(of id: RegionID) -> String {
            guard let region = roster.region(id) else { return scope.path }
            guard let parent = region.parent else {
                if region.name == scope.name { return scope.path }
                let named = within.filter { $0.name == region.name }
                return named.count == 1 ? named[0].path : scope.path + "/" + region.name
            }
            return path(of: parent) + "/" + region.name
        }
        let existing = try await SupervisedAgencyModel.query(on: context.db).filter(\.$name ~~ roster.agencies.map(\.name)).all()
        let outside = existing.filter { agency in !within.contains { $0.id == agency.regionID } }
        if !outside.isEmpty {
            throw FormError([
                FieldProblem(
                    field: "file",
                    message: "名册中的" + outside.prefix(5).map { "“\($0.name)”" }.joined(separator: "、") + "已属于其他地区的名册，不能在本地区导入")
            ])
        }
        return try await context.db.writeTransaction { db in
            let before = try await RegionModel.query(on: db).count()
            var regionIDs: [RegionID: UUID] = [:]
            for region in roster.regions {
                regionIDs[region.id] = try await directory.ensure(path: path(of: region.id).split(separator: "/").map(String.init), on: db).requireID()
            }
            let byName = Dictionary(existing.map { ($0.name, $0) }, uniquingKeysWith: { a, _ in a })
            var added = 0
            var updated = 0
            for agency in roster.agencies {
                let model = byName[agency.name] ?? SupervisedAgencyModel()
                model.regionID = regionIDs[agency.region]!
                model.name = agency.name
                model.kind = agency.kind.rawValue
                model.parentName = roster.parentUnit(of: agency.id)?.rawValue
                model.aliases = agency.aliases.joined(separator: "|")
                model.reportsRegionWide = agency.reportsRegionWide
                if model.id == nil { added += 1 } else { updated += 1 }
                try await model.save(on: db)
            }
            // Agencies of the roster that are on the platform join its region (their 督办 accounts
            // supervise it), unless they already belong to a region outside this office's.
            let inScope = Set(within.compactMap(\.id)).union(regionIDs.values)
            for agency in try await AgencyModel.query(on: db).filter(\.$name ~~ roster.agencies.map(\.name)).all()
            where agency.regionID.map(inScope.contains) ?? true {
                guard let listed = roster.agencies.first(where: { $0.name == agency.name }) else { continue }
                agency.regionID = regionIDs[listed.region]
                try await agency.update(on: db)
            }
            let regionsAdded = try await RegionModel.query(on: db).count() - before
            try await AuditLog.write(
                [AuditEntry(actor: actor, entity: "roster", entityID: scope.path, action: "import",
                    diff: .object([JSONMember("added", .int(added)), JSONMember("updated", .int(updated)),
                        JSONMember("regionsAdded", .int(regionsAdded))]), agencyID: agencyID)],
                at: context.clock.now(), on: db)
            return Summary(added: added, updated: updated, regionsAdded: regionsAdded, notes: parsed.notes)
        }
    }
}
