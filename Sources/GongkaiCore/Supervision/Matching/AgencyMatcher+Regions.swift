/// The regions an agency name states in front ("铜川市耀州区人民政府办公室": 铜川市, 耀州区), and
/// whether they agree with a roster agency's region.
///
/// Offices of the same name exist in every city and county ("政务服务数据管理局", "人民政府办公室"),
/// so a name that fits a roster agency once the regions are left aside is that agency only if the
/// regions the document names are the agency's own: its region and the regions above it on the
/// roster, or a place its own name states.
struct RegionPrefixes: Sendable {
    /// How a region named in a document stands to one roster agency.
    enum Agreement: Int, Comparable {
        /// Every region named is the agency's (or the document names none).
        case agrees
        /// The document names a region the roster does not know: a person should look.
        case unknownRegion
        /// The document names another region of the roster: another agency.
        case conflicts

        static func < (lhs: Agreement, rhs: Agreement) -> Bool { lhs.rawValue < rhs.rawValue }
    }

    /// The roster's region names and their short forms.
    let known: Set<String>
    /// Region names and short forms by their first character, longest first (as the matcher strips them).
    let prefixes: [Character: [String]]

    /// The single characters a region's name ends with (自治区, 自治州, 地区, 新区 end in them too).
    static let suffixes: Set<Character> = ["省", "市", "区", "县", "州", "旗", "盟"]

    /// The regions stated at the front of `key` (an `AgencyNameKey`): names of the roster, then
    /// any run of two to eight characters ending like a region's name, as long as at least two
    /// characters of the name follow.
    func named(in key: String) -> [String] {
        var regions: [String] = []
        var rest = Substring(key)
        while let first = rest.first {
            // A short form ("江东") followed by a region's ending is part of a longer name ("江东省").
            let known = (prefixes[first] ?? []).first { prefix in
                guard rest.count > prefix.count + 1, rest.hasPrefix(prefix) else { return false }
                return !Self.suffixes.contains(rest[rest.index(rest.startIndex, offsetBy: prefix.count)])
            }
            if let prefix = known {
                regions.append(prefix)
                rest = rest.dropFirst(prefix.count)
                continue
            }
            let characters = Array(rest.prefix(9))
            guard let end = (2..<characters.count).first(where: { Self.suffixes.contains(characters[$0]) }),
                rest.count > end + 2
            else { break }
            regions.append(String(characters[...end]))
            rest = rest.dropFirst(end + 1)
        }
        return regions
    }

    /// How the regions `named` agree with an agency whose own regions (names and short forms,
    /// up the roster and in its name) are `home` and whose name keys are `keys`.
    func agreement(_ named: [String], home: Set<String>, keys: [String]) -> Agreement {
        var result = Agreement.agrees
        for region in named {
            let short = AgencyMatcher.shortRegionName(region)
            if home.contains(region) || short.map { home.contains($0) } == true || keys.contains(where: { $0.contains(region) }) { continue }
            if known.contains(region) || short.map { known.contains($0) } == true { return .conflicts }
            // A province alone says little: rosters often start at the city.
            if region.hasSuffix("省") || region.hasSuffix("自治区") { continue }
            result = .unknownRegion
        }
        return result
    }
}
