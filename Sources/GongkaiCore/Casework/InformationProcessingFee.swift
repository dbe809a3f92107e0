/// The 信息处理费 scale and payment rules (《条例》第四十二条; 国办函〔2020〕109号《政府信息公开信息处理费管理办法》,
/// in force from 2021-01-01).
///
/// Read in the text of the 办法 (stored copies of the State Council's publication):
/// - 第三条: a fee is computed either per application (按件) or per page (按量), both 超额累进
///   (each band's rate applies only to the part within the band); for each application the
///   agency picks one of the two and must not charge both. `FeeBasis` is an either-or.
/// - 第四条 按件: applies to every kind of decision. An application with several items may be
///   split into several 件 by the 一事一申请 principle, "以合理的最小单位拆分计算件数"
///   (`DisclosureRequest.pieceCount`). The same applicant's applications within one natural month
///   (累计申请): the 1st–10th 件 are free; the 11th–30th cost 100元 each; from the 31st, in bands
///   of 10, each band 100元/件 more (31st–40th 200元, 41st–50th 300元, …). Counted per agency:
///   each agency charges for the applications it receives (`monthlyPieces(of:)`).
/// - 第五条 按量 (paper copies, e-mail, copied data): 1–30 pages free; pages 31–100 10元/页;
///   101–200 20元/页; from 201 40元/页.
///
/// Read in the provincial notices that restate the 办法 (川财综 2021年1月18日《关于政府信息公开信息
/// 处理费有关事项的通知》, stored copy), since the stored copies of the 办法 break off after 第五条:
/// the fee notice is sent within the request's handling period (a later one is reported by the
/// clock), and the applicant pays within 20 working days from the day after receiving it
/// (`statutoryPaymentDue`); unpaid by then, the application is deemed abandoned.
///
/// Not found in any stored text, and taken from our reading of the 办法 and of agencies' 公开指南:
/// the time from the day the notice is **issued** (发出) to the day of payment is not counted in
/// the reply period. So the clock's pause starts at issue, not at delivery (the delivery date
/// moves only the payment deadline). Replace this reading if the 办法's text says otherwise.
public enum InformationProcessingFee {
    /// The day the 办法 took effect; no fee can be charged before it.
    public static let effectiveOn = CivilDate(year: 2021, month: 1, day: 1)!

    /// Working days to pay, from the day after the notice is received.
    public static let paymentPeriod = 20

    /// The 按件 fee, in 元, of the applicant's `ordinal`-th 件 of the month (1-based).
    public static func perCaseFee(ordinal: Int) -> Int {
        precondition(ordinal >= 1, "ordinal starts at 1")
        switch ordinal {
        case ...10: return 0
        case ...30: return 100
        default: return 100 * (2 + (ordinal - 31) / 10)
        }
    }

    /// The 按件 fees, in 元, of `count` 件 by one applicant in one natural month.
    public static func perCaseTotal(count: Int) -> Int {
        count < 1 ? 0 : (1...count).reduce(0) { $0 + perCaseFee(ordinal: $1) }
    }

    /// The 按量 fee, in 元, for `pages` pages, band by band.
    public static func perVolumeFee(pages: Int) -> Int {
        precondition(pages >= 0, "pages cannot be negative")
        let band2 = max(0, min(pages, 100) - 30)
        let band3 = max(0, min(pages, 200) - 100)
        let band4 = max(0, pages - 200)
        return band2 * 10 + band3 * 20 + band4 * 40
    }

    /// The fee for one application on `basis`, with a Chinese explanation of the sum.
    public static func assess(_ basis: FeeBasis) throws(FeeError) -> FeeAssessment {
        switch basis {
        case .perCase(let ordinal, let pieces):
            guard ordinal >= 1 else { throw .invalidOrdinal(ordinal) }
            guard pieces >= 1 else { throw .invalidPieces(pieces) }
            let last = ordinal + pieces - 1
            let fee = (ordinal...last).reduce(0) { $0 + perCaseFee(ordinal: $1) }
            let which = pieces == 1 ? "第\(ordinal)件" : "第\(ordinal)至\(last)件（按一事一申请拆分为\(pieces)件）"
            let explanation =
                fee == 0
                ? "按件计收：本申请为申请人本自然月\(which)，10件以下（含10件）不收费"
                : "按件计收：本申请为申请人本自然月\(which)，按超额累进标准收取\(fee)元"
            return FeeAssessment(basis: basis, amountYuan: fee, explanation: explanation)
        case .perVolume(let pages):
            guard pages >= 0 else { throw .invalidPages(pages) }
            let fee = perVolumeFee(pages: pages)
            var parts: [String] = []
            if pages > 30 { parts.append("第31至\(min(pages, 100))页\(min(pages, 100) - 30)页×10元") }
            if pages > 100 { parts.append("第101至\(min(pages, 200))页\(min(pages, 200) - 100)页×20元") }
            if pages > 200 { parts.append("第201至\(pages)页\(pages - 200)页×40元") }
            let explanation =
                fee == 0
                ? "按量计收：共\(pages)页，30页以下（含30页）不收费"
                : "按量计收：共\(pages)页，前30页不收费，" + parts.joined(separator: "，") + "，合计\(fee)元"
            return FeeAssessment(basis: basis, amountYuan: fee, explanation: explanation)
        }
    }

    /// The last day to pay under the 办法: the 20th working day after the notice reached the
    /// applicant (counting starts the day after). With the delivery unknown, counted from the
    /// day of issue: the earliest the deadline can be.
    public static func statutoryPaymentDue(issuedOn: CivilDate, deliveredOn: CivilDate?, calendar: WorkdayCalendar)
        -> WorkdayResult<CivilDate>
    {
        calendar.addingWorkingDays(paymentPeriod, to: max(issuedOn, deliveredOn ?? issuedOn))
    }

    /// For each request, in input order, the 件 it occupies among the same applicant's
    /// applications to the same agency in the same natural month (by date of receipt, then id),
    /// each request counting `pieceCount` 件: the `FeeBasis.perCase` input.
    public static func monthlyPieces(of requests: [DisclosureRequest]) -> [ClosedRange<Int>] {
        let groups = Dictionary(grouping: requests.indices) { index in
            let request = requests[index]
            return "\(request.agencyID)|\(request.applicant.identityKey)|\(request.receivedOn.year)-\(request.receivedOn.month)"
        }
        var ranges = Array(repeating: 1...1, count: requests.count)
        for group in groups.values {
            let ordered = group.sorted { (requests[$0].receivedOn, requests[$0].id) < (requests[$1].receivedOn, requests[$1].id) }
            var next = 1
            for index in ordered {
                let pieces = requests[index].pieceCount
                ranges[index] = next...(next + pieces - 1)
                next += pieces
            }
        }
        return ranges
    }
}

/// What a fee is computed on: one of the two methods, never both (办法第三条).
public enum FeeBasis: Sendable, Hashable {
    /// 按件计收: the application counts as `pieces` 件 (办法第四条, 一事一申请), the first being the
    /// applicant's `monthlyOrdinal`-th of the natural month with this agency.
    case perCase(monthlyOrdinal: Int, pieces: Int = 1)
    /// 按量计收: `pages` pages (A4 or equivalent) are provided.
    case perVolume(pages: Int)

    /// "按件计收" / "按量计收".
    public var methodLabel: String {
        switch self {
        case .perCase: "按件计收"
        case .perVolume: "按量计收"
        }
    }
}

/// A computed fee for one application.
public struct FeeAssessment: Sendable, Hashable, Codable {
    /// What the fee is computed on.
    public let basis: FeeBasis
    /// The fee in 元.
    public let amountYuan: Int
    /// How the amount was reached, in Chinese, for the fee notice.
    public let explanation: String
}

/// Invalid input to the fee scale.
public enum FeeError: Error, Sendable, Hashable, CustomStringConvertible {
    /// A monthly ordinal below 1.
    case invalidOrdinal(Int)
    /// A negative page count.
    case invalidPages(Int)
    /// A split into fewer than 1 件.
    case invalidPieces(Int)

    /// The message in Chinese.
    public var message: String {
        switch self {
        case .invalidOrdinal(let value): "按件计收的件次应从1开始，不能为\(value)"
        case .invalidPages(let value): "按量计收的页数不能为负数（\(value)）"
        case .invalidPieces(let value): "按一事一申请拆分的件数应至少为1，不能为\(value)"
        }
    }

    /// The message in Chinese.
    public var description: String { message }
}

extension FeeBasis: Codable {
    private enum CodingKeys: String, CodingKey { case perCase, perVolume }
    private enum PerCaseKeys: String, CodingKey { case monthlyOrdinal, pieces }
    private enum PerVolumeKeys: String, CodingKey { case pages }

    /// `{"perCase": {"monthlyOrdinal": 12, "pieces": 3}}` (pieces 1 when absent) or
    /// `{"perVolume": {"pages": 150}}`.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        if container.contains(.perCase) {
            let values = try container.nestedContainer(keyedBy: PerCaseKeys.self, forKey: .perCase)
            self = .perCase(
                monthlyOrdinal: try values.decode(Int.self, forKey: .monthlyOrdinal),
                pieces: try values.decodeIfPresent(Int.self, forKey: .pieces) ?? 1)
        } else {
            let values = try container.nestedContainer(keyedBy: PerVolumeKeys.self, forKey: .perVolume)
            self = .perVolume(pages: try values.decode(Int.self, forKey: .pages))
        }
    }

    /// The form `init(from:)` reads.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        switch self {
        case .perCase(let ordinal, let pieces):
            var values = container.nestedContainer(keyedBy: PerCaseKeys.self, forKey: .perCase)
            try values.encode(ordinal, forKey: .monthlyOrdinal)
            try values.encode(pieces, forKey: .pieces)
        case .perVolume(let pages):
            var values = container.nestedContainer(keyedBy: PerVolumeKeys.self, forKey: .perVolume)
            try values.encode(pages, forKey: .pages)
        }
    }
}
