/// A roster read from a CSV file, with what the file says about the year's publications.
public struct RosterFile: Sendable {
    public let roster: Roster
    /// The 发布日期 column: when each agency's report of the year collected was published.
    public let publicationDates: [AgencyID: CivilDate]
    /// Remarks about the file (columns not used).
    public let notes: [String]
}

extension Roster {
    /// Reads a roster CSV (UTF-8 with or without BOM, or GBK; comma, tab or semicolon; the first
    /// non-blank row is the header, see `RosterColumn`); `file` names it in errors.
    /// - Throws: `RosterError` listing every problem with its line.
    public static func readCSV(_ bytes: [UInt8], file: String) throws(RosterError) -> RosterFile {
        let table: SpreadsheetTable
        do {
            table = try CSVReader.read(bytes, name: file)
        } catch {
            throw RosterError(file: file, problems: [.init(error.reason)], isUnreadable: true)
        }
        do {
            return try parse(table)
        } catch {
            var error = error
            error.file = file
            throw error
        }
    }

    /// Builds a roster from the rows of a CSV or spreadsheet.
    public static func parse(_ table: SpreadsheetTable) throws(RosterError) -> RosterFile {
        guard let headerIndex = table.rows.firstIndex(where: { !$0.isBlank }) else {
            throw RosterError(problems: [.init("名册中没有任何内容；第一行应为表头：机关名称、所属地区、上级地区、类型……")])
        }
        let header = table.rows[headerIndex]
        var columns: [RosterColumn: Int] = [:]
        var unused: [String] = []
        var problems: [RosterError.Problem] = []
        for (index, heading) in header.cells.enumerated() where !LabelText.trim(heading).isEmpty {
            guard let column = RosterColumn.matching(heading) else {
                unused.append(LabelText.trim(heading))
                continue
            }
            if let first = columns[column] {
                problems.append(.init(line: header.line, "第\(first + 1)列和第\(index + 1)列都是“\(column.rawValue)”"))
            }
            columns[column] = index
        }
        let missing = RosterColumn.required.filter { columns[$0] == nil }
        if !missing.isEmpty {
            problems.append(
                .init(
                    line: header.line,
                    "表头中找不到" + missing.map { "“\($0.rawValue)”" }.joined(separator: "、") + "列；表头为："
                        + header.cells.joined(separator: " | ")))
        }
        guard problems.isEmpty else { throw RosterError(problems: problems) }
        var reader = RosterRowReader(columns: columns)
        for row in table.rows[(headerIndex + 1)...] where !row.isBlank { reader.read(row) }
        let notes = unused.isEmpty ? [] : ["未使用的列：" + unused.joined(separator: "、")]
        return try reader.finish(notes: notes)
    }
}

/// Reads the rows of a roster one by one, collecting problems with their lines, then joins
/// regions and parent units once every row is known.
private struct RosterRowReader {
    let columns: [RosterColumn: Int]
    private var problems: [RosterError.Problem] = []
    private var rows:
        [(
            line: Int, name: String, region: String, kind: AgencyKind, parent: String, aliases: [String],
            regionWide: Bool
        )] = []
    private var lineByKey: [String: Int] = [:]
    private var regionParent: [String: (parent: String, line: Int)] = [:]
    private var regionOrder: [String] = []
    private var dates: [(name: String, date: CivilDate)] = []

    init(columns: [RosterColumn: Int]) { self.columns = columns }

    private func cell(_ row: SpreadsheetTable.Row, _ column: RosterColumn) -> String {
        columns[column].map(row.cell) ?? ""
    }

    mutating func read(_ row: SpreadsheetTable.Row) {
        let line = row.line
        let name = cell(row, .name)
        let region = cell(row, .region)
        guard !name.isEmpty else {
            problems.append(.init(line: line, "“机关名称”为空"))
            return
        }
        let key = AgencyNameKey.key(name)
        if let first = lineByKey[key] {
            problems.append(.init(line: line, "机关“\(name)”与第\(first)行重复"))
            return
        }
        lineByKey[key] = line
        if region.isEmpty { problems.append(.init(line: line, "机关“\(name)”没有填写“所属地区”")) }
        note(region: region, line: line)
        let parentRegion = cell(row, .parentRegion)
        if !parentRegion.isEmpty, !region.isEmpty {
            note(region: parentRegion, line: line)
            if parentRegion == region {
                problems.append(.init(line: line, "地区“\(region)”的上级地区不能是它自己"))
            } else if let known = regionParent[region], known.parent != parentRegion {
                problems.append(
                    .init(
                        line: line,
                        "地区“\(region)”的上级地区写作“\(parentRegion)”，与第\(known.line)行的“\(known.parent)”不一致；同一名册中地区名称应唯一"))
            } else {
                regionParent[region] = (parentRegion, line)
            }
        }
        let kind = self.kind(cell(row, .kind), name: name, line: line)
        let regionWide = flag(cell(row, .regionWide), line: line)
        if regionWide, kind != .government {
            problems.append(.init(line: line, "只有政府的报告可以“含下级汇总”；“\(name)”的类型为部门"))
        }
        let aliases = cell(row, .aliases).split(whereSeparator: { "、;；|,，".contains($0) }).map { LabelText.trim($0) }
            .filter { !$0.isEmpty }
        let published = cell(row, .publishedOn)
        if !published.isEmpty {
            if let date = CivilDate(iso: published) ?? DateText.date(published) ?? Self.slashedDate(published) {
                dates.append((name, date))
            } else {
                problems.append(.init(line: line, "“发布日期”“\(published)”不是有效日期，应写作 2026-01-20 或 2026年1月20日"))
            }
        }
        rows.append((line, name, region, kind, cell(row, .parentUnit), aliases, regionWide))
    }

    private mutating func note(region: String, line: Int) {
        guard !region.isEmpty, !regionOrder.contains(region) else { return }
        regionOrder.append(region)
    }

    private mutating func kind(_ text: String, name: String, line: Int) -> AgencyKind {
        switch LabelText.normalize(text) {
        case "": return AgencyNameKey.key(name).hasSuffix("政府") ? .government : .department
        case "政府", "人民政府", "地方政府", "乡镇政府", "街道办事处": return .government
        case "部门", "政府部门", "单位", "机关", "部门单位": return .department
        default:
            problems.append(.init(line: line, "“类型”应为“政府”或“部门”，而不是“\(text)”"))
            return .department
        }
    }

    private mutating func flag(_ text: String, line: Int) -> Bool {
        switch LabelText.normalize(text).lowercased() {
        case "", "否", "不", "n", "no", "false", "0": return false
        case "是", "y", "yes", "true", "1": return true
        default:
            problems.append(.init(line: line, "“含下级汇总”应为“是”或“否”，而不是“\(text)”"))
            return false
        }
    }

    /// "2026/1/20" or "2026.1.20", as spreadsheets export dates.
    private static func slashedDate(_ text: String) -> CivilDate? {
        let parts = text.split(whereSeparator: { $0 == "/" || $0 == "." }).map { Int($0) }
        guard parts.count == 3, let year = parts[0], let month = parts[1], let day = parts[2], year >= 1990 else {
            return nil
        }
        return CivilDate(year: year, month: month, day: day)
    }

    func finish(notes: [String]) throws(RosterError) -> RosterFile {
        var problems = problems
        if rows.isEmpty && problems.isEmpty { problems.append(.init("名册中没有任何机关")) }
        // Regions: each name's chain of parents gives its identifier.
        var ids: [String: RegionID] = [:]
        func id(_ name: String, _ seen: Set<String> = []) -> RegionID? {
            if let known = ids[name] { return known }
            guard !seen.contains(name) else { return nil }
            let parent = regionParent[name].map(\.parent)
            let result: RegionID?
            if let parent {
                result = id(parent, seen.union([name])).map { RegionID(rawValue: "\($0.rawValue)/\(name)") }
            } else {
                result = RegionID(rawValue: name)
            }
            ids[name] = result
            return result
        }
        var regions: [Region] = []
        for name in regionOrder {
            guard let regionID = id(name) else {
                problems.append(.init(line: regionParent[name]?.line, "地区“\(name)”的上级地区最终指回它自己"))
                continue
            }
            let parent = regionParent[name].flatMap { ids[$0.parent] }
            regions.append(Region(id: regionID, name: name, parent: parent, level: .county))
        }
        regions = Self.levelled(regions)
        // Agencies: parent units by exact name, or by the comparable form of the name.
        var idByKey: [String: AgencyID] = [:]
        for row in rows { idByKey[AgencyNameKey.key(row.name)] = AgencyID(row.name) }
        var agencies: [RosterAgency] = []
        var lines: [AgencyID: Int] = [:]
        for row in rows {
            var parent: AgencyID?
            if !row.parent.isEmpty {
                parent = idByKey[AgencyNameKey.key(row.parent)]
                if parent == nil {
                    problems.append(.init(line: row.line, "上级单位“\(row.parent)”不在名册中；请先列出该单位，或留空"))
                } else if parent == AgencyID(row.name) {
                    problems.append(.init(line: row.line, "“\(row.name)”的上级单位不能是它自己"))
                    parent = nil
                }
            }
            guard let region = ids[row.region] else { continue }
            let agency = RosterAgency(
                id: AgencyID(row.name), name: row.name, kind: row.kind, region: region, parent: parent,
                aliases: row.aliases, reportsRegionWide: row.regionWide)
            agencies.append(agency)
            lines[agency.id] = row.line
        }
        guard problems.isEmpty else {
            // By line, and in the order found within a line.
            let ordered = problems.enumerated().sorted { lhs, rhs in
                (lhs.element.line ?? 0, lhs.offset) < (rhs.element.line ?? 0, rhs.offset)
            }
            throw RosterError(problems: ordered.map(\.element))
        }
        let roster = try Roster(regions: regions, agencies: agencies, lines: lines)
        var publicationDates: [AgencyID: CivilDate] = [:]
        for (name, date) in dates { publicationDates[AgencyID(name)] = date }
        return RosterFile(roster: roster, publicationDates: publicationDates, notes: notes)
    }

    /// Levels: a top region's from its name, each region below one level lower (县 at most);
    /// top regions first.
    private static func levelled(_ regions: [Region]) -> [Region] {
        var levels: [RegionID: RegionLevel] = [:]
        func level(_ region: Region) -> RegionLevel {
            if let known = levels[region.id] { return known }
            let result: RegionLevel
            if let parent = region.parent, let above = regions.first(where: { $0.id == parent }) {
                result = RegionLevel(rawValue: min(level(above).rawValue + 1, RegionLevel.county.rawValue))!
            } else {
                result = RegionLevel.guessed(from: region.name)
            }
            levels[region.id] = result
            return result
        }
        let result = regions.map { Region(id: $0.id, name: $0.name, parent: $0.parent, level: level($0)) }
        return result.filter { $0.parent == nil } + result.filter { $0.parent != nil }
    }
}
