import Foundation
import GongkaiCore

/// Creates a demonstration region: 江东市 with several agencies, each with two years of requests
/// (so the second year's 上年结转 is the first year's 结转下年度), appeals and registers.
public struct DemoGenerator: Sendable {
    /// The caller's connection, logger and clock.
    public let context: ServiceContext
    public let seed: UInt64
    /// The last day events are recorded; later ones are left out, so some requests are open.
    public let asOf: CivilDate
    /// The two years of casework.
    public let years: [Int]

    /// The region and its agencies with their yearly request volume.
    public static let region = "江东市"
    public static let agencies: [(name: String, volume: Int)] = [
        ("江东市人民政府办公室", 180), ("江东市自然资源和规划局", 420), ("江东市住房和城乡建设局", 360),
        ("江东市生态环境局", 150), ("江东市教育局", 120), ("江东市市场监督管理局", 240),
        ("江东市东湖区人民政府", 300),
    ]

    /// The one demo agency that counts table 4 by filing year (the others count the cases
    /// handled in the year), so both notes under table 4 can be seen.
    public static let filingYearAgency = "江东市生态环境局"

    public init(_ context: ServiceContext, seed: UInt64 = 2025, years: [Int] = [2024, 2025], asOf: CivilDate? = nil) {
        self.context = context
        self.seed = seed
        self.years = years
        self.asOf = asOf ?? CivilDate.endOfYear(years.max()!).adding(days: 12)
    }

    /// What was created for one agency.
    public struct AgencySummary: Sendable {
        public let name: String
        public let requests: Int
        public let openOnAsOf: Int
        public let appeals: Int
        public let registerRecords: Int
    }

    /// Creates everything (agencies that already exist are skipped) and says what was created.
    public func run() async throws -> [AgencySummary] {
        let service = CaseService(context)
        var generator = CaseworkGenerator(seed: seed)
        var summaries: [AgencySummary] = []
        for (index, entry) in Self.agencies.enumerated() {
            if try await service.agency(named: entry.name) != nil { continue }
            let agency = try await service.ensureAgency(named: entry.name, region: Self.region, actor: "demo")
            let agencyID = try agency.requireID()
            if entry.name == Self.filingYearAgency {
                try await service.setAppealCounting(.filedInYear, for: agency, actor: "demo")
            }
            let prefix = "江\(index + 1)"
            var requests: [DisclosureRequest] = []
            for year in years {
                // Volume grows a little each year; applications cluster slightly in spring and autumn.
                let volume = entry.volume + (year - years[0]) * entry.volume / 10
                let start = CivilDate.startOfYear(year)
                for number in 1...volume {
                    var day = generator.below(365)
                    if generator.chance(20) { day = 60 + generator.below(90) }
                    let received = start.adding(days: day)
                    // Nothing is received after the demo's "today".
                    if received > asOf { continue }
                    var request = generator.request(
                        id: RecordID("\(prefix)依申请〔\(year)〕\(number)号"), agencyID: AgencyID(agencyID.uuidString),
                        receivedOn: received, asOf: asOf)
                    // Most cases left hanging get closed in the end; a few stay open (and overdue).
                    if received < asOf.adding(days: -45), !generator.chance(8) {
                        request = generator.closing(request, asOf: asOf)
                    }
                    requests.append(request)
                }
            }
            try await service.create(requests, agencyID: agencyID, actor: "demo")
            let appeals = generator.appeals(
                against: requests, count: max(2, requests.count / 40), asOf: asOf, idPrefix: prefix)
            try await service.add(appeals: appeals, agencyID: agencyID, actor: "demo")
            var records: [RegisterRecordModel.CoreRecord] = []
            for year in [years[0] - 1] + years { records += generator.registers(year: year, idPrefix: prefix) }
            try await service.add(registers: records, agencyID: agencyID, actor: "demo")
            summaries.append(
                AgencySummary(
                    name: entry.name, requests: requests.count,
                    openOnAsOf: requests.filter { $0.closure == nil }.count, appeals: appeals.count,
                    registerRecords: records.count))
        }
        return summaries
    }
}
