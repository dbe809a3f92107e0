/// The fixed vocabularies of the 政府信息公开目录: where an item stands, whether it is in force,
/// and the national default lists of 主题分类 and 体裁 (an agency may configure its own lists).
public enum CatalogueStatus: String, Sendable, Hashable, CaseIterable, Codable {
    /// 拟稿: drafted, waiting for the 保密审查.
    case drafted
    /// 审查通过: the 审核人 passed the review; waiting for the 负责人 to sign.
    case reviewed
    /// 不予公开: the review withheld it on grounds of 第十四条–第十六条.
    case withheld
    /// 已签发: published (on the portal from its 发布日期, which may be a set future day).
    case published
    /// 已撤回: taken off the portal with a reason.
    case withdrawn

    /// "待保密审查"…
    public var label: String {
        switch self {
        case .drafted: "待保密审查"
        case .reviewed: "审查通过，待签发"
        case .withheld: "不予公开"
        case .published: "已发布"
        case .withdrawn: "已撤回"
        }
    }
}

/// 有效性 of a catalogue item.
public enum CatalogueValidity: String, Sendable, Hashable, CaseIterable, Codable {
    case valid, expired, repealed

    /// "有效", "失效", "废止".
    public var label: String {
        switch self {
        case .valid: "有效"
        case .expired: "失效"
        case .repealed: "废止"
        }
    }
}

/// The default 主题分类 and 体裁 lists, after the national 政府信息公开目录 practice.
public enum CatalogueVocabulary {
    /// 主题分类 (abridged from the 国务院公文主题词表 top level as agencies use it).
    public static let defaultTopics = [
        "综合政务", "国民经济管理", "财政、金融、审计", "国土资源、能源", "农业、林业、水利", "工业、交通", "商贸、海关、旅游",
        "市场监管、安全生产监管", "城乡建设、环境保护", "科技、教育", "文化、广电、新闻出版", "卫生、体育", "人口与计划生育、妇女儿童工作",
        "劳动、人事、监察", "公安、安全、司法", "民政、扶贫、救灾", "其他",
    ]

    /// 体裁 (kinds of document).
    public static let defaultGenres = [
        "规章", "规范性文件", "其他文件", "通知公告", "工作动态", "规划计划", "统计信息", "财政预决算", "政策解读", "人事信息", "年度报告", "其他",
    ]

    /// The table-2 kind of a 体裁: 规章 and 规范性文件 are counted there; others are not.
    public static func normativeKind(ofGenre genre: String) -> NormativeDocumentKind? {
        switch genre {
        case "规章": .regulation
        case "规范性文件", "行政规范性文件": .normativeDocument
        default: nil
        }
    }
}
