/// How one request is counted in table 3 of a year: the classification every count of table 3
/// is built from (and that a SQL `GROUP BY` version must reproduce).
///
/// For year Y, with R the date of receipt and C the closing date (reply, lapse or withdrawal):
/// - intake: 一 `newReceived` when R is in Y; 二 `carriedOver` when R is before Y and the request
///   was still open on 1 January (C is in Y or later, or there is none); otherwise not counted;
/// - outcome (only for a request with an intake): the result row of its closure when C is in Y
///   (2019 template: the three （六） results share `otherHandling`); 四 `carriedForward` when it
///   was still open at the end of 31 December;
/// - column: the applicant type (0…5).
///
/// Derived cells: each row's 总计 column (6) counts every column; （七）总计 counts every result
/// row. Hence, per column, 一 + 二 = （七） + 四 (each counted request has exactly one intake and
/// one outcome), and Y's 二 equals (Y−1)'s 四 (both are "received by 31 December of Y−1 and open
/// at its end").
public enum RequestCounting {
    /// The rows one request falls in for one year, at its applicant column.
    public struct Classification: Sendable, Hashable {
        /// The applicant column, 0…5.
        public let column: Int
        /// `newReceived` or `carriedOver`; `nil` when the request is not counted in the year.
        public let intake: RowKey?
        /// A result row or `carriedForward`; `nil` when the request is not counted in the year.
        public let outcome: RowKey?
        /// Whether `outcome` is a result row (so the request also counts in （七）总计).
        public let outcomeIsResult: Bool

        /// The non-derived rows: what a `GROUP BY (row, applicant type)` counts.
        public var rows: [RowKey] { [intake, outcome].compactMap { $0 } }

        /// Every cell the request adds 1 to, including the 总计 column and the （七）总计 row.
        public var cells: [CellAddress] {
            var rows = self.rows
            if outcomeIsResult { rows.append(Templates.Row.total) }
            return rows.flatMap { row in
                [CellAddress(.requests, row, column), CellAddress(.requests, row, Templates.requestsTotalColumn)]
            }
        }
    }

    /// How `request` is counted in table 3 of `year` in `template`.
    public static func classify(_ request: DisclosureRequest, year: Int, template: TemplateVersion) -> Classification {
        let start = CivilDate.startOfYear(year)
        let end = CivilDate.endOfYear(year)
        let column = request.applicantType.columnIndex
        let received = request.receivedOn
        let closure = request.closure
        let intake: RowKey?
        if received > end {
            intake = nil
        } else if received >= start {
            intake = Templates.Row.newReceived
        } else if closure.map({ $0.date >= start }) ?? true {
            intake = Templates.Row.carriedOver
        } else {
            intake = nil
        }
        guard intake != nil else {
            return Classification(column: column, intake: nil, outcome: nil, outcomeIsResult: false)
        }
        if let closure, closure.date <= end {
            return Classification(
                column: column, intake: intake, outcome: closure.result.rowKey(in: template), outcomeIsResult: true)
        }
        return Classification(
            column: column, intake: intake, outcome: Templates.Row.carriedForward, outcomeIsResult: false)
    }
}
