import Foundation

/// Reads the year-block format of `cn-workdays.md` §2 and `Resources/cn-workdays.txt`:
///
/// ```
/// # comment
/// 2019
/// holidays: 2018-12-30..2019-01-01, 2019-02-04..2019-02-10, 2019-04-05
/// workdays: 2018-12-29, 2019-02-02
/// source: http://www.gov.cn/…
/// ```
///
/// A block starts at a line holding only a four-digit year. `holidays:` is required, `workdays:`
/// and `source:` are optional. `#` starts a comment at the start of a line, and also after the
/// dates of a `holidays:`/`workdays:` line (not in `source:`, where URLs may hold `#`).
/// Blocks are returned in file order; `WorkdayCalendar` lets a later block replace an earlier one
/// for the same year.
public enum WorkdayDataParser {
    /// The blocks in `text`, or the first error, naming `source` and the line.
    public static func parse(_ text: String, source: String? = nil) throws(WorkdayDataError) -> [WorkdayYearBlock] {
        var state = State(source: source)
        var lineNumber = 0
        for rawLine in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline) {
            lineNumber += 1
            try state.read(line: String(rawLine), number: lineNumber)
        }
        try state.finishBlock()
        return state.blocks
    }

    private struct PendingBlock {
        let year: Int
        let line: Int
        var holidays: [ClosedRange<CivilDate>]?
        var workdays: [CivilDate]?
        var sources: [String]?
    }

    private struct State {
        let source: String?
        var blocks: [WorkdayYearBlock] = []
        var pending: PendingBlock?

        init(source: String?) { self.source = source }

        func error(_ line: Int, _ reason: WorkdayDataError.Reason) -> WorkdayDataError {
            WorkdayDataError(source: source, line: line, reason: reason)
        }

        mutating func read(line raw: String, number: Int) throws(WorkdayDataError) {
            let line = raw.trimmingWhitespace()
            if line.isEmpty || line.hasPrefix("#") { return }
            guard let colon = line.firstIndex(where: { $0 == ":" || $0 == "：" }) else {
                try readYear(line, number: number)
                return
            }
            let key = String(line[..<colon]).trimmingWhitespace()
            let value = String(line[line.index(after: colon)...]).trimmingWhitespace()
            guard ["holidays", "workdays", "source"].contains(key) else {
                throw error(number, key.isEmpty ? .unrecognizedLine(line) : .unknownKey(key))
            }
            guard var block = pending else { throw error(number, .entryOutsideBlock(key: key)) }
            switch key {
            case "holidays":
                guard block.holidays == nil else { throw error(number, .duplicateKey(key: key, year: block.year)) }
                block.holidays = try parseHolidays(value, year: block.year, line: number)
            case "workdays":
                guard block.workdays == nil else { throw error(number, .duplicateKey(key: key, year: block.year)) }
                block.workdays = try parseWorkdays(value, year: block.year, line: number)
            default:
                guard block.sources == nil else { throw error(number, .duplicateKey(key: key, year: block.year)) }
                block.sources = value.split(separator: ",").map { String($0).trimmingWhitespace() }
                    .filter { !$0.isEmpty }
            }
            if let holidays = block.holidays, let workdays = block.workdays {
                let holidaySet = Set(holidays.flatMap { Array($0) })
                if let clash = workdays.first(where: { holidaySet.contains($0) }) {
                    throw error(number, .holidayAndWorkday(date: clash))
                }
            }
            pending = block
        }

        mutating func readYear(_ line: String, number: Int) throws(WorkdayDataError) {
            guard line.first?.isASCIIDigit == true else { throw error(number, .unrecognizedLine(line)) }
            guard line.count == 4, line.allSatisfy(\.isASCIIDigit), let year = Int(line), year >= 1000 else {
                throw error(number, .invalidYear(line))
            }
            try finishBlock()
            pending = PendingBlock(year: year, line: number)
        }

        mutating func finishBlock() throws(WorkdayDataError) {
            guard let block = pending else { return }
            guard let holidays = block.holidays else { throw error(block.line, .missingHolidays(year: block.year)) }
            blocks.append(
                WorkdayYearBlock(
                    year: block.year, holidays: holidays, workdays: block.workdays ?? [], sources: block.sources ?? []))
            pending = nil
        }

        func items(_ value: String) -> [String] {
            let dates = value.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first ?? ""
            return dates.split(whereSeparator: { $0 == "," || $0 == "，" })
                .map { String($0).trimmingWhitespace() }
                .filter { !$0.isEmpty }
        }

        func date(_ text: String, year: Int, line: Int) throws(WorkdayDataError) -> CivilDate {
            guard let date = CivilDate(iso: text) else { throw error(line, .invalidDate(text)) }
            guard WorkdayYearBlock.reach(ofYear: year).contains(date) else {
                throw error(line, .dateOutsideYear(date: date, year: year))
            }
            return date
        }

        func parseHolidays(_ value: String, year: Int, line: Int) throws(WorkdayDataError) -> [ClosedRange<CivilDate>] {
            var ranges: [ClosedRange<CivilDate>] = []
            for item in items(value) {
                let ends = item.components(separatedBy: "..")
                switch ends.count {
                case 1:
                    let day = try date(item, year: year, line: line)
                    ranges.append(day...day)
                case 2:
                    let start = try date(ends[0].trimmingWhitespace(), year: year, line: line)
                    let end = try date(ends[1].trimmingWhitespace(), year: year, line: line)
                    guard start <= end else { throw error(line, .reversedRange(item)) }
                    ranges.append(start...end)
                default:
                    throw error(line, .invalidDate(item))
                }
            }
            return ranges
        }

        func parseWorkdays(_ value: String, year: Int, line: Int) throws(WorkdayDataError) -> [CivilDate] {
            var days: [CivilDate] = []
            for item in items(value) {
                guard !item.contains("..") else { throw error(line, .rangeNotAllowed(item)) }
                let day = try date(item, year: year, line: line)
                guard day.isWeekend else { throw error(line, .workdayNotWeekend(date: day)) }
                days.append(day)
            }
            return days
        }
    }
}

extension String {
    fileprivate func trimmingWhitespace() -> String {
        var scalars = Substring(self)
        while let first = scalars.first, first.isWhitespace { scalars.removeFirst() }
        while let last = scalars.last, last.isWhitespace { scalars.removeLast() }
        return String(scalars)
    }
}

extension Character {
    fileprivate var isASCIIDigit: Bool { isASCII && isNumber }
}
