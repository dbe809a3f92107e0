/// The identifier of a region: its names from the top region down, joined by "/"
/// ("江东省/江东市/城南区"), so two 城南区 under different cities stay apart.
public struct RegionID: RawRepresentable, Sendable, Hashable, Comparable, CustomStringConvertible {
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
    public var description: String { rawValue }
    public static func < (lhs: RegionID, rhs: RegionID) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// The level of an administrative region: 省 › 市 › 县/区.
public enum RegionLevel: Int, Sendable, Hashable, CaseIterable, Comparable {
    /// 省、自治区、直辖市.
    case province = 1
    /// 设区的市、自治州、地区、盟.
    case city = 2
    /// 县、县级市、市辖区、旗.
    case county = 3

    /// "省级" / "市级" / "县级".
    public var displayName: String {
        switch self {
        case .province: "省级"
        case .city: "市级"
        case .county: "县级"
        }
    }

    public static func < (lhs: RegionLevel, rhs: RegionLevel) -> Bool { lhs.rawValue < rhs.rawValue }

    /// The level a top region's name suggests: 省/自治区 and the four municipalities are
    /// provincial, 县/区/旗 county-level, anything else (市, 州, 地区, 盟) a city.
    static func guessed(from name: String) -> RegionLevel {
        if ["北京市", "天津市", "上海市", "重庆市"].contains(name) || name.hasSuffix("省") || name.hasSuffix("自治区") {
            return .province
        }
        if name.hasSuffix("县") || name.hasSuffix("区") || name.hasSuffix("旗") { return .county }
        return .city
    }
}

/// An administrative region whose agencies report to one supervising office (政务公开办).
public struct Region: Sendable, Hashable {
    public let id: RegionID
    /// The region's own name: "城南区".
    public let name: String
    /// The region above, if the roster names it.
    public let parent: RegionID?
    public let level: RegionLevel

    public init(id: RegionID, name: String, parent: RegionID?, level: RegionLevel) {
        self.id = id
        self.name = name
        self.parent = parent
        self.level = level
    }
}
