import Foundation
import GongkaiCore

extension PlatformDemo {
    /// Last year's sections 一、五、六 as if written on the platform, so that the builder has
    /// something to compare this year's text with.
    public static func lastYearSections(year: Int) -> [Int: String] {
        [
            1: """
                \(year)年，江东市教育局深入贯彻《中华人民共和国政府信息公开条例》，围绕教育领域群众关切，持续加大主动公开力度，规范依申请公开办理，全年通过门户网站主动公开招生入学、财政预决算、校园安全等信息，依法依规办理政府信息公开申请，未发生因政府信息公开引发的行政复议被纠错情况。
                """,
            5: """
                \(year)年，本局政府信息公开工作仍存在一些不足：一是政策解读形式较为单一，图文、视频解读偏少；二是依申请公开答复文书的规范性有待提高。下一步，本局将丰富解读形式，加强业务培训，提升答复质量。
                """,
            6: """
                \(year)年，本局未收取信息处理费。全年办理市人大代表建议12件、市政协委员提案15件，均已按期办复，办复率100%。
                """,
        ]
    }

    /// The sentence of section 一 that states table 3's figures of `table` (so the text agrees
    /// with the tables, and `gongkai check` of the published report finds nothing).
    public static func requestFigures(_ table: ReportTable?) -> String? {
        let column = Templates.requestsTotalColumn
        guard let table, let received = table.integer(Templates.Row.newReceived, column), let answered = table.integer(Templates.Row.total, column),
              let carried = table.integer(Templates.Row.carriedForward, column)
        else { return nil }
        return "全年新收政府信息公开申请\(received)件，办结\(answered)件，结转下年度继续办理\(carried)件。"
    }

    /// Stores last year's sections for `agencyID`, section 一 ending with the year's figures
    /// from the records.
    func reportSections(agencyID: UUID, today: CivilDate) async throws {
        let year = today.year - 1
        var texts = Self.lastYearSections(year: year)
        if let agency = try await AgencyModel.find(agencyID, on: context.db),
           let figures = Self.requestFigures(try await ReportService(context).annualReport(for: agency, year: year).report.requests)
        {
            texts[1] = (texts[1] ?? "") + "\n" + figures
        }
        try await ReportSections(context).save(texts, agencyID: agencyID, year: year, actor: "demo")
    }
}
