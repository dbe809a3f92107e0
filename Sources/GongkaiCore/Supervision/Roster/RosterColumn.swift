/// The columns of a roster CSV, found by their Chinese headings (in any order; other columns are ignored).
public enum RosterColumn: String, Sendable, CaseIterable {
    /// 机关名称 (required): the agency's full name, unique in the roster.
    case name = "机关名称"
    /// 所属地区 (required): the region the agency belongs to ("城南区").
    case region = "所属地区"
    /// 上级地区: the region above 所属地区 ("江东市"); given once per region is enough.
    case parentRegion = "上级地区"
    /// 类型: 政府 or 部门; when blank, 政府 for names ending in 政府, otherwise 部门.
    case kind = "类型"
    /// 上级单位: the unit above the agency; a department without one belongs to its region's government.
    case parentUnit = "上级单位"
    /// 别名: other names its reports use, separated by 、 or ；.
    case aliases = "别名"
    /// 含下级汇总: 是 when a government's report states region-wide figures (its units included).
    case regionWide = "含下级汇总"
    /// 发布日期: when the report of the year collected was published, if the office knows it.
    case publishedOn = "发布日期"

    /// Headings accepted for the column besides its name.
    var variants: [String] {
        switch self {
        case .name: ["机关", "单位名称", "机关（单位）名称", "名称", "单位"]
        case .region: ["地区", "行政区划", "所在地区"]
        case .parentRegion: ["上一级地区", "上级行政区划"]
        case .kind: ["机关类型", "类别", "单位类型"]
        case .parentUnit: ["上级机关", "所属政府", "上级政府"]
        case .aliases: ["简称", "其他名称"]
        case .regionWide: ["汇总口径", "全区口径"]
        case .publishedOn: ["公开日期", "发布时间", "公布日期"]
        }
    }

    /// The columns a roster must have.
    public static let required: [RosterColumn] = [.name, .region]

    /// The column a heading names, if any.
    static func matching(_ heading: String) -> RosterColumn? {
        let key = LabelText.normalize(heading)
        return allCases.first { column in
            LabelText.normalize(column.rawValue) == key || column.variants.contains { LabelText.normalize($0) == key }
        }
    }
}
