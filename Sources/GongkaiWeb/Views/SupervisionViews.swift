import GongkaiApp
import GongkaiCore

/// A link with its label.
struct LabeledLink: Encodable {
    let label: String
    let url: String
}

/// The supervision board page.
struct SupervisionBoardView: Encodable {
    struct Progress: Encodable {
        let done: Int
        let total: Int
        let percent: Int
    }

    struct Count: Encodable {
        let label: String
        let value: Int
        let css: String
    }

    struct Row: Encodable {
        let name: String
        let region: String
        let kind: String
        let status: String
        let css: String
        let deadline: String
        let errors: Int
        let warnings: Int
        let file: String?
        let score: String?
    }

    struct Rank: Encodable {
        let rank: String
        let name: String
        let total: String
        let errors: Int
        let warnings: Int
    }

    struct Comparison: Encodable {
        let government: String
        let compared: Int
        let missing: String?
        let findings: [FindingLine]
    }

    struct FindingLine: Encodable {
        let code: String
        let severity: String
        let location: String
        let message: String
    }

    /// A file not counted on the board, and why.
    struct FileLine: Encodable {
        let file: String
        let reason: String
    }

    struct Figure: Encodable {
        let year: Int
        let reports: Int
        let newRequests: String
        let reconsiderations: String
        let lawsuits: String
    }

    let page: PageContext
    let title: String
    let year: Int
    let years: [LabeledLink]
    let progress: Progress?
    let counts: [Count]
    let rows: [Row]
    let ranking: [Rank]
    let comparisons: [Comparison]
    let mismatches: Int
    let trend: [Figure]
    let charts: [LabeledLink]
    let unplaced: [FileLine]
    let needingConfirmation: Int
    let reminder: String?
    let uploadURL: String
    let exportURL: String
    let confirmURL: String
    let rosterURL: String
    let rosterEmpty: Bool
    let errors: FieldErrors
    let sumsURL: String
    let scoringURL: String

    init(page: PageContext, drawn: SupervisionBoardService.Drawn, year: Int, errors: FieldErrors) {
        let board = drawn.board
        self.page = page
        self.title = board.title
        self.year = year
        self.years = [year - 1, year, year + 1].map { LabeledLink(label: "\($0)年度", url: SiteURL.staffSupervisionYear(.value($0)).path) }
        let progress = drawn.progress
        self.progress = progress.isRunning
            ? Progress(done: progress.done, total: progress.total, percent: progress.total == 0 ? 0 : progress.done * 100 / progress.total)
            : nil
        counts = [CollectionStatus.published, .uploaded, .late, .missing].map {
            Count(label: $0.displayName, value: board.count($0), css: "status-" + $0.rawValue)
        } + [Count(label: "未提交且已过法定时限", value: board.agencies.filter { $0.status == .missing && $0.overdue }.count, css: "status-overdue")]
        let scores = Dictionary(board.ranking.map { ($0.agency, $0.score.total) }, uniquingKeysWith: { a, _ in a })
        rows = board.agencies.map { line in
            Row(
                name: line.agency.name, region: board.roster.region(line.agency.region)?.name ?? "", kind: line.agency.kind.rawValue,
                status: line.statusText, css: "status-" + (line.status == .missing && line.overdue ? "overdue" : line.status.rawValue),
                deadline: line.deadline.chineseText, errors: line.count(.error), warnings: line.count(.warning),
                file: line.report?.file, score: line.status == .missing ? nil : scores[line.agency.id].map { String(format: "%.1f", $0) })
        }
        let names = Dictionary(board.agencies.map { ($0.agency.id, $0.agency.name) }, uniquingKeysWith: { a, _ in a })
        ranking = board.ranking.map {
            Rank(
                rank: $0.tied ? "\($0.rank)（并列）" : "\($0.rank)", name: names[$0.agency] ?? $0.agency.rawValue,
                total: String(format: "%.1f", $0.score.total), errors: $0.score.errors, warnings: $0.score.warnings)
        }
        comparisons = board.comparisons.map { comparison in
            Comparison(
                government: names[comparison.government] ?? comparison.government.rawValue, compared: comparison.compared,
                missing: comparison.missing.isEmpty ? nil : comparison.missing.map { names[$0] ?? $0.rawValue }.joined(separator: "、"),
                findings: comparison.findings.map {
                    FindingLine(code: $0.code.rawValue, severity: $0.severity.displayName, location: $0.location, message: $0.message)
                })
        }
        mismatches = board.comparisons.reduce(0) { $0 + $1.findings.filter { $0.code.rawValue == "AGGREGATE_MISMATCH" }.count }
        trend = board.trend.map {
            Figure(
                year: $0.year, reports: $0.reports, newRequests: $0.newRequests.sum?.description ?? "—",
                reconsiderations: $0.reconsiderations.sum?.description ?? "—", lawsuits: $0.lawsuits.sum?.description ?? "—")
        }
        charts = SupervisionPages.charts.sorted { $0.key > $1.key }.map {
            LabeledLink(label: $0.value.title, url: SiteURL.staffSupervisionChart(.value(year), .value($0.key)).path)
        }
        unplaced = board.placements.filter { ![.current, .previousYear, .otherYear].contains($0.role) }.map {
            FileLine(file: $0.file, reason: $0.role.displayName)
        }
        needingConfirmation = board.needingConfirmation.count
        reminder = board.missingAgencies.isEmpty ? nil : board.reminderText
        uploadURL = SiteURL.staffSupervisionUploads(.value(year)).path
        exportURL = SiteURL.staffSupervisionExport(.value(year)).path
        confirmURL = SiteURL.staffSupervisionConfirm(.value(year)).path
        rosterURL = SiteURL.staffSupervisionRoster.path
        rosterEmpty = board.agencies.isEmpty
        self.errors = errors
        sumsURL = SiteURL.staffSupervisionSums(.value(year)).path
        scoringURL = SiteURL.staffSupervisionScoring.path
    }
}

/// The page shown while uploaded reports are being checked.
struct SupervisionProgressView: Encodable {
    let page: PageContext
    let year: Int
    let done: Int
    let total: Int
    let percent: Int
}

/// The page to confirm which agency an uncertain or unmatched report belongs to.
struct SupervisionConfirmView: Encodable {
    struct Item: Encodable {
        let fileID: String
        let file: String
        let role: String
        let nameRead: String?
        let yearRead: Int?
        let choices: [Choice]
    }

    struct Choice: Encodable {
        let value: String
        let label: String
    }

    let page: PageContext
    let year: Int
    let items: [Item]
    let boardURL: String
    let actionURL: String
    let errors: FieldErrors

    init(page: PageContext, drawn: SupervisionBoardService.Drawn, year: Int, errors: FieldErrors) {
        self.page = page
        self.year = year
        // Only the agencies of the office's own region: the roster behind the board is the whole tree.
        let everyone = drawn.board.agencies.map { Choice(value: $0.agency.name, label: $0.agency.name) }
        let own = Set(everyone.map(\.value))
        items = zip(drawn.board.placements, drawn.files).compactMap { placement, file in
            guard [.needsConfirmation, .unmatched].contains(placement.role) else { return nil }
            let candidates = (placement.match?.candidates ?? []).filter { own.contains($0.agency.rawValue) }
                .map { Choice(value: $0.agency.rawValue, label: $0.agency.rawValue + "（可能）") }
            return Item(
                fileID: file.id!.uuidString, file: file.name, role: placement.role.displayName, nameRead: placement.match?.name,
                yearRead: placement.year, choices: candidates + everyone)
        }
        boardURL = SiteURL.staffSupervisionYear(.value(year)).path
        actionURL = SiteURL.staffSupervisionConfirm(.value(year)).path
        self.errors = errors
    }
}

/// The regions and roster page.
struct SupervisionRosterView: Encodable {
    struct RegionLine: Encodable {
        let id: String
        let path: String
        let level: String
    }

    struct AgencyLine: Encodable {
        let name: String
        let region: String
        let kind: String
        let parent: String?
        let aliases: String?
        let regionWide: Bool
    }

    let page: PageContext
    let scope: String
    let regions: [RegionLine]
    let agencies: [AgencyLine]
    let importURL: String
    let regionURL: String
    let errors: FieldErrors

    init(page: PageContext, scope: RegionModel, regions: [RegionModel], agencies: [SupervisedAgencyModel], errors: FieldErrors) {
        self.page = page
        self.scope = scope.path.replacingOccurrences(of: "/", with: " › ")
        self.regions = regions.map {
            RegionLine(
                id: $0.id!.uuidString, path: $0.path.replacingOccurrences(of: "/", with: " › "),
                level: RegionLevel(rawValue: $0.level)?.displayName ?? "")
        }
        let names = Dictionary(regions.map { ($0.id!, $0.name) }, uniquingKeysWith: { a, _ in a })
        self.agencies = agencies.map {
            AgencyLine(
                name: $0.name, region: names[$0.regionID] ?? "", kind: $0.kind, parent: $0.parentName,
                aliases: $0.aliases.isEmpty ? nil : $0.aliases.replacingOccurrences(of: "|", with: "、"), regionWide: $0.reportsRegionWide)
        }
        importURL = SiteURL.staffSupervisionRoster.path
        regionURL = SiteURL.staffSupervisionRegions.path
        self.errors = errors
    }
}
