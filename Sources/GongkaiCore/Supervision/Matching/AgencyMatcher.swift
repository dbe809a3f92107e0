/// Matches the agency name read from a report to an agency of the roster, with a confidence a
/// screen can act on: place exact and probable matches, ask about uncertain ones.
///
/// In order: the name (or an alias) equals an agency's, spacing, brackets and 人民政府/政府 aside
/// (exact); with the names of the roster's regions taken off the front of either, it equals
/// exactly one agency's ("洪泽区人民政府" for "淮安市洪泽区人民政府": probable); otherwise the agencies
/// that share a distinctive pair of characters are scored by the share of character pairs in
/// common (Dice), by one name containing the other, and by the name read being an abbreviation
/// of the agency's (its characters in order: "区教科体局" in "王益区教育科技体育局"). The best score
/// gives probable (≥ 0.85 and clearly ahead of the next), uncertain (≥ 0.5) or none.
///
/// Beyond the exact name, a match also needs the regions the document names in front to be the
/// agency's (`RegionPrefixes`): "铜川市耀州区人民政府办公室" is not "江东市人民政府办公室" although
/// it contains "政府办公室". A region the roster does not know leaves the match uncertain (a person
/// confirms); another region of the roster rules the agency out.
public struct AgencyMatcher: Sendable {
    private let agencies: [RosterAgency]
    /// Name and alias keys → agencies.
    private let exact: [String: [Int]]
    /// Keys with region names taken off the front → agencies.
    private let stripped: [String: [Int]]
    /// Every key of each agency (name, aliases, stripped forms).
    private let keys: [[String]]
    /// Character pair → agencies whose keys contain it.
    private let pairs: [String: [Int]]
    /// Region names and their short forms ("江东市", "江东") by their first character, longest first.
    private let regionPrefixes: [Character: [String]]
    /// The roster's regions, for reading the regions a name states.
    private let regionNames: RegionPrefixes
    /// Each agency's own regions: its region and those above it, and the places its names state.
    private let homes: [Set<String>]

    public init(roster: Roster) {
        agencies = roster.agencies
        var prefixes = Set<String>()
        for region in roster.regions {
            let key = AgencyNameKey.key(region.name)
            guard key.count >= 2 else { continue }
            prefixes.insert(key)
            if let short = Self.shortRegionName(key) { prefixes.insert(short) }
        }
        regionPrefixes = Dictionary(grouping: prefixes.sorted { $0.count != $1.count ? $0.count > $1.count : $0 < $1 })
        {
            $0.first!
        }
        let regionNames = RegionPrefixes(known: prefixes, prefixes: regionPrefixes)
        self.regionNames = regionNames
        homes = agencies.map { agency in
            var home = Set<String>()
            var region = roster.region(agency.region)
            while let current = region {
                let key = AgencyNameKey.key(current.name)
                home.insert(key)
                if let short = Self.shortRegionName(key) { home.insert(short) }
                region = current.parent.flatMap(roster.region)
            }
            for name in [agency.name] + agency.aliases {
                for place in regionNames.named(in: AgencyNameKey.key(name)) {
                    home.insert(place)
                    if let short = Self.shortRegionName(place) { home.insert(short) }
                }
            }
            return home
        }
        var exact: [String: [Int]] = [:]
        var stripped: [String: [Int]] = [:]
        var keys: [[String]] = []
        var pairs: [String: [Int]] = [:]
        for (index, agency) in agencies.enumerated() {
            let own = ([agency.name] + agency.aliases).map(AgencyNameKey.key)
            var all = own
            for key in own {
                if exact[key]?.last != index { exact[key, default: []].append(index) }
                for form in Self.strippedForms(key, prefixes: regionPrefixes) where !own.contains(form) {
                    if stripped[form]?.last != index { stripped[form, default: []].append(index) }
                    all.append(form)
                }
            }
            keys.append(all)
            for pair in Set(own.flatMap(Self.pairs)) { pairs[pair, default: []].append(index) }
        }
        self.exact = exact
        self.stripped = stripped
        self.keys = keys
        self.pairs = pairs
    }

    /// The agency `name` (as read from a report) refers to.
    public func match(_ name: String?) -> AgencyMatch {
        guard let name, case let key = AgencyNameKey.key(name), key.count >= 2 else {
            return AgencyMatch(name: name, agency: nil, confidence: .none, candidates: [])
        }
        if let found = exact[key] {
            return result(name, found.map { ($0, 1.0) }, confidence: found.count == 1 ? .exact : .uncertain)
        }
        let named = regionNames.named(in: key)
        let agreement = { (index: Int) in self.regionNames.agreement(named, home: self.homes[index], keys: self.keys[index]) }
        let forms = [key] + Self.strippedForms(key, prefixes: regionPrefixes)
        for form in forms {
            // Another region's office of the same name is another agency.
            let fitting = Set((exact[form] ?? []) + (stripped[form] ?? []))
            let found = fitting.filter { agreement($0) != .conflicts }
            guard !found.isEmpty else { continue }
            // A bare 教育局 fits many (the regions named only order the candidates); a form that
            // fits one agency is its name with or without its region; a region the roster does
            // not know needs a person.
            let sure = fitting.count == 1 && agreement(found.first!) == .agrees
            return result(name, found.sorted().map { ($0, 0.95) }, confidence: sure ? .probable : .uncertain)
        }
        var scored: [(Int, Double)] = []
        var doubtful = Set<Int>()
        for index in candidates(for: key) {
            var score = keys[index].map { Self.score(key, $0) }.max() ?? 0
            switch agreement(index) {
            case .agrees: break
            case .unknownRegion: doubtful.insert(index)
            // Kept below the uncertain threshold: offered as the nearest name, never placed.
            case .conflicts: score = min(score, 0.45)
            }
            if score > 0 { scored.append((index, score)) }
        }
        scored.sort { lhs, rhs in lhs.1 != rhs.1 ? lhs.1 > rhs.1 : lhs.0 < rhs.0 }
        guard let best = scored.first, best.1 >= 0.5 else {
            // Nothing fits; the nearest names are still offered to a person who knows better.
            return AgencyMatch(
                name: name, agency: nil, confidence: .none, candidates: top(scored.filter { $0.1 >= 0.3 }))
        }
        let runnerUp = scored.dropFirst().first?.1 ?? 0
        let clear = best.1 >= 0.85 && best.1 - runnerUp >= 0.1 && !doubtful.contains(best.0)
        return result(name, scored.filter { $0.1 >= 0.5 }, confidence: clear ? .probable : .uncertain)
    }

    private func result(_ name: String, _ scored: [(Int, Double)], confidence: MatchConfidence) -> AgencyMatch {
        AgencyMatch(name: name, agency: agencies[scored[0].0].id, confidence: confidence, candidates: top(scored))
    }

    private func top(_ scored: [(Int, Double)]) -> [AgencyMatch.Candidate] {
        scored.prefix(3).map { AgencyMatch.Candidate(agency: agencies[$0.0].id, score: ($0.1 * 100).rounded() / 100) }
    }

    /// The agencies sharing a distinctive character pair with `key`: pairs that occur in many
    /// names (政府, 教育) are skipped unless the name has nothing else.
    private func candidates(for key: String) -> [Int] {
        let own = Self.pairs(key)
        let common = max(50, agencies.count / 20)
        var distinctive = own.compactMap { pairs[$0] }.filter { $0.count <= common }
        if distinctive.isEmpty { distinctive = own.compactMap { pairs[$0] } }
        var seen = Set<Int>()
        var result: [Int] = []
        for list in distinctive {
            for index in list where seen.insert(index).inserted { result.append(index) }
        }
        return result
    }

    /// The similarity of the name read (`read`) to an agency key: Dice over character pairs,
    /// raised when one contains the other or `read` abbreviates `key`.
    static func score(_ read: String, _ key: String) -> Double {
        guard read != key else { return 1 }
        let a = Set(pairs(read))
        let b = Set(pairs(key))
        var score = a.isEmpty || b.isEmpty ? 0 : 2 * Double(a.intersection(b).count) / Double(a.count + b.count)
        let (shorter, longer) = read.count <= key.count ? (read, key) : (key, read)
        if shorter.count >= 4, longer.contains(shorter) {
            score = max(score, 0.8 + 0.15 * Double(shorter.count) / Double(longer.count))
        } else if read.count >= 3, read.count < key.count, read.last == key.last, isSubsequence(read, of: key) {
            score = max(score, 0.55 + 0.25 * Double(read.count) / Double(key.count))
        }
        return score
    }

    private static func isSubsequence(_ short: String, of long: String) -> Bool {
        var iterator = long.makeIterator()
        for character in short {
            var found = false
            while let next = iterator.next() {
                if next == character {
                    found = true
                    break
                }
            }
            if !found { return false }
        }
        return true
    }

    static func pairs(_ key: String) -> [String] {
        let characters = Array(key)
        guard characters.count >= 2 else { return characters.map(String.init) }
        return (0..<characters.count - 1).map { String(characters[$0...$0 + 1]) }
    }

    /// `key` with region names taken off its front, one after another: "江东市城南区教育局" →
    /// "城南区教育局", "教育局". At least two characters stay.
    static func strippedForms(_ key: String, prefixes: [Character: [String]]) -> [String] {
        var forms: [String] = []
        var rest = Substring(key)
        var changed = true
        while changed, let first = rest.first {
            changed = false
            for prefix in prefixes[first] ?? [] where rest.count > prefix.count + 1 && rest.hasPrefix(prefix) {
                rest = rest.dropFirst(prefix.count)
                forms.append(String(rest))
                changed = true
                break
            }
        }
        return forms
    }

    /// "江东" of "江东市", "城南" of "城南区"; `nil` when nothing sensible is left.
    static func shortRegionName(_ name: String) -> String? {
        for suffix in ["自治区", "自治州", "自治县", "地区", "新区", "省", "市", "区", "县", "州", "盟", "旗"] where name.hasSuffix(suffix)
        {
            let short = String(name.dropLast(suffix.count))
            return short.count >= 2 ? short : nil
        }
        return nil
    }
}
