import Foundation

extension SampleReportGenerator {
    /// The irregular shapes a varied report may take, beyond the complete, consistent report of
    /// `report(template:year:)`.
    public struct Variation: OptionSet, Sendable, Hashable {
        public let rawValue: Int
        public init(rawValue: Int) { self.rawValue = rawValue }

        /// Blank cells scattered in rows that have numbers, and whole tables blank.
        public static let blankCells = Variation(rawValue: 1 << 0)
        /// Whole rows blank (a row with a label and no numbers).
        public static let blankRows = Variation(rawValue: 1 << 8)
        /// Tables absent, their section saying 无 or nothing.
        public static let absentTables = Variation(rawValue: 1 << 1)
        /// Table 3 of the other template (a hybrid report), and reports whose year does not suit the template.
        public static let hybridTables = Variation(rawValue: 1 << 2)
        /// Titles without the year or the agency, or with 年度; reports without an agency or a year.
        public static let titleVariants = Variation(rawValue: 1 << 3)
        /// Sections 一, 五 or 六 (or a section whose table is absent) missing; headings in their longer forms.
        public static let missingSections = Variation(rawValue: 1 << 4)
        /// Text with ASCII punctuation that means something in HTML or Markdown: & < > * _ | # \ ` [ ] !.
        public static let markupText = Variation(rawValue: 1 << 5)
        /// Single spaces inside Chinese text ("Word 文档"). PDF text extraction cannot keep a space
        /// next to a Chinese character, so reports meant to round-trip through PDF leave this out.
        public static let spacedText = Variation(rawValue: 1 << 6)
        /// Numbers up to five digits in table 3 and amounts with up to four decimal places.
        public static let largeNumbers = Variation(rawValue: 1 << 7)
        /// Agencies with long names ("……高新技术产业开发区管理委员会经济发展局"), whose titles wrap.
        public static let longNames = Variation(rawValue: 1 << 9)

        public static let all: Variation = [
            .blankCells, .blankRows, .absentTables, .hybridTables, .titleVariants, .missingSections, .markupText,
            .spacedText, .largeNumbers, .longNames,
        ]
        /// Every variation whose text survives PDF text extraction exactly.
        public static let printable: Variation = all.subtracting(.spacedText)
    }

    /// A report in canonical form — what a reader gives back for the document it describes — that
    /// takes the irregular shapes of `variation`: the corpus for round-trip property tests.
    ///
    /// Canonical form: section text is trimmed paragraphs joined by "\n" without runs of white
    /// space; a table's section is present whenever the table is; the title is present (a
    /// rendered document always has one); the template is what the tables show.
    public mutating func variedReport(template: TemplateVersion? = nil, variation: Variation = .all) -> Report {
        var report = report(template: template)

        if variation.contains(.largeNumbers), roll(10) == 0 {
            scaleCounts(&report, by: Int.random(in: 3...9, using: &random))
        }
        if variation.contains(.largeNumbers) { varyAmounts(&report) }
        if variation.contains(.hybridTables), roll(12) == 0 {
            let other: TemplateVersion = report.template == .v2019 ? .v2021 : .v2019
            var source = SampleReportGenerator(seed: random.next())
            report.requests = source.report(template: other).requests
        }
        if variation.contains(.hybridTables), roll(25) == 0 {
            // A report on a year its template does not suit (TEMPLATE_OUTDATED).
            let year = report.template == .v2019 ? Int.random(in: 2021...2024, using: &random) : 2020
            report.year = year
            report.title = report.agency.map { "\($0)\(year)年政府信息公开工作年度报告" }
        }
        if variation.contains(.longNames), roll(5) == 0, let year = report.year {
            let agency = Self.places.randomElement(using: &random)! + Self.longOffices.randomElement(using: &random)!
            report.agency = agency
            report.title = "\(agency)\(year)年政府信息公开工作年度报告"
        }
        let year = report.year ?? 2024
        let agency = report.agency ?? "本机关"
        if !variation.isDisjoint(with: [.blankCells, .blankRows]), roll(3) == 0 { blankCells(&report, variation) }

        report.sections = Templates.sections.map { definition in
            ReportSection(
                number: definition.number, heading: definition.heading,
                text: text(section: definition.number, year: year, agency: agency, variation: variation))
        }
        if variation.contains(.absentTables), roll(6) == 0 {
            for table in TableID.allCases where roll(2) == 0 {
                report[table: table] = nil
                let replacements = ["无", "无。", "本年度无此类情况。", "", "本机关本年度未发生相关情况。"]
                report.sections[table.sectionNumber - 1].text = replacements.randomElement(using: &random)!
            }
        }
        if variation.contains(.missingSections) {
            if roll(4) == 0 {
                report.sections[4].heading = "政府信息公开工作存在的主要问题及改进情况"
            }
            if roll(8) == 0 {
                let removable = report.sections.map(\.number).filter { number in
                    Templates.section(number).table.map { report[table: $0] == nil } ?? true
                }
                let removed = Set(removable.filter { _ in roll(3) == 0 })
                report.sections.removeAll { removed.contains($0.number) }
            }
        }
        if variation.contains(.titleVariants) { varyTitle(&report) }
        report.template = Self.canonicalTemplate(report)
        return report
    }

    mutating func roll(_ sides: Int) -> Int { Int.random(in: 0..<sides, using: &random) }

    /// Offices whose names, after a place, fill most of a title line or more.
    static let longOffices = [
        "市高新技术产业开发区管理委员会经济发展局", "区人民政府办公室（区大数据管理局）", "县农业农村局（县乡村振兴局）",
        "市住房和城乡建设局", "区退役军人事务局", "经济技术开发区管理委员会", "县人力资源和社会保障局",
        "市发展和改革委员会", "区城市管理综合行政执法局", "县自然资源和规划局", "市人民政府国有资产监督管理委员会",
    ]

    /// The template a reader reports: table 2's, else table 3's, else the one the year requires.
    static func canonicalTemplate(_ report: Report) -> TemplateVersion {
        report.proactive?.layout.version ?? report.requests?.layout.version
            ?? report.year.map(TemplateVersion.required(forReportYear:)) ?? .v2021
    }

    // MARK: Title and metadata

    private mutating func varyTitle(_ report: inout Report) {
        guard let year = report.year, let agency = report.agency else { return }
        switch roll(12) {
        case 0: report.title = "\(agency)\(year)年度政府信息公开工作年度报告"
        case 1: report.title = "\(agency)政府信息公开工作年度报告"
        case 2: report.title = "\(year)年度政府信息公开工作年度报告"
        case 3:
            report.title = "\(year)年政府信息公开工作年度报告"
            report.agency = nil
        case 4:
            // No year anywhere: the text must not name one either.
            report.title = "\(agency)政府信息公开工作年度报告"
            report.year = nil
            for index in report.sections.indices {
                report.sections[index].text = Self.withoutYears(report.sections[index].text)
            }
            if report.proactive == nil, report.requests == nil { report.proactive = proactiveTable(report.template) }
        default: break
        }
    }

    private static func withoutYears(_ text: String) -> String {
        var result = text
        for mention in YearText.mentions(in: text).reversed() {
            let end = result.index(after: mention.range.upperBound)
            result.replaceSubrange(mention.range.lowerBound..<end, with: "本年")
        }
        return result
    }

    private mutating func proactiveTable(_ template: TemplateVersion) -> ReportTable? {
        var source = SampleReportGenerator(seed: random.next())
        return source.report(template: template).proactive
    }

    // MARK: Cells

    /// Every count times `factor`: the identities of tables 3 and 4 are linear, so they still hold.
    private func scaleCounts(_ report: inout Report, by factor: Int) {
        for table in TableID.allCases {
            guard var values = report[table: table] else { continue }
            for (rowIndex, row) in values.layout.rows.enumerated() {
                for (column, definition) in row.columns.enumerated() where definition.kind == .count {
                    if case .integer(let value)? = values[row: rowIndex, column: column] {
                        values[row: rowIndex, column: column] = .integer(value * factor)
                    }
                }
            }
            report[table: table] = values
        }
    }

    /// Amounts with 0 to 4 decimal places, from 0 to a few million 万元.
    private mutating func varyAmounts(_ report: inout Report) {
        guard var values = report.proactive else { return }
        for (rowIndex, row) in values.layout.rows.enumerated() {
            for (column, definition) in row.columns.enumerated() where definition.kind == .amount {
                let places = roll(5)
                let units =
                    roll(4) == 0
                    ? 0 : Int.random(in: 1...2_000_000_000, using: &random) / [1, 10, 100, 1000, 10_000][roll(5)]
                var scaled = Decimal(units)
                for _ in 0..<places { scaled /= 10 }
                values[row: rowIndex, column: column] = .decimal(scaled)
            }
        }
        report.proactive = values
    }

    /// Blank cells: whole rows (`.blankRows`), scattered or a whole table (`.blankCells`).
    private mutating func blankCells(_ report: inout Report, _ variation: Variation) {
        for table in TableID.allCases {
            guard var values = report[table: table] else { continue }
            var mode = roll(8)
            if !variation.contains(.blankCells), mode >= 3 { mode = 7 }
            if !variation.contains(.blankRows), mode < 3 { mode = 7 }
            for (rowIndex, row) in values.layout.rows.enumerated() {
                let wholeRow = mode < 3 && roll(6) == 0
                for column in row.columns.indices {
                    let blank =
                        switch mode {
                        case 0..<3: wholeRow
                        case 3..<6: roll(10) == 0
                        case 6: true
                        default: false
                        }
                    if blank { values[row: rowIndex, column: column] = nil }
                }
            }
            report[table: table] = values
        }
    }

    // MARK: Text

    private static let markupSentences = [
        "公开指南和申请表可在门户网站“政府信息公开”专栏下载（https://www.example.gov.cn/zwgk/index.html）",
        "依申请公开咨询邮箱为gkb_xxgk@example.gov.cn，文件名统一为“申请表_年度.docx”",
        "“放管服”改革&优化营商环境专栏全年更新信息120条",
        "文件按照“公开<依申请公开<不予公开”的顺序逐级审核，涉密文件一律>先审后发",
        "“一事一档|一案一卷”的档案管理制度已全面落实",
        "共享目录\\\\gk\\年报\\中的材料已全部归档",
        "答复书编号采用“〔2024〕*号”格式，附件[1]为办理流程图",
        "“#政务公开#”话题阅读量超过10万次！",
        "新版系统代码`GK-01`已上线运行",
    ]
    private static let leadingMarkup = [
        "*注：表中数据统计截至12月31日。", "#政务公开#话题全年发布信息36条。", "——坚持以公开为常态、不公开为例外。", "-2表示比上年减少2项。", "+10表示比上年增加10项。", "1.加强组织领导。",
        "[1]参见公开指南。", ">重点领域信息公开进一步深化。", "=以上数据均为本机关统计。", "~信息发布审核制度全面落实。",
    ]
    private static let spacedSentences = [
        "推进“创文保卫” “创森林城市”等专栏建设", "支持 Word 文档和 PDF 文件在线预览", "联系电话 0851-12345678，传真 0851-87654321",
        "E-mail: gk@example.gov.cn", "办理时限平均为 12.5 个工作日",
    ]
    private static let tableSectionLines = [
        "本年度主动公开政府信息情况如下。", "本机关收到和处理政府信息公开申请情况如下。", "行政复议、行政诉讼情况如下。", "具体情况见下表。",
    ]
    private static let subheadings = ["（一）主动公开情况", "（二）依申请公开情况", "（三）政府信息管理情况", "（四）政府信息公开平台建设情况", "（五）监督保障情况"]

    private mutating func sentence(_ variation: Variation) -> String {
        let pick = roll(10)
        if variation.contains(.markupText), pick == 0 { return Self.markupSentences.randomElement(using: &random)! }
        if variation.contains(.spacedText), pick == 1 { return Self.spacedSentences.randomElement(using: &random)! }
        return Self.sentences.randomElement(using: &random)!
    }

    private mutating func paragraph(_ variation: Variation, sentences count: Int) -> String {
        (0..<count).map { _ in sentence(variation) }.joined(separator: "，") + "。"
    }

    private mutating func text(section: Int, year: Int, agency: String, variation: Variation) -> String {
        var paragraphs: [String] = []
        switch section {
        case 1:
            paragraphs.append("\(year)年，\(agency)认真贯彻落实《中华人民共和国政府信息公开条例》，\(paragraph(variation, sentences: 2))")
            for heading in Self.subheadings {
                switch roll(3) {
                case 0:
                    paragraphs.append(heading)
                    for _ in 0..<Int.random(in: 1...3, using: &random) {
                        paragraphs.append(paragraph(variation, sentences: Int.random(in: 1...4, using: &random)))
                    }
                default:
                    paragraphs.append(
                        heading + "。" + paragraph(variation, sentences: Int.random(in: 1...5, using: &random)))
                }
            }
            if variation.contains(.markupText), roll(3) == 0 {
                paragraphs.insert(
                    Self.leadingMarkup.randomElement(using: &random)!,
                    at: Int.random(in: 1...paragraphs.count, using: &random))
            }
        case 2, 3, 4:
            if roll(3) == 0 { paragraphs.append(Self.tableSectionLines.randomElement(using: &random)!) }
        case 5:
            paragraphs.append("主要问题：" + paragraph(variation, sentences: Int.random(in: 1...3, using: &random)))
            paragraphs.append("改进情况：下一步，" + paragraph(variation, sentences: Int.random(in: 1...3, using: &random)))
        default:
            switch roll(3) {
            case 0: paragraphs.append("无。")
            case 1: paragraphs.append("\(year)年收取政府信息公开信息处理费\(roll(6) * 100)元。")
            default:
                paragraphs.append("依据《政府信息公开信息处理费管理办法》，本年度未收取信息处理费。")
                paragraphs.append(paragraph(variation, sentences: 2))
            }
        }
        return paragraphs.joined(separator: "\n")
    }
}
