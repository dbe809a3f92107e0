/// An agency's place in the administration: enough to say which body hears reconsideration
/// (行政复议) of its decisions.
public struct AgencyStanding: Sendable, Hashable, Codable {
    /// What the agency is.
    public enum Kind: String, Sendable, Hashable, CaseIterable, Codable {
        /// 人民政府 (a government, 乡镇 to 省).
        case government
        /// 人民政府工作部门 (a department of a government, or a 国务院部门 at national level).
        case department
        /// A department under vertical leadership: 海关、金融、外汇管理、税务、国家安全机关.
        case verticallyManaged
    }

    /// The level of the government the agency is, or belongs to.
    public enum Level: String, Sendable, Hashable, CaseIterable, Codable {
        /// 国务院 and its departments.
        case national
        /// 省、自治区、直辖市.
        case provincial
        /// 设区的市、自治州.
        case municipal
        /// 县、不设区的市、市辖区.
        case county
        /// 乡、镇.
        case township
    }

    /// What the agency is.
    public var kind: Kind
    /// Its level.
    public var level: Level
    /// For a department: its own government (本级人民政府), "江东市人民政府".
    public var ownGovernment: String?
    /// For a government: the government one level up (上一级人民政府).
    public var superiorGovernment: String?
    /// The department one level up in the same line (上一级主管部门), "江东省教育厅".
    public var superiorDepartment: String?
    /// The agency's own name, for the bodies that review their own decisions (省级人民政府, 国务院部门).
    public var ownName: String?

    /// An agency's standing.
    public init(
        kind: Kind, level: Level, ownGovernment: String? = nil, superiorGovernment: String? = nil,
        superiorDepartment: String? = nil, ownName: String? = nil
    ) {
        self.kind = kind
        self.level = level
        self.ownGovernment = ownGovernment?.trimmedForRecord.nilIfEmptyForRecord
        self.superiorGovernment = superiorGovernment?.trimmedForRecord.nilIfEmptyForRecord
        self.superiorDepartment = superiorDepartment?.trimmedForRecord.nilIfEmptyForRecord
        self.ownName = ownName?.trimmedForRecord.nilIfEmptyForRecord
    }
}

/// The default 复议机关 of an agency, by the law in force on the letter's date.
///
/// The article numbers are from the texts of both versions of 行政复议法 as remembered and
/// cross-checked against published summaries of the 2023 revision; an agency's configured
/// 复议机关 always wins over this suggestion (派出机构, 法律法规授权的组织 and other special
/// cases are left to configuration).
public struct ReconsiderationBody: Sendable, Hashable {
    /// The body, or two bodies joined by "或者" where the applicant may choose (before 2024).
    public let text: String
    /// The provision the suggestion follows, for the administrator who confirms it.
    public let basis: String

    /// The suggested 复议机关 of an agency with `standing` for a letter dated `date`; `nil` when
    /// the standing lacks the name it would need.
    ///
    /// From 2024-01-01 (revised 行政复议法): a local department → its own government only
    /// (第二十四条第一款第（一）项); a 国务院部门 → itself (第二十五条第（一）项); a government below
    /// provincial level → the government one level up (第二十四条第一款第（二）项); a provincial
    /// government → itself (第二十四条第二款); vertical leadership → the department one level up
    /// (第二十七条). Before: a local department → its own government or the department one level
    /// up, as the applicant chooses (旧法第十二条第一款); vertical → the department one level up
    /// (第十二条第二款); a government → one level up (第十三条); a provincial government or a
    /// 国务院部门 → itself (第十四条).
    public static func suggestion(for standing: AgencyStanding, on date: CivilDate) -> ReconsiderationBody? {
        let revised = date >= Statute.revisedReconsiderationLawInForce
        let law = revised ? "《中华人民共和国行政复议法》（2023年修订）" : "《中华人民共和国行政复议法》（2017年修正）"
        func make(_ text: String?, _ provision: String) -> ReconsiderationBody? {
            text.map { ReconsiderationBody(text: $0, basis: law + provision) }
        }
        switch (standing.kind, standing.level) {
        case (.verticallyManaged, _):
            return make(standing.superiorDepartment, revised ? "第二十七条" : "第十二条第二款")
        case (.department, .national):
            return make(standing.ownName, revised ? "第二十五条第（一）项" : "第十四条")
        case (.department, _):
            guard !revised, let own = standing.ownGovernment, let superior = standing.superiorDepartment else {
                return make(standing.ownGovernment, revised ? "第二十四条第一款第（一）项" : "第十二条第一款")
            }
            return make("\(own)或者\(superior)", "第十二条第一款")
        case (.government, .provincial), (.government, .national):
            return make(standing.ownName, revised ? "第二十四条第二款" : "第十四条")
        case (.government, _):
            return make(standing.superiorGovernment, revised ? "第二十四条第一款第（二）项" : "第十三条")
        }
    }
}
