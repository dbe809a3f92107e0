/// The 信息处理费 scale (《条例》第四十二条; 国办函〔2020〕109号《政府信息公开信息处理费管理办法》).
///
/// Confirmed in the text of the 办法 [SRC: several government mirrors of 109号]:
/// - 第三条: a fee is computed either per application (按件) or per page (按量), both 超额累进
///   (each band's rate applies only to the part within the band); for one application the agency
///   picks one of the two and must not charge both. `FeeBasis` is an either-or, so a combination
///   cannot be expressed.
/// - 第四条 按件: the same applicant's applications within one natural month: the 1st–10th are free;
///   the 11th–30th cost 100元 each; from the 31st, in bands of 10, each band 100元/件 more
///   (31st–40th 200元, 41st–50th 300元, …).
/// - 第五条 按量 (paper copies, e-mail, copied data): 1–30 pages free; pages 31–100 10元/页;
///   101–200 20元/页; from 201 40元/页.
///
/// **UNVERIFIED** (from memory of 第六条 onward; the full text could not be re-read): the applicant
/// pays within 20 working days of receiving the fee notice, or the application is deemed
/// abandoned; and the time from the notice to the payment is not counted in the reply period.
/// `defaultPaymentDue` and the statutory clock follow that reading; an agency can give any
/// payment deadline in the notice.
public enum InformationProcessingFee {
    /// The 按件 fee, in 元, of the applicant's `ordinal`-th application of the month (1-based).
    public static func perCaseFee(ordinal: Int) -> Int {
        precondition(ordinal >= 1, "ordinal starts at 1")
        switch ordinal {
        case ...10: return 0
        case ...30: return 100
        default: return 100 * (2 + (ordinal - 31) / 10)
        }
    }

    /// The 按件 fees, in 元, of `count` applications by one applicant in one natural month.
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
        case .perCase(let ordinal):
            guard ordinal >= 1 else { throw .invalidOrdinal(ordinal) }
            let fee = perCaseFee(ordinal: ordinal)
            let explanation =
                fee == 0
                ? "按件计收：本申请为申请人本自然月第\(ordinal)件，10件以下（含10件）不收费"
                : "按件计收：本申请为申请人本自然月第\(ordinal)件，按超额累进标准收取\(fee)元"
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

    /// The payment deadline under the (UNVERIFIED) 20-working-day rule: 20 working days after the
    /// notice is received.
    public static func defaultPaymentDue(noticeReceivedOn date: CivilDate, calendar: WorkdayCalendar)
        -> WorkdayResult<CivilDate>
    {
        calendar.addingWorkingDays(20, to: date)
    }

    /// For each request, its ordinal among the same applicant's requests received in the same
    /// natural month (by date of receipt, then id): the `FeeBasis.perCase` input.
    public static func monthlyOrdinals(of requests: [DisclosureRequest]) -> [RecordID: Int] {
        let groups = Dictionary(grouping: requests) { request in
            "\(request.applicant.identityKey)|\(request.receivedOn.year)-\(request.receivedOn.month)"
        }
        var ordinals: [RecordID: Int] = [:]
        for group in groups.values {
            let ordered = group.sorted { ($0.receivedOn, $0.id) < ($1.receivedOn, $1.id) }
            for (offset, request) in ordered.enumerated() { ordinals[request.id] = offset + 1 }
        }
        return ordinals
    }
}

/// What a fee is computed on: one of the two methods, never both (办法第三条).
public enum FeeBasis: Sendable, Hashable, Codable {
    /// 按件计收: the application is the applicant's `monthlyOrdinal`-th of the natural month.
    case perCase(monthlyOrdinal: Int)
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

    /// The message in Chinese.
    public var message: String {
        switch self {
        case .invalidOrdinal(let value): "按件计收的件次应从1开始，不能为\(value)"
        case .invalidPages(let value): "按量计收的页数不能为负数（\(value)）"
        }
    }

    /// The message in Chinese.
    public var description: String { message }
}
