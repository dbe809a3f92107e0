/// The agencies a supervising office expects annual reports from, in their regions (省 › 市 ›
/// 县/区): the first input of the supervision board.
///
/// A roster is validated when it is made: agency names unique, every region and parent unit
/// known, no unit or region above itself. A department without a parent unit belongs to the
/// people's government of its own region when the roster has exactly one there.
public struct Roster: Sendable {
    /// The regions, top regions first, then in the order they were named.
    public let regions: [Region]
    /// The agencies in roster order.
    public let agencies: [RosterAgency]
    private let agencyIndex: [AgencyID: Int]
    private let regionIndex: [RegionID: Int]
    /// Each agency's parent unit, explicit or by default.
    private let parentUnits: [AgencyID: AgencyID]

    /// A roster of `regions` and `agencies`.
    /// - Throws: every inconsistency found, at once.
    public init(regions: [Region], agencies: [RosterAgency]) throws(RosterError) {
        try self.init(regions: regions, agencies: agencies, lines: [:])
    }

    /// A roster read from a file: `lines` gives each agency's line, for the messages.
    init(regions: [Region], agencies: [RosterAgency], lines: [AgencyID: Int]) throws(RosterError) {
        var problems: [RosterError.Problem] = []
        var regionIndex: [RegionID: Int] = [:]
        for (index, region) in regions.enumerated() {
            if regionIndex[region.id] != nil { problems.append(.init("地区“\(region.id)”重复")) }
            regionIndex[region.id] = index
        }
        for region in regions {
            if let parent = region.parent, regionIndex[parent] == nil {
                problems.append(.init("地区“\(region.name)”的上级地区“\(parent)”不在名册中"))
            }
        }
        var agencyIndex: [AgencyID: Int] = [:]
        for (index, agency) in agencies.enumerated() {
            if agencyIndex[agency.id] != nil { problems.append(.init(line: lines[agency.id], "机关“\(agency.name)”重复")) }
            agencyIndex[agency.id] = index
            if regionIndex[agency.region] == nil {
                problems.append(.init(line: lines[agency.id], "机关“\(agency.name)”所属地区“\(agency.region)”不在名册中"))
            }
        }
        for agency in agencies {
            if let parent = agency.parent, agencyIndex[parent] == nil {
                problems.append(.init(line: lines[agency.id], "机关“\(agency.name)”的上级单位“\(parent)”不在名册中"))
            }
        }
        guard problems.isEmpty else { throw RosterError(problems: problems) }
        let parentUnits = Self.parentUnits(agencies)
        for agency in agencies where Self.isOwnAncestor(agency.id, parents: parentUnits) {
            problems.append(.init(line: lines[agency.id], "机关“\(agency.name)”的上级单位最终指回它自己，请检查“上级单位”列"))
        }
        let regionParents = Dictionary(
            uniqueKeysWithValues: regions.compactMap { region in
                region.parent.map { (region.id, $0) }
            })
        for region in regions where Self.isOwnAncestor(region.id, parents: regionParents) {
            problems.append(.init("地区“\(region.name)”的上级地区最终指回它自己"))
        }
        guard problems.isEmpty else { throw RosterError(problems: problems) }
        self.regions = regions
        self.agencies = agencies
        self.agencyIndex = agencyIndex
        self.regionIndex = regionIndex
        self.parentUnits = parentUnits
    }

    /// The agency with `id`.
    public func agency(_ id: AgencyID) -> RosterAgency? { agencyIndex[id].map { agencies[$0] } }

    /// The region with `id`.
    public func region(_ id: RegionID) -> Region? { regionIndex[id].map { regions[$0] } }

    /// The regions with no region above them.
    public var topRegions: [Region] { regions.filter { $0.parent == nil } }

    /// Whether `region` is `ancestor` or lies below it.
    public func region(_ region: RegionID, isWithin ancestor: RegionID) -> Bool {
        var current: RegionID? = region
        while let id = current {
            if id == ancestor { return true }
            current = self.region(id)?.parent
        }
        return false
    }

    /// The agencies of `scope` and every region below it (all agencies when `scope` is `nil`), in roster order.
    public func agencies(within scope: RegionID?) -> [RosterAgency] {
        guard let scope else { return agencies }
        return agencies.filter { region($0.region, isWithin: scope) }
    }

    /// The agency's parent unit: the one the roster names, or for a department without one, the
    /// only people's government of its region.
    public func parentUnit(of agency: AgencyID) -> AgencyID? { parentUnits[agency] }

    /// The units directly below `agency` (those whose parent unit it is), in roster order.
    public func subordinates(of agency: AgencyID) -> [RosterAgency] {
        agencies.filter { parentUnits[$0.id] == agency }
    }

    /// "江东省 › 江东市 › 城南区".
    public func path(of region: RegionID) -> String {
        var names: [String] = []
        var current: RegionID? = region
        while let id = current, let found = self.region(id) {
            names.insert(found.name, at: 0)
            current = found.parent
        }
        return names.joined(separator: " › ")
    }

    private static func parentUnits(_ agencies: [RosterAgency]) -> [AgencyID: AgencyID] {
        var governments: [RegionID: [AgencyID]] = [:]
        for agency in agencies where agency.kind == .government {
            governments[agency.region, default: []].append(agency.id)
        }
        var result: [AgencyID: AgencyID] = [:]
        for agency in agencies {
            if let parent = agency.parent {
                result[agency.id] = parent
            } else if agency.kind == .department, let only = governments[agency.region], only.count == 1 {
                result[agency.id] = only[0]
            }
        }
        return result
    }

    private static func isOwnAncestor<ID: Hashable>(_ start: ID, parents: [ID: ID]) -> Bool {
        var seen: Set<ID> = [start]
        var current = parents[start]
        while let id = current {
            if id == start { return true }
            guard seen.insert(id).inserted else { return false }
            current = parents[id]
        }
        return false
    }
}
