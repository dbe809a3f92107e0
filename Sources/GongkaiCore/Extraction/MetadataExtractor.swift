import Foundation

/// Finds the title, the agency and the report year in the front matter and the text.
struct MetadataExtractor {
    /// Paragraphs before the first section heading.
    let frontMatter: [String]
    /// Every paragraph of the document, in order.
    let paragraphs: [String]
    /// The text of section 一, if found.
    let overview: String?

    struct Result {
        var title: String?
        var preamble: String?
        var agency: String?
        var year: Int?
        var titleYear: Int?
        var periodYear: Int?
        /// The date under the report (落款日期), when the document ends with one.
        var signatureDate: CivilDate?
    }

    func extract() -> Result {
        var result = Result()
        let titleIndex = frontMatter.lastIndex(where: isTitleLike)
        if let titleIndex {
            var title = Self.despaced(frontMatter[titleIndex])
            // A title set over lines: the agency above the rest ("2020年…报告" or "政府信息公开…报告"),
            // a long agency broken after one of its units, a line ending with the year.
            var start = titleIndex
            while start > 0, titleIndex - start < 3, Self.continuesTitle(title, after: frontMatter[start - 1]) {
                start -= 1
                title = Self.despaced(frontMatter[start]) + title
            }
            result.title = title
            let after = frontMatter[(titleIndex + 1)...].filter { !$0.isEmpty }
            if !after.isEmpty { result.preamble = after.joined(separator: "\n") }
        } else if !frontMatter.isEmpty {
            result.preamble = frontMatter.joined(separator: "\n")
        }
        result.titleYear = result.title.flatMap(YearText.firstYear(in:))
        result.periodYear = statisticsPeriodYear()
        result.signatureDate = signatureDate()
        result.year = result.titleYear ?? result.periodYear ?? overviewYear() ?? signatureDateYear().map { $0 - 1 }
        result.agency = agency(title: result.title, preamble: result.preamble)
        return result
    }

    // MARK: Title

    private func isTitleLike(_ paragraph: String) -> Bool {
        let text = LabelText.normalize(paragraph)
        guard text.utf8.count <= 240, text.count <= 60, text.fastContains("报告") else { return false }
        for marker in ["。", ">", "》", "根据", "本报告", "现就", "：", ":", "当前位置"] where text.fastContains(marker) {
            return false
        }
        return true
    }

    /// Whether `line`, just above the title's text so far, is the title's beginning: an agency (or
    /// a unit of one, "……管理委员会"), or a piece ending with the year, when what follows does not
    /// already open with an agency under a place name (a line naming the issuing office above a
    /// complete title is no part of it).
    static func continuesTitle(_ title: String, after line: String) -> Bool {
        let text = LabelText.normalize(line)
        guard (2...30).contains(text.count), !text.fastContains("报告"), !text.hasPrefix("附件"), !text.hasPrefix("(") else {
            return false
        }
        for marker in ["。", "，", ",", ">", "：", ":", "|", "；", "、"] where text.fastContains(marker) { return false }
        if let agency = agencyInTitle(title), hasPlacePrefix(agency) { return false }
        let endsWithYear = YearText.mentions(in: text).last.map { text[$0.range.upperBound...].count <= 2 } ?? false
        return isAgencyLike(line) || endsWithYear
    }

    /// Whether an agency's name opens with a place: "江东市…", "洪泽区…", "某某县…".
    static func hasPlacePrefix(_ agency: String) -> Bool {
        agency.prefix(6).dropFirst().contains { "省市州盟县区旗".contains($0) }
    }

    static func isAgencyLike(_ paragraph: String) -> Bool {
        var text = LabelText.normalize(paragraph)
        guard text.utf8.count <= 120, (2...30).contains(text.count), !text.fastContains("报告") else { return false }
        for marker in ["。", "，", ",", ">", "：", ":", "|"] where text.fastContains(marker) { return false }
        // A second name in brackets: "区人民政府办公室（区大数据管理局）".
        if text.hasSuffix(")"), let open = text.lastIndex(of: "("), open > text.startIndex {
            text = String(text[..<open])
        }
        return Self.agencySuffixes.contains { text.fastHasSuffix($0) }
    }

    static let agencySuffixes = [
        "局", "委", "办", "政府", "办公室", "院", "会", "中心", "厅", "部", "处", "站", "所", "队", "馆", "校", "街道",
        "镇", "乡", "管委会", "委员会", "公司", "署", "室", "社", "台", "区", "县", "市",
    ]

    static func despaced(_ text: String) -> String { CJKText.despaced(text) }

    // MARK: Agency

    private func agency(title: String?, preamble: String?) -> String? {
        let fromTitle = title.flatMap(Self.agencyInTitle)
        let fromPreamble = preamble.flatMap(Self.agencyInPreamble)
        if let fromTitle {
            // Prefer the fully qualified name the preamble gives ("淮安市洪泽区人民政府" for the title's
            // "洪泽区人民政府"), taking off the office that compiled the report.
            if let fromPreamble {
                for candidate in [fromPreamble, Self.withoutOffice(fromPreamble)] where candidate.hasSuffix(fromTitle) {
                    return candidate
                }
            }
            return fromTitle
        }
        return fromPreamble ?? signatureAgency()
    }

    static func withoutOffice(_ name: String) -> String {
        name.hasSuffix("办公室") && name.count > 5 ? String(name.dropLast(3)) : name
    }

    /// The part of the title before its year or before "政府信息公开…": "塔城地区教育局" of
    /// "塔城地区教育局信息公开工作年度报告".
    static func agencyInTitle(_ title: String) -> String? {
        var end = title.endIndex
        if let year = YearText.mentions(in: title).first { end = year.range.lowerBound }
        for marker in ["政府信息公开", "信息公开", "政务公开", "年度报告", "工作报告"] {
            if let range = title.fastRange(of: marker), range.lowerBound < end { end = range.lowerBound }
        }
        let name = LabelText.trim(title[..<end])
        return name.count >= 2 ? name : nil
    }

    /// The agency a preamble names: "本报告由X根据…", "现就X2020年度…", "公布X二〇二〇年…".
    static func agencyInPreamble(_ preamble: String) -> String? {
        let text = despaced(preamble)
        if let start = text.fastRange(of: "本报告由"), let end = text[start.upperBound...].fastRange(of: "根据") {
            let name = LabelText.trim(text[start.upperBound..<end.lowerBound])
            if (2...30).contains(name.count) { return name }
        }
        for year in YearText.mentions(in: text) {
            var start = year.range.lowerBound
            var length = 0
            while start > text.startIndex, length < 30 {
                let previous = text.index(before: start)
                if "，。、；：“”《》（）() \n".contains(text[previous]) { break }
                start = previous
                length += 1
            }
            var name = String(text[start..<year.range.lowerBound])
            for lead in ["现就", "现将", "公布", "现特向社会公布", "向社会公布", "特向社会公布", "现予公布", "由"] {
                if let range = name.range(of: lead, options: .backwards) { name = String(name[range.upperBound...]) }
            }
            name = LabelText.trim(name)
            if name.count >= 3, agencySuffixes.contains(where: { name.hasSuffix($0) }) { return name }
        }
        return nil
    }

    /// The signing agency: a short agency-like line just before a date at the end of the report.
    private func signatureAgency() -> String? {
        let tail = paragraphs.suffix(6)
        for (offset, paragraph) in tail.enumerated() where Self.isAgencyLike(paragraph) {
            let next = tail.dropFirst(offset + 1).first ?? ""
            if YearText.firstYear(in: next) != nil || offset == tail.count - 1 { return LabelText.trim(paragraph) }
        }
        return nil
    }

    // MARK: Year

    /// The year of "统计期限自2024年1月1日起至2024年12月31日止" or "统计期限为2024年1月1日至…".
    private func statisticsPeriodYear() -> Int? {
        for paragraph in frontMatter + [overview ?? ""] {
            guard let range = paragraph.fastRange(of: "统计期限") ?? paragraph.fastRange(of: "统计时限")
                ?? paragraph.fastRange(of: "统计期间")
            else { continue }
            let after = String(paragraph[range.upperBound...].prefix(40))
            if let year = YearText.firstYear(in: after) { return year }
        }
        return nil
    }

    /// The year section 一 speaks of most ("2020年度，塔城地区教育局…"), ties going to the first.
    private func overviewYear() -> Int? {
        guard let overview else { return nil }
        var counts: [Int: Int] = [:]
        var order: [Int] = []
        for mention in YearText.mentions(in: overview) {
            if counts[mention.year] == nil { order.append(mention.year) }
            counts[mention.year, default: 0] += 1
        }
        return order.max { counts[$0]! < counts[$1]! || (counts[$0]! == counts[$1]! && order.firstIndex(of: $0)! > order.firstIndex(of: $1)!) }
    }

    /// The signature date ("2021年1月29日") among the last lines of the report (a page number may follow).
    private func signatureDate() -> CivilDate? {
        for paragraph in paragraphs.suffix(4).reversed() {
            if let date = DateText.date(paragraph) { return date }
        }
        return nil
    }

    /// The year of the signature date ("2021年1月29日") at the end of the report.
    private func signatureDateYear() -> Int? {
        for paragraph in paragraphs.suffix(3).reversed() {
            let text = LabelText.normalize(paragraph)
            if text.count <= 16, text.hasSuffix("日"), let year = YearText.firstYear(in: text) { return year }
        }
        return nil
    }
}
