/// Why a working-day data file (the `cn-workdays.txt` block format) could not be read, and where.
///
/// User-facing text is produced in one place, `WorkdayDataError+Message.swift`.
public struct WorkdayDataError: Error, Sendable, Hashable {
    /// The file or text the data came from, as the operator named it; `nil` for unnamed text.
    public var source: String?
    /// The 1-based line at fault; 0 when the fault is the whole file (it cannot be read).
    public var line: Int
    /// What is wrong.
    public var reason: Reason

    /// An error at `line` of `source`.
    public init(source: String?, line: Int, reason: Reason) {
        self.source = source
        self.line = line
        self.reason = reason
    }

    /// What is wrong with the line.
    public enum Reason: Sendable, Hashable {
        /// The file could not be opened or is not UTF-8 text.
        case unreadable(detail: String)
        /// A line that looks like a year line but is not a four-digit year.
        case invalidYear(String)
        /// A `holidays:`/`workdays:`/`source:` line before any year line.
        case entryOutsideBlock(key: String)
        /// A `key:` line with a key other than holidays, workdays, source.
        case unknownKey(String)
        /// A line that is neither a year, a `key:` line, a comment nor blank.
        case unrecognizedLine(String)
        /// The same key twice in one block.
        case duplicateKey(key: String, year: Int)
        /// An item that is not a `YYYY-MM-DD` date (or `a..b` range of them).
        case invalidDate(String)
        /// A range whose start is after its end.
        case reversedRange(String)
        /// A range under `workdays:`, where each 调休 day must be listed on its own.
        case rangeNotAllowed(String)
        /// A date outside the block's year and the December before it.
        case dateOutsideYear(date: CivilDate, year: Int)
        /// A `workdays:` date that is not a Saturday or Sunday.
        case workdayNotWeekend(date: CivilDate)
        /// A date listed both as a holiday and as a 调休 working day.
        case holidayAndWorkday(date: CivilDate)
        /// A block without a `holidays:` line.
        case missingHolidays(year: Int)
    }
}
