import FluentKit
import Foundation
import GongkaiCore

/// Regions and the roster of agencies expected to report, as a supervising office sees them:
/// always from its own region down, never beside or above it.
public struct RegionDirectory: Sendable {
    public let context: ServiceContext

    public init(_ context: ServiceContext) { self.context = context }

    /// Why a supervision page cannot be shown.
    public struct NoRegion: CategorizedError {
        public init() {}
        public var category: ErrorCategory { .notFound }
        public var userMessage: String { "本机关尚未设置所属地区，无法使用督办功能；请系统管理员在地区名册中设置" }
    }

    /// The region of the platform agency `agencyID` (the 督办's scope).
    public func region(ofAgency agencyID: UUID) async throws -> RegionModel {
        guard let agency = try await AgencyModel.find(agencyID, on: context.db), let regionID = agency.regionID,
            let region = try await RegionModel.find(regionID, on: context.db)
        else { throw NoRegion() }
        return region
    }

    /// `region` and every region below it, top first.
    public func regions(within region: RegionModel) async throws -> [RegionModel] {
        let below = region.path + "/"
        return try await RegionModel.query(on: context.db)
            .group(.or) { $0.filter(\.$path == region.path).filter(\.$path =~ below) }
            .sort(\.$level).sort(\.$path).all()
    }

    /// The region with `path`, made (with the regions above it) when missing; `level` is the
    /// level of the region itself, guessed from its place when not given.
    @discardableResult
    public func ensure(path names: [String], on db: (any Database)? = nil) async throws -> RegionModel {
        let db = db ?? context.db
        var parent: RegionModel?
        for (index, name) in names.enumerated() {
            let path = names[...index].joined(separator: "/")
            if let found = try await RegionModel.query(on: db).filter(\.$path == path).first() {
                parent = found
                continue
            }
            let level = min(3, (parent?.level ?? (Self.isProvince(name) ? 0 : 1)) + 1)
            let region = RegionModel(name: name, parentID: parent?.id, level: level, path: path)
            try await region.create(on: db)
            parent = region
        }
        guard let parent else { throw FormError([FieldProblem(field: "name", message: "地区名称不能为空")]) }
        return parent
    }

    /// Adds the region `name` below `parentID` (which must lie within `scope`).
    public func addRegion(name raw: String, parentID: UUID?, scope: RegionModel, actor: String, agencyID: UUID) async throws
        -> RegionModel
    {
        let name = raw.trimmingCharacters(in: .whitespacesAndNewlines)
        var problems: [FieldProblem] = []
        if name.isEmpty || name.count > 40 || name.contains("/") {
            problems.append(FieldProblem(field: "name", message: "请填写地区名称（不超过40字，不含“/”），如“城南区”"))
        }
        let within = try await regions(within: scope)
        let parent = within.first { $0.id == (parentID ?? scope.id) }
        if parent == nil { problems.append(FieldProblem(field: "parent", message: "上级地区须为本地区或其下级地区")) }
        guard problems.isEmpty, let parent else { throw FormError(problems) }
        if within.contains(where: { $0.path == parent.path + "/" + name }) {
            throw FormError([FieldProblem(field: "name", message: "“\(parent.name)”下已有地区“\(name)”")])
        }
        return try await context.db.writeTransaction { db in
            let region = RegionModel(name: name, parentID: parent.id, level: min(3, parent.level + 1), path: parent.path + "/" + name)
            try await region.create(on: db)
            try await AuditLog.write(
                [AuditEntry(actor: actor, entity: "region", entityID: region.path, action: "create",
                    diff: .object([JSONMember("name", .string(name))]), agencyID: agencyID)],
                at: context.clock.now(), on: db)
            return region
        }
    }

    /// The agencies expected to report in `regions`, in region then name order.
    public func agencies(in regions: [RegionModel]) async throws -> [SupervisedAgencyModel] {
        let ids = regions.compactMap(\.id)
        guard !ids.isEmpty else { return [] }
        let order = Dictionary(uniqueKeysWithValues: regions.enumerated().map { ($1.id!, $0) })
        return try await SupervisedAgencyModel.query(on: context.db).filter(\.$regionID ~~ ids).sort(\.$name).all()
            .sorted { (order[$0.regionID] ?? 0, $0.kind, $0.name) < (order[$1.regionID] ?? 0, $1.kind, $1.name) }
    }

    /// The core's roster of `scope` and the regions below it: the region itself is the roster's
    /// top (its own parent lies outside what the office sees), parent units outside it dropped.
    public func roster(within scope: RegionModel) async throws -> Roster {
        let regions = try await regions(within: scope)
        let agencies = try await agencies(in: regions)
        let paths = Dictionary(uniqueKeysWithValues: regions.map { ($0.id!, $0.path) })
        let names = Set(agencies.map(\.name))
        let roster = try Roster(
            regions: regions.map { region in
                Region(
                    id: RegionID(rawValue: region.path), name: region.name,
                    parent: region.id == scope.id ? nil : region.parentID.flatMap { paths[$0] }.map(RegionID.init(rawValue:)),
                    level: RegionLevel(rawValue: region.level) ?? .county)
            },
            agencies: agencies.map { agency in
                RosterAgency(
                    id: AgencyID(agency.name), name: agency.name, kind: AgencyKind(rawValue: agency.kind) ?? .department,
                    region: RegionID(rawValue: paths[agency.regionID] ?? ""),
                    parent: agency.parentName.flatMap { names.contains($0) && $0 != agency.name ? AgencyID($0) : nil },
                    aliases: agency.aliases.split(separator: "|").map(String.init),
                    reportsRegionWide: agency.reportsRegionWide)
            })
        return roster
    }

    static func isProvince(_ name: String) -> Bool {
        ["北京市", "天津市", "上海市", "重庆市"].contains(name) || name.hasSuffix("省") || name.hasSuffix("自治区")
    }
}
