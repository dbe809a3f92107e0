extension WorkdayCalendar {
    /// The `n`-th working day after `date` (`n` ≥ 0; `date` itself when `n` is 0).
    ///
    /// Convention (cn-workdays.md §3): the start day is never counted, whatever day it is; day 1
    /// is the first working day after it. So a request received on 2024-09-25 is due, 20 working
    /// days later, on 2024-10-28.
    public func addingWorkingDays(_ n: Int, to date: CivilDate) -> WorkdayResult<CivilDate> {
        let result = addingWorkingDaysUnmarked(n, to: date)
        return WorkdayResult(value: result, uncoveredYears: uncoveredYears(after: date, through: result))
    }

    /// The number of working days in (`start`, `end`]: `start` is not counted, `end` is.
    ///
    /// Consistent with `addingWorkingDays`: `workingDays(from: d, to: addingWorkingDays(n, to: d))`
    /// is `n`. When `end` is before `start` the count is negative (minus the count the other way).
    public func workingDays(from start: CivilDate, to end: CivilDate) -> WorkdayResult<Int> {
        let count = cumulativeWorkingDays(through: end.dayNumber) - cumulativeWorkingDays(through: start.dayNumber)
        let years =
            end >= start ? uncoveredYears(after: start, through: end) : uncoveredYears(after: end, through: start)
        return WorkdayResult(value: count, uncoveredYears: years)
    }

    /// The first working day on or after `date`.
    public func firstWorkingDay(onOrAfter date: CivilDate) -> WorkdayResult<CivilDate> {
        addingWorkingDays(1, to: date.adding(days: -1))
    }

    func addingWorkingDaysUnmarked(_ n: Int, to date: CivilDate) -> CivilDate {
        precondition(n >= 0, "addingWorkingDays needs n ≥ 0")
        if n == 0 { return date }
        let target = cumulativeWorkingDays(through: date.dayNumber) + n
        // The answer is the first day whose cumulative count reaches the target: a working day by
        // construction. Bracket it, then bisect; each probe is O(1).
        var low = date.dayNumber
        var high = date.dayNumber + 2 * n + 14
        while cumulativeWorkingDays(through: high) < target { high = date.dayNumber + 2 * (high - date.dayNumber) }
        while high - low > 1 {
            let middle = low + (high - low) / 2
            if cumulativeWorkingDays(through: middle) >= target { high = middle } else { low = middle }
        }
        return CivilDate(dayNumber: high)
    }
}
