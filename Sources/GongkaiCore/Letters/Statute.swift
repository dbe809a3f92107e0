/// The laws letters cite, by the title they are cited with, and the dates on which the rules the
/// letters state changed.
public enum Statute {
    /// 《中华人民共和国政府信息公开条例》 (国务院令第711号, the 2019 revision).
    public static let regulation = "《中华人民共和国政府信息公开条例》"
    /// How letters refer to the Regulation after its first mention.
    public static let regulationShort = "《条例》"
    /// 《中华人民共和国行政复议法》.
    public static let reconsiderationLaw = "《中华人民共和国行政复议法》"
    /// 《中华人民共和国行政诉讼法》.
    public static let litigationLaw = "《中华人民共和国行政诉讼法》"
    /// 《政府信息公开信息处理费管理办法》 with its number.
    public static let feeMeasures = "《政府信息公开信息处理费管理办法》（国办函〔2020〕109号）"

    /// The 2019 Regulation took effect on 2019-05-15; letters cite its articles, so none is dated earlier.
    public static let regulationInForce: CivilDate = "2019-05-15"

    /// The revised 行政复议法 (2023) took effect on 2024-01-01: the 60-day period moved from 第九条
    /// to 第二十条, a refusal to disclose must first go to reconsideration (第二十三条第一款第（四）项),
    /// and a county-level department's 复议机关 became its own government alone.
    public static let revisedReconsiderationLawInForce: CivilDate = "2024-01-01"

    /// A citation of `provision` of the Regulation.
    static func regulation(_ provision: String) -> LegalCitation { LegalCitation(regulation, provision) }
}
