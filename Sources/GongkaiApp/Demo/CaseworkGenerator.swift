import Foundation
import GongkaiCore

/// Random but valid casework, reproducible from a seed: applicants with well-formed identity
/// numbers and credit codes, requests with every kind of history the state machine allows
/// (corrections, consultations, extensions, fees, replies of every result, withdrawals, lapses,
/// requests still open), appeals and register records. Used by `gongkai demo`, the tests and
/// the benchmark.
public struct CaseworkGenerator: Sendable {
    var rng: SeededGenerator

    /// A generator; the same seed gives the same records.
    public init(seed: UInt64) {
        rng = SeededGenerator(seed: seed)
    }

    mutating func below(_ bound: Int) -> Int { Int.random(in: 0..<bound, using: &rng) }
    mutating func chance(_ percent: Int) -> Bool { below(100) < percent }
    mutating func pick<T>(_ items: [T]) -> T { items[below(items.count)] }

    /// Picks from `weighted` in proportion to the weights.
    mutating func weighted<T>(_ weighted: [(T, Int)]) -> T {
        var roll = below(weighted.reduce(0) { $0 + $1.1 })
        for (item, weight) in weighted {
            if roll < weight { return item }
            roll -= weight
        }
        return weighted[weighted.count - 1].0
    }

    // MARK: Applicants

    func pad(_ value: Int, _ width: Int) -> String {
        let text = String(value)
        return String(repeating: "0", count: max(0, width - text.count)) + text
    }

    static let surnames = Array("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈")
    static let givenNames = Array("伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红建文辉力志国庆东海波宁健")
    static let organizationWords = [
        "华信", "东方", "恒泰", "明远", "新城", "江东", "长青", "瑞丰", "中和", "广联", "博远", "安平",
    ]

    /// The usual mix of applicants (about three in four are natural persons).
    public mutating func applicantType() -> ApplicantType {
        weighted([
            (.naturalPerson, 74), (.commercial, 12), (.research, 2), (.socialWelfare, 2), (.legalService, 6),
            (.other, 4),
        ])
    }

    /// A random applicant of `type`, complete and valid.
    public mutating func applicant(_ type: ApplicantType) -> Applicant {
        if type == .naturalPerson {
            let name = String(pick(Self.surnames)) + String(pick(Self.givenNames))
                + (chance(60) ? String(pick(Self.givenNames)) : "")
            let document = try! IdentityDocument(kind: .residentIDCard, number: residentIDNumber())
            let contact = ContactInfo(
                phone: "1\(pick([3, 5, 7, 8, 9]))\(below(10))" + pad(below(100_000_000), 8),
                address: chance(30) ? "江东市\(pick(["东湖区", "西城区", "南山区", "北岸区"]))\(1 + below(300))号" : nil)
            return .naturalPerson(try! NaturalPersonApplicant(name: name, idDocument: document, contact: contact))
        }
        let kind = OrganizationKind(rawValue: type.rawValue)!
        let suffix: String =
            switch kind {
            case .commercial: pick(["科技有限公司", "置业有限公司", "商贸有限公司", "建设集团有限公司"])
            case .research: pick(["研究院", "科学研究所"])
            case .socialWelfare: pick(["公益基金会", "志愿者协会"])
            case .legalService: pick(["律师事务所", "法律服务所"])
            case .other: pick(["业主委员会", "村民委员会", "合作社"])
            }
        let name = "江东\(pick(Self.organizationWords))\(suffix)"
        let contact = ContactInfo(phone: "0519-" + pad(below(100_000_000), 8))
        return .organization(
            try! OrganizationApplicant(
                name: name, kind: kind, creditCode: creditCode(), contactPerson: String(pick(Self.surnames)) + "经办",
                contact: contact))
    }

    /// A 居民身份证 number with a correct GB 11643 check character.
    mutating func residentIDNumber() -> String {
        let birth = CivilDate(dayNumber: CivilDate(year: 1950, month: 1, day: 1)!.dayNumber + below(365 * 50))
        let (year, month, day) = birth.components
        let body = "320402" + pad(year, 4) + pad(month, 2) + pad(day, 2) + pad(below(1000), 3)
        let weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
        let sum = zip(body, weights).reduce(0) { $0 + $1.0.wholeNumberValue! * $1.1 }
        return body + String(Array("10X98765432")[sum % 11])
    }

    /// A 统一社会信用代码 with a correct GB 32100 check character.
    mutating func creditCode() -> UnifiedSocialCreditCode {
        let alphabet = Array("0123456789ABCDEFGHJKLMNPQRTUWXY")
        var prefix = "91320402"
        for _ in 0..<9 { prefix.append(alphabet[below(alphabet.count)]) }
        return try! UnifiedSocialCreditCode(prefix + String(UnifiedSocialCreditCode.checkCharacter(for: prefix)!))
    }

    // MARK: Requests

    /// What applicants ask for.
    static let subjects = [
        "2025年度部门预算及“三公”经费使用情况", "某地块征收补偿安置方案", "某小区规划许可证及附图", "某道路改造工程环境影响评价文件",
        "本人房屋征收评估报告", "某学校学区划分依据", "某企业行政处罚决定书", "城市公交线路调整听证材料", "某河道整治工程招标文件",
        "某农贸市场搬迁决定", "某项目立项批复文件", "最低生活保障资金发放情况",
    ]

    /// The usual mix of results.
    public mutating func replyResult(corrected: Bool) -> ReplyResult {
        if corrected, chance(10) { return .unavailableStillUnclear }
        return weighted([
            (.granted, 36), (.partiallyGranted, 10), (.deniedStateSecret, 1), (.deniedProhibitedByLaw, 1),
            (.deniedSecurityStability, 1), (.deniedThirdPartyRights, 2), (.deniedInternalAffairs, 2),
            (.deniedProcessInformation, 3), (.deniedEnforcementFiles, 1), (.deniedQueryMatters, 2),
            (.unavailableNotHeld, 22), (.unavailableNeedsCreation, 4), (.notProcessedPetition, 4),
            (.notProcessedDuplicate, 3), (.notProcessedPublication, 1), (.notProcessedExcessive, 1),
            (.notProcessedConfirmation, 1), (.otherHandlingOther, 2),
        ])
    }

    /// `count` requests received uniformly between `from` and `through`, ids `prefix`1, `prefix`2…
    public mutating func requests(
        count: Int, agencyID: AgencyID, from: CivilDate, through: CivilDate, asOf: CivilDate? = nil,
        idPrefix: String
    ) -> [DisclosureRequest] {
        let span = from.days(to: through) + 1
        return (0..<count).map { index in
            request(
                id: RecordID("\(idPrefix)\(index + 1)"), agencyID: agencyID,
                receivedOn: from.adding(days: below(span)), asOf: asOf)
        }
    }

    // MARK: Appeals (see also CaseworkGenerator+History.swift for requests)

    // MARK: Registers

    /// A year's registers: documents issued (some published, some repealed), monthly decision
    /// tallies, year-end item counts, fee collections and procurement projects.
    public mutating func registers(year: Int, idPrefix: String, scale: Int = 1) -> [RegisterRecordModel.CoreRecord] {
        var records: [RegisterRecordModel.CoreRecord] = []
        let start = CivilDate.startOfYear(year)
        for index in 0..<(2 + below(6 * scale)) {
            let kind: NormativeDocumentKind = chance(20) ? .regulation : .normativeDocument
            let issued = start.adding(days: below(365))
            let published = chance(90) ? issued.adding(days: below(20)) : nil
            let repealed = chance(10) ? issued.adding(days: 30 + below(700)) : nil
            records.append(
                .document(
                    try! RegisteredDocument(
                        id: RecordID("\(idPrefix)文\(year)-\(index + 1)"), kind: kind,
                        title: "关于\(pick(Self.subjects))的\(kind == .regulation ? "办法" : "通知")",
                        documentNumber: "江\(kind == .regulation ? "政令" : "政规")〔\(year)〕\(index + 1)号", issuedOn: issued,
                        publishedOn: published, repealedOn: repealed)))
        }
        for category in [ProactiveCategory.licensing, .otherServices, .penalty, .coercion] {
            for month in 1...12 {
                records.append(
                    .decisionTally(
                        try! DecisionTally(
                            id: RecordID("\(idPrefix)决\(year)-\(category.rawValue)-\(month)"), category: category,
                            year: year, month: month, count: below(40 * scale))))
            }
            records.append(
                .itemCount(
                    try! ItemCountRecord(
                        id: RecordID("\(idPrefix)项\(year)-\(category.rawValue)"), category: category, year: year,
                        count: 20 + below(30))))
        }
        records.append(
            .itemCount(
                try! ItemCountRecord(
                    id: RecordID("\(idPrefix)项\(year)-fees"), category: .fees, year: year, count: 3 + below(5))))
        for month in 1...12 {
            records.append(
                .feeCollection(
                    try! FeeCollection(
                        id: RecordID("\(idPrefix)费\(year)-\(month)"), year: year, month: month,
                        // Whole 元, as collections are booked: table 2 shows 万元, and amounts
                        // with fen printed six decimals there (0.123456 万元).
                        amountYuan: Decimal(below(5_000)))))
        }
        for index in 0..<below(4) {
            records.append(
                .procurement(
                    try! ProcurementProject(
                        id: RecordID("\(idPrefix)采\(year)-\(index + 1)"), name: "办公设备采购项目\(index + 1)",
                        contractedOn: start.adding(days: below(365)), amountYuan: Decimal(10_000 + below(990_000)))))
        }
        return records
    }
}
