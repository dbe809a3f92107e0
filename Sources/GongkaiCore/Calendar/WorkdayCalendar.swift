/// Mainland-China working days: the national holiday arrangements (法定节假日 and 调休) of the years
/// it holds, and the Saturday/Sunday rest rule for every other date.
///
/// Rule (cn-workdays.md §1): a date is a working day when a block lists it under `workdays:`, or
/// when it is Monday–Friday and no block lists it under `holidays:`.
///
/// **Coverage.** The calendar knows which years it holds. Arithmetic that touches a date of a year
/// it does not hold is still answered by the weekend rule, but the result is marked provisional
/// (`WorkdayResult.isProvisional`) and carries a caveat such as
/// "2027年节假日安排尚未载入，期限按周末推算，可能不准确". We chose a marked result over an error
/// because an officer must still see a deadline in December, before next year's notice is
/// published; the mark makes sure no one mistakes the guess for the statutory date. Dates a block
/// names in the previous December (2018-12-29..31 in the 2019 block) are covered even though that
/// previous year is not.
///
/// Build it from the bundled data (`WorkdayCalendar.official`) and extend it with the operator's
/// files in the same format; a later block for a year replaces the earlier one.
public struct WorkdayCalendar: Sendable {
    /// The block in force for each year.
    public let blocks: [Int: WorkdayYearBlock]
    /// The years whose arrangement is loaded.
    public let coveredYears: Set<Int>

    /// Dates named by a block, by day number: `true` for a 调休 working day, `false` for a holiday.
    private let listed: [Int: Bool]
    /// A dense table over the covered span so that counting is O(1): `isWork[i]` for day
    /// `tableStart + i`, and `prefix[i]` the number of working days among the first `i` entries.
    private let tableStart: Int
    private let isWork: [Bool]
    private let prefix: [Int]

    /// A calendar holding `blocks`; when two blocks have the same year, the later one wins.
    public init(blocks: [WorkdayYearBlock]) {
        var byYear: [Int: WorkdayYearBlock] = [:]
        for block in blocks { byYear[block.year] = block }
        self.blocks = byYear
        self.coveredYears = Set(byYear.keys)

        // Ascending years, so a notice's December entries override the previous year's block.
        var listed: [Int: Bool] = [:]
        for year in byYear.keys.sorted() {
            let block = byYear[year]!
            for range in block.holidays { for day in range { listed[day.dayNumber] = false } }
            for day in block.workdays { listed[day.dayNumber] = true }
        }
        self.listed = listed

        guard let firstYear = byYear.keys.min(), let lastYear = byYear.keys.max() else {
            tableStart = 0
            isWork = []
            prefix = [0]
            return
        }
        let start = min(CivilDate.startOfYear(firstYear).dayNumber, listed.keys.min() ?? .max)
        let end = CivilDate.endOfYear(lastYear).dayNumber
        var isWork: [Bool] = []
        var prefix = [0]
        isWork.reserveCapacity(end - start + 1)
        prefix.reserveCapacity(end - start + 2)
        for number in start...end {
            let working = listed[number] ?? !CivilDate(dayNumber: number).isWeekend
            isWork.append(working)
            prefix.append(prefix[prefix.count - 1] + (working ? 1 : 0))
        }
        self.tableStart = start
        self.isWork = isWork
        self.prefix = prefix
    }

    /// A calendar with no arrangement at all: Saturdays and Sundays off, nothing covered.
    public static let weekendsOnly = WorkdayCalendar(blocks: [])

    /// The blocks in force, by year.
    public var yearBlocks: [WorkdayYearBlock] { blocks.keys.sorted().map { blocks[$0]! } }

    /// Whether the arrangement that governs `date` is loaded.
    public func covers(_ date: CivilDate) -> Bool {
        coveredYears.contains(date.year) || listed[date.dayNumber] != nil
    }

    /// Whether `date` is a working day (by the weekend rule when `date` is not covered).
    public func isWorkingDay(_ date: CivilDate) -> Bool {
        let offset = date.dayNumber - tableStart
        if offset >= 0, offset < isWork.count { return isWork[offset] }
        return !date.isWeekend
    }

    /// What kind of day `date` is, for display ("调休上班", "法定节假日").
    public func dayKind(_ date: CivilDate) -> DayKind {
        switch listed[date.dayNumber] {
        case true?: .adjustedWorkday
        case false?: .holiday
        case nil: date.isWeekend ? .weekend : .workday
        }
    }

    /// The number of working days in (`tableStart` - 1, `day`]: a cumulative count defined for
    /// every day, so that any span is a difference of two counts.
    func cumulativeWorkingDays(through day: Int) -> Int {
        let count = isWork.count
        if day < tableStart {
            return -(Self.weekdaysBefore(tableStart) - Self.weekdaysBefore(day + 1))
        }
        if day < tableStart + count { return prefix[day - tableStart + 1] }
        return prefix[count] + Self.weekdaysBefore(day + 1) - Self.weekdaysBefore(tableStart + count)
    }

    /// Monday–Friday days in [1970-01-05, `day`) (negative before it); 1970-01-05 was a Monday.
    static func weekdaysBefore(_ day: Int) -> Int {
        let offset = day - 4
        let weeks = offset >= 0 ? offset / 7 : -((-offset + 6) / 7)
        return weeks * 5 + min(offset - weeks * 7, 5)
    }

    /// The years of (`start`, `end`] whose dates are not all covered, ascending.
    func uncoveredYears(after start: CivilDate, through end: CivilDate) -> [Int] {
        guard end > start else { return [] }
        let first = start.adding(days: 1)
        var years: [Int] = []
        for year in first.year...end.year where !coveredYears.contains(year) {
            let low = max(first, CivilDate.startOfYear(year))
            let high = min(end, CivilDate.endOfYear(year))
            if !(low...high).allSatisfy({ listed[$0.dayNumber] != nil }) { years.append(year) }
        }
        return years
    }
}

/// The kind of a day under the working-day rule.
public enum DayKind: String, Sendable, Hashable, Codable {
    /// Monday–Friday, not a holiday.
    case workday
    /// Saturday or Sunday, not a 调休 working day.
    case weekend
    /// A date a notice names as 放假 (whatever its weekday).
    case holiday
    /// A Saturday or Sunday a notice makes a working day (调休上班).
    case adjustedWorkday

    /// Whether officers work on such a day.
    public var isWorkingDay: Bool { self == .workday || self == .adjustedWorkday }

    /// "工作日", "周末", "法定节假日", "调休上班日".
    public var label: String {
        switch self {
        case .workday: "工作日"
        case .weekend: "周末"
        case .holiday: "法定节假日"
        case .adjustedWorkday: "调休上班日"
        }
    }
}
