/// How serious a finding is.
public enum Severity: String, Sendable, Hashable, CaseIterable, Codable, Comparable {
    /// The report is wrong.
    case error
    /// The report is probably wrong, or does not comply with the template.
    case warning
    /// Worth knowing; nothing to fix.
    case info

    /// "错误" / "警告" / "提示".
    public var displayName: String {
        switch self {
        case .error: "错误"
        case .warning: "警告"
        case .info: "提示"
        }
    }

    private var rank: Int {
        switch self {
        case .error: 0
        case .warning: 1
        case .info: 2
        }
    }

    public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }
}

/// A stable rule code (`report-json.md`): scripts and other tools rely on these names.
public struct RuleCode: RawRepresentable, Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
    public var description: String { rawValue }
    public static func < (lhs: RuleCode, rhs: RuleCode) -> Bool { lhs.rawValue < rhs.rawValue }

    public static let tableMissing = RuleCode(rawValue: "TABLE_MISSING")
    public static let sectionMissing = RuleCode(rawValue: "SECTION_MISSING")
    public static let sectionNumbering = RuleCode(rawValue: "SECTION_NUMBERING")
    public static let templateOutdated = RuleCode(rawValue: "TEMPLATE_OUTDATED")
    public static let templateMixed = RuleCode(rawValue: "TEMPLATE_MIXED")
    public static let cellBlank = RuleCode(rawValue: "CELL_BLANK")
    public static let cellInvalid = RuleCode(rawValue: "CELL_INVALID")
    public static let t3ColumnTotal = RuleCode(rawValue: "T3_COLUMN_TOTAL")
    public static let t3ResultsTotal = RuleCode(rawValue: "T3_RESULTS_TOTAL")
    public static let t3Balance = RuleCode(rawValue: "T3_BALANCE")
    public static let t4Total = RuleCode(rawValue: "T4_TOTAL")
    public static let carryMismatch = RuleCode(rawValue: "CARRY_MISMATCH")
    public static let yearMismatch = RuleCode(rawValue: "YEAR_MISMATCH")
    public static let textTableMismatch = RuleCode(rawValue: "TEXT_TABLE_MISMATCH")
    // Beyond the required codes:
    /// A row label differs from the template (a misprint such as "2.其他法律行政止公开").
    public static let labelMismatch = RuleCode(rawValue: "LABEL_MISMATCH")
    /// A table row that is not in the template (an inserted subtotal, an extra row).
    public static let rowUnrecognized = RuleCode(rawValue: "ROW_UNRECOGNIZED")
    /// An amount written in 元 (or 亿元) and converted to 万元.
    public static let amountUnit = RuleCode(rawValue: "AMOUNT_UNIT")
    /// The title lacks the agency or the year.
    public static let titleIncomplete = RuleCode(rawValue: "TITLE_INCOMPLETE")
    /// A section heading's wording differs from the template (a misprint); the section is still recognised.
    public static let headingMismatch = RuleCode(rawValue: "HEADING_MISMATCH")
    /// A value was read by OCR from an image and may be wrong (one finding per part read so).
    public static let ocrValue = RuleCode(rawValue: "OCR_VALUE")
    // Supervision (issue 11):
    /// A government's region-wide figure differs from the sum of its departments' reports.
    public static let aggregateMismatch = RuleCode(rawValue: "AGGREGATE_MISMATCH")
    /// The report was published after the statutory date (第四十九条、第五十条).
    public static let latePublication = RuleCode(rawValue: "LATE_PUBLICATION")
    /// A section repeats the same agency's text of the year before beyond the similarity threshold.
    public static let textCopied = RuleCode(rawValue: "TEXT_COPIED")

    /// Every code the auditor can report, in the order of `report-json.md`.
    public static let all: [RuleCode] = [
        .tableMissing, .sectionMissing, .sectionNumbering, .templateOutdated, .templateMixed, .cellBlank,
        .cellInvalid, .t3ColumnTotal, .t3ResultsTotal, .t3Balance, .t4Total, .carryMismatch, .yearMismatch,
        .textTableMismatch, .labelMismatch, .rowUnrecognized, .amountUnit, .titleIncomplete, .headingMismatch,
        .ocrValue, .aggregateMismatch, .latePublication, .textCopied,
    ]

    /// `codes` in the order of `all`, codes not in it (another tool's) after them by name.
    public static func ordered(_ codes: some Sequence<RuleCode>) -> [RuleCode] {
        let present = Set(codes)
        return all.filter(present.contains) + present.subtracting(all).sorted()
    }

    /// A short Chinese name of the rule, for summaries.
    public var title: String {
        switch self {
        case .tableMissing: "缺少表格"
        case .sectionMissing: "缺少章节"
        case .sectionNumbering: "章节编号有误"
        case .templateOutdated: "格式版本与年度不符"
        case .templateMixed: "新旧格式混用"
        case .cellBlank: "单元格空白"
        case .cellInvalid: "单元格内容无效"
        case .t3ColumnTotal: "表三行总计不符"
        case .t3ResultsTotal: "表三办理结果合计不符"
        case .t3Balance: "表三勾稽关系不成立"
        case .t4Total: "表四总计不符"
        case .carryMismatch: "上年结转与上年报告不符"
        case .yearMismatch: "正文年份有误"
        case .textTableMismatch: "正文数字与表格不符"
        case .labelMismatch: "行标签与模板不符"
        case .rowUnrecognized: "表格中有模板以外的行"
        case .amountUnit: "金额单位已换算"
        case .titleIncomplete: "标题不完整"
        case .headingMismatch: "章节标题与模板不符"
        case .ocrValue: "数值由 OCR 识别"
        case .aggregateMismatch: "汇总数与所属部门之和不符"
        case .latePublication: "逾期公布"
        case .textCopied: "照搬上年文字"
        default: rawValue
        }
    }
}

/// One thing wrong with (or worth knowing about) a report.
public struct Finding: Sendable, Hashable {
    public var code: RuleCode
    public var severity: Severity
    /// Where: a JSON path into the canonical report (`requests.total[6]`, `proactive.licensing.change`,
    /// `sections.6`, `title`), or a table (`review`).
    public var location: String
    /// What is wrong, in Chinese, precise enough to fix the report without reading code.
    public var message: String
    /// Where the values the finding is about came from, when not from the document's text:
    /// `.ocr` for a part read by OCR from an image, which may be misread.
    public var source: FindingSource?

    public init(code: RuleCode, severity: Severity, location: String, message: String, source: FindingSource? = nil) {
        self.code = code
        self.severity = severity
        self.location = location
        self.message = message
        self.source = source
    }

    /// The finding as `report-json.md` gives it (`"source": "ocr"` only for a part read by OCR).
    public var jsonValue: JSONValue {
        var members = [
            JSONMember("code", .string(code.rawValue)),
            JSONMember("severity", .string(severity.rawValue)),
            JSONMember("location", .string(location)),
            JSONMember("message", .string(message)),
        ]
        if let source { members.append(JSONMember("source", .string(source.rawValue))) }
        return .object(members)
    }
}

/// Where the values behind a finding came from, when not from the document's text.
public enum FindingSource: String, Sendable, Hashable {
    /// Read by OCR from an image of the page.
    case ocr

    /// How the source is shown beside a finding in `check` output: "OCR 识别，数值可能有误".
    public var displayName: String {
        switch self {
        case .ocr: "OCR 识别，数值可能有误"
        }
    }
}
