/// Why an appeal case is invalid.
public struct AppealCaseError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The case at fault.
    public let caseID: RecordID
    /// What is wrong.
    public let reason: Reason

    /// What can be wrong with a case.
    public enum Reason: Sendable, Hashable {
        /// The decision is dated before the filing.
        case decidedBeforeFiling
        /// A direct suit that names a reconsideration.
        case directWithReconsideration
        /// A role that does not fit the kind of case.
        case roleDoesNotFit(AppealRole)
        /// A first instance that names a lower instance.
        case firstInstanceWithPrior
        /// A record named as its own lower instance.
        case priorInstanceIsItself
    }

    /// The message in Chinese.
    public var description: String {
        switch reason {
        case .decidedBeforeFiling: "案件 \(caseID)：审结日期早于立案（申请、起诉）日期"
        case .directWithReconsideration: "案件 \(caseID)：未经复议直接起诉的案件不应关联行政复议案件"
        case .roleDoesNotFit(let role): "案件 \(caseID)：本机关在该类案件中不能是“\(role.label)”"
        case .firstInstanceWithPrior: "案件 \(caseID)：一审案件不应关联前一审级的案件"
        case .priorInstanceIsItself: "案件 \(caseID)：前一审级的案件不能是其本身"
        }
    }
}
