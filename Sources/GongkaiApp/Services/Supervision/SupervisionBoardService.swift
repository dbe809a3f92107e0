import FluentKit
import Foundation
import GongkaiCore

/// Draws up a region's supervision board from what is stored: the roster of the region and
/// every region below it, and the checked files uploaded there. The rules are the core's
/// (`RegionBoard`): the same board as `gongkai collect` draws from a folder.
public struct SupervisionBoardService: Sendable {
    public let context: ServiceContext

    public init(_ context: ServiceContext) { self.context = context }

    /// A board and the stored files behind its placements (same order).
    public struct Drawn: Sendable {
        public let board: RegionBoard
        public let files: [SupervisionFileModel]
        public let progress: CheckJobQueue.Progress
        public let regions: [RegionModel]
    }

    /// The board of `scope` for report year `year` as of `asOf`.
    ///
    /// Reports are matched against the roster of the whole tree `scope` lies in, so that a report
    /// an office above uploaded counts for the agency it names (and a report of an agency
    /// elsewhere is never taken for a similar name here). The board holds the files uploaded in
    /// `scope` and, of the files uploaded above it, only those placed on one of its agencies:
    /// nothing of another region's uploads is shown.
    public func board(scope: RegionModel, year: Int, asOf: CivilDate, scheme: ScoringScheme = .standard) async throws -> Drawn {
        let directory = RegionDirectory(context)
        let top = scope.path.split(separator: "/").first.map(String.init) ?? scope.path
        guard let root = try await RegionModel.query(on: context.db).filter(\.$path == top).first() else {
            throw RegionDirectory.NoRegion()
        }
        let roster = try await directory.roster(within: root)
        let regions = try await directory.regions(within: scope)
        let regionIDs = regions.compactMap(\.id)
        let ancestorPaths = Self.ancestors(of: scope.path)
        let ancestorIDs = try await RegionModel.query(on: context.db).filter(\.$path ~~ ancestorPaths).all().compactMap(\.id)
        let files = try await SupervisionFileModel.query(on: context.db)
            .filter(\.$regionID ~~ (regionIDs + ancestorIDs)).filter(\.$checked == true).sort(\.$name).all()
        var reports: [CollectedReport] = []
        var kept: [SupervisionFileModel] = []
        for file in files {
            guard let stored = file.result, let result = try? CheckResult(file: file.name, storedJSON: stored) else { continue }
            reports.append(CollectedReport(result, origin: .upload, confirmedAgency: file.confirmedAgency.map { AgencyID($0) }))
            kept.append(file)
        }
        let scopeID = RegionID(rawValue: scope.path)
        var board = RegionBoard(roster: roster, reports: reports, year: year, asOf: asOf, scope: scopeID, scheme: scheme)
        let ancestors = Set(ancestorIDs)
        if kept.contains(where: { ancestors.contains($0.regionID) }) {
            let placed: Set<ReportPlacement.Role> = [.current, .previousYear, .otherYear, .duplicate]
            let keep = kept.indices.filter { !ancestors.contains(kept[$0].regionID) || placed.contains(board.placements[$0].role) }
            reports = keep.map { reports[$0] }
            kept = keep.map { kept[$0] }
            board = RegionBoard(roster: roster, reports: reports, year: year, asOf: asOf, scope: scopeID, scheme: scheme)
        }
        // Reports published on the platform come after the files (`files` pairs with the first placements).
        let platform = try await platformReports(roster: roster, regions: try await directory.regions(within: root))
        if !platform.isEmpty {
            board = RegionBoard(roster: roster, reports: reports + platform, year: year, asOf: asOf, scope: scopeID, scheme: scheme)
        }
        let progress = try await CheckJobQueue(context).progress(regionIDs: regionIDs)
        return Drawn(board: board, files: kept, progress: progress, regions: regions)
    }

    /// How far the checks of the files uploaded in `scope` (and below) have come: cheap, for the
    /// page that follows a large upload without drawing the board on every refresh.
    public func progress(scope: RegionModel) async throws -> CheckJobQueue.Progress {
        let regions = try await RegionDirectory(context).regions(within: scope)
        return try await CheckJobQueue(context).progress(regionIDs: regions.compactMap(\.id))
    }

    /// "江东省", "江东省/江东市" for "江东省/江东市/东湖区".
    static func ancestors(of path: String) -> [String] {
        let names = path.split(separator: "/").map(String.init)
        return names.indices.dropLast().map { names[...$0].joined(separator: "/") }
    }

    /// Records that the file `fileID` (of `scope`) is the report of the roster agency `agencyName`.
    /// - Throws: 404 (`RecordNotFound`) for a file outside the region; `FormError` for an agency not on its roster.
    public func confirm(fileID: UUID, agencyName: String, scope: RegionModel, actor: String, agencyID: UUID) async throws {
        let directory = RegionDirectory(context)
        let regions = try await directory.regions(within: scope)
        let regionIDs = regions.compactMap(\.id)
        guard let file = try await SupervisionFileModel.query(on: context.db).filter(\.$id == fileID)
            .filter(\.$regionID ~~ regionIDs).first()
        else { throw SupervisionNotFound() }
        let agencies = try await directory.agencies(in: regions)
        guard agencies.contains(where: { $0.name == agencyName }) else {
            throw FormError([FieldProblem(field: "agency", message: "请从本地区名册中选择机关")])
        }
        try await context.db.writeTransaction { db in
            file.confirmedAgency = agencyName
            try await file.update(on: db)
            try await AuditLog.write(
                [AuditEntry(actor: actor, entity: "supervisionFile", entityID: fileID.uuidString, action: "confirmAgency",
                    diff: .object([JSONMember("agency", .string(agencyName))]), agencyID: agencyID)],
                at: context.clock.now(), on: db)
        }
    }
}

/// A supervision record outside the office's region, or none at all: not found.
public struct SupervisionNotFound: CategorizedError {
    public init() {}
    public var category: ErrorCategory { .notFound }
    public var userMessage: String { "没有找到该文件，或它不属于本地区" }
}
