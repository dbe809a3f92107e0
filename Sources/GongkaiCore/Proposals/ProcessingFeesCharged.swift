/// 信息处理费 charged in a year, from requests' histories: a fee counts in the year the applicant
/// paid it (the `feePaid` event's date), at the amount of the notice it answers (the latest
/// `feeNoticeIssued` before it). Notices that lapsed or are still unpaid charge nothing.
public struct ProcessingFeesCharged: Sendable, Hashable, Codable {
    /// The year counted.
    public let year: Int
    /// The sum of the fees paid in the year, in 元 (the scale charges whole 元).
    public private(set) var amountYuan: Int = 0
    /// The requests whose fee was paid in the year.
    public private(set) var requests: Int = 0

    /// Nothing charged yet in `year`.
    public init(year: Int) { self.year = year }

    /// Adds the fees paid in the year in one request's `events` (in order).
    public mutating func add(events: [RequestEvent]) {
        var noticed: Int?
        var counted = false
        for event in events {
            switch event.kind {
            case .feeNoticeIssued(let notice): noticed = notice.amountYuan
            case .feePaid:
                if event.date.year == year, let amount = noticed {
                    amountYuan += amount
                    if !counted { requests += 1 }
                    counted = true
                }
                noticed = nil
            default: break
            }
        }
    }
}
