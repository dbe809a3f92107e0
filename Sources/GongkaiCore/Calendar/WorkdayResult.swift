/// A working-day computation with its coverage: the value, and the years it touched whose
/// holiday arrangement is not loaded.
///
/// When `isProvisional`, the value was reckoned with Saturdays and Sundays as the only rest days
/// in those years and may be wrong; show `caveat` next to it.
public struct WorkdayResult<Value: Sendable>: Sendable {
    /// The computed value.
    public let value: Value
    /// The years the computation touched that the calendar does not cover, ascending.
    public let uncoveredYears: [Int]

    /// A result with its uncovered years.
    public init(value: Value, uncoveredYears: [Int]) {
        self.value = value
        self.uncoveredYears = uncoveredYears
    }

    /// Whether the value is a guess for want of a loaded holiday arrangement.
    public var isProvisional: Bool { !uncoveredYears.isEmpty }

    /// The warning to show with a provisional value, in Chinese; `nil` when the value is certain.
    public var caveat: String? { WorkdayResult<Value>.caveat(forUncoveredYears: uncoveredYears) }

    /// "2027年节假日安排尚未载入，期限按周末推算，可能不准确" for the given years; `nil` for none.
    public static func caveat(forUncoveredYears years: [Int]) -> String? {
        guard !years.isEmpty else { return nil }
        let names = years.map { "\($0)年" }.joined(separator: "、")
        return "\(names)节假日安排尚未载入，期限按周末推算，可能不准确"
    }
}

extension WorkdayResult: Equatable where Value: Equatable {}
extension WorkdayResult: Hashable where Value: Hashable {}
