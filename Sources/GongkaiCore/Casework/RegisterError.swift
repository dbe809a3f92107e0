/// Why a register record is invalid.
public struct RegisterError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The record at fault.
    public let recordID: RecordID
    /// What is wrong.
    public let reason: Reason

    /// What can be wrong with a register record.
    public enum Reason: Sendable, Hashable {
        /// Published before it was issued.
        case publishedBeforeIssue
        /// Repealed before it was issued.
        case repealedBeforeIssue
        /// A month outside 1…12.
        case invalidMonth(Int)
        /// A negative count.
        case negativeCount(Int)
        /// A negative amount.
        case negativeAmount
        /// A decision tally for 行政事业性收费, which has no decisions.
        case noDecisionsForFees
    }

    /// The message in Chinese.
    public var description: String {
        let text: String =
            switch reason {
            case .publishedBeforeIssue: "公开日期早于制发日期"
            case .repealedBeforeIssue: "废止日期早于制发日期"
            case .invalidMonth(let month): "月份应为1至12，不能为\(month)"
            case .negativeCount(let count): "数量不能为负数（\(count)）"
            case .negativeAmount: "金额不能为负数"
            case .noDecisionsForFees: "行政事业性收费没有“处理决定数量”，请登记收费金额或收费项目数量"
            }
        return "登记记录 \(recordID)：\(text)"
    }
}
