/// A day of the week, numbered as ISO 8601 does (Monday = 1 … Sunday = 7).
public enum Weekday: Int, Sendable, Hashable, CaseIterable, Codable {
    /// Monday = 1 … Sunday = 7.
    case monday = 1
    case tuesday, wednesday, thursday, friday, saturday, sunday

    /// Saturday and Sunday: the common weekly rest days of state organs (国务院令第174号).
    public var isWeekend: Bool { self == .saturday || self == .sunday }

    /// "星期一" … "星期日", as notices and officers write it.
    public var chineseName: String {
        switch self {
        case .monday: "星期一"
        case .tuesday: "星期二"
        case .wednesday: "星期三"
        case .thursday: "星期四"
        case .friday: "星期五"
        case .saturday: "星期六"
        case .sunday: "星期日"
        }
    }
}
