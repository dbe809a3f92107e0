/// Where a title too long for one line breaks: between the agency and the rest ("某某市某某局" /
/// "2024年政府信息公开工作年度报告"), else after the year ("……2024年度" / "政府信息公开工作年度报告"),
/// else inside a long agency name after one of its units (a place, 开发区, 管理委员会, 人民政府…) —
/// never inside a word ("政府信" / "息公开"). The fewest lines win, then the better places to break.
enum TitleLines {
    static func lines(_ title: String, width: Double) -> [String] {
        // Title faces set digits wider than half an em, and a line filled to the last character
        // may still wrap: measure with room to spare.
        let width = width * 0.97
        guard displayWidth(title) > width else { return [title] }
        let breaks = candidateBreaks(title)
        var best: (lines: [String], cost: Int)?
        // Few candidates (a handful): every subset can be tried.
        for mask in 1..<(1 << min(breaks.count, 12)) {
            var cuts: [(offset: Int, cost: Int)] = []
            for (index, candidate) in breaks.enumerated() where mask & (1 << index) != 0 { cuts.append(candidate) }
            let lines = split(title, at: cuts.map(\.offset))
            guard lines.allSatisfy({ displayWidth($0) <= width }) else { continue }
            let cost = lines.count * 100 + cuts.reduce(0) { $0 + $1.cost }
            if best == nil || cost < best!.cost { best = (lines, cost) }
        }
        return best?.lines ?? fallback(title, breaks: breaks.map(\.offset), width: width)
    }

    static func displayWidth(_ text: some StringProtocol) -> Double { CJKText.displayWidth(text, latin: 0.6) }

    /// Character offsets where the title may break, with the cost of breaking there.
    static func candidateBreaks(_ title: String) -> [(offset: Int, cost: Int)] {
        var result: [(offset: Int, cost: Int)] = []
        let characters = Array(title)
        var agencyEnd = 0
        if let agency = MetadataExtractor.agencyInTitle(title), title.hasPrefix(agency) {
            agencyEnd = agency.count
            result.append((agencyEnd, 0))
            result += agencyUnitEnds(agency).map { ($0, 3) }
        }
        // After the year: "2024年" or "2024年度".
        if let year = YearText.mentions(in: title).first {
            var end = title.distance(from: title.startIndex, to: year.range.upperBound) + 1
            if end < characters.count, characters[end] == "度" { end += 1 }
            if end > agencyEnd, end < characters.count { result.append((end, 1)) }
        }
        // Before 政府信息公开… (when no year stands between it and the agency).
        if let start = title.fastRange(of: "政府信息公开") ?? title.fastRange(of: "信息公开") {
            let offset = title.distance(from: title.startIndex, to: start.lowerBound)
            if offset > 0, !result.contains(where: { $0.offset == offset }) { result.append((offset, 2)) }
        }
        return result.filter { $0.offset > 0 && $0.offset < characters.count }
    }

    /// Ends of the units of an agency's name: the place ("江东市"), a zone ("高新技术产业开发区"),
    /// an organ ("管理委员会", "人民政府", "办公室").
    static func agencyUnitEnds(_ agency: String) -> [Int] {
        let characters = Array(agency)
        var ends: [Int] = []
        for suffix in ["人民政府", "管理委员会", "委员会", "管委会", "办公室", "开发区", "试验区", "片区", "园区", "新区", "自治州", "地区"] {
            var searchStart = agency.startIndex
            while let range = agency[searchStart...].range(of: suffix) {
                ends.append(agency.distance(from: agency.startIndex, to: range.upperBound))
                searchStart = range.upperBound
            }
        }
        // The place: the first 省, 市, 州, 盟, 县, 区 or 旗 among the first characters, unless it
        // begins a word (市场, 区域…).
        for (index, character) in characters.prefix(6).enumerated() where "省市州盟县区旗".contains(character) {
            let next = index + 1 < characters.count ? String(characters[(index)...].prefix(2)) : ""
            if index >= 1, !["市场", "市政", "区域", "区划", "县域", "州府"].contains(next) {
                ends.append(index + 1)
                break
            }
        }
        return Array(Set(ends)).filter { $0 > 0 && $0 < characters.count }.sorted()
    }

    private static func split(_ title: String, at offsets: [Int]) -> [String] {
        let characters = Array(title)
        var lines: [String] = []
        var start = 0
        for offset in offsets.sorted() + [characters.count] {
            lines.append(String(characters[start..<offset]))
            start = offset
        }
        return lines
    }

    /// A title whose good places to break leave a piece wider than a line (an agency name longer
    /// than the line): the pieces between those places, a piece too wide broken into full lines,
    /// then neighbouring pieces joined while they fit — the words after the agency stay whole.
    private static func fallback(_ title: String, breaks: [Int], width: Double) -> [String] {
        var lines: [String] = []
        for piece in split(title, at: breaks) {
            for part in displayWidth(piece) > width ? hardBreaks(piece, width: width) : [piece] {
                if let last = lines.last, displayWidth(last + part) <= width {
                    lines[lines.count - 1] = last + part
                } else {
                    lines.append(part)
                }
            }
        }
        return lines
    }

    /// Full lines: for a piece without any place to break.
    private static func hardBreaks(_ title: String, width: Double) -> [String] {
        var lines: [String] = []
        var line = ""
        for character in title {
            if displayWidth(line + String(character)) > width, !line.isEmpty {
                lines.append(line)
                line = ""
            }
            line.append(character)
        }
        if !line.isEmpty { lines.append(line) }
        return lines
    }
}
