/// Checks before a year's report is computed: requests still open on 31 December whose correction
/// or payment deadline had already passed.
///
/// Such an application was abandoned the day after its deadline (第三十条; 国办函〔2020〕109号), so
/// it belongs in the year's （六）1 or （六）2; left unrecorded it is counted as 结转下年度继续办理
/// instead. The officer records the lapse (dated the day after the deadline) and the table is
/// right.
public enum YearEndReview {
    /// One request whose lapse is due but not recorded by the year end.
    public struct PendingLapse: Sendable, Hashable {
        /// What lapsed.
        public enum Kind: String, Sendable, Hashable, Codable {
            /// The correction deadline passed (（六）1).
            case correction
            /// The payment deadline passed (（六）2).
            case payment
        }

        /// The request.
        public let requestID: RecordID
        /// Correction or payment.
        public let kind: Kind
        /// The deadline that passed.
        public let deadline: CivilDate
        /// The day the application counts as abandoned: the lapse event's date to record.
        public let lapseDate: CivilDate
        /// The year under review (the request was still open on its 31 December).
        public let year: Int

        /// The warning, in Chinese.
        public var message: String {
            let (what, event, row) =
                kind == .correction ? ("补正", "逾期未补正", "（六）1") : ("缴费", "逾期未缴费", "（六）2")
            return "申请 \(requestID) 的\(what)期限已于\(deadline.chineseText)届满，截至\(year)年12月31日仍未登记\(event)；"
                + "申请自\(lapseDate.chineseText)起视为放弃，请登记\(event)（日期\(lapseDate.chineseText)），"
                + "否则该申请将计入“结转下年度继续办理”而非\(row)"
        }
    }

    /// The requests of `requests` open at the end of `year` whose correction or payment deadline
    /// had passed before 31 December (so that the lapse falls within the year), in input order.
    public static func pendingLapses(in requests: [DisclosureRequest], year: Int) -> [PendingLapse] {
        let end = CivilDate.endOfYear(year)
        return requests.compactMap { request in
            guard request.isOpen(atEndOf: end) else { return nil }
            let state = request.progress(asOf: end)
            guard let lapse = state.lapseDate, lapse <= end else { return nil }
            switch state.phase {
            case .awaitingCorrection:
                return PendingLapse(
                    requestID: request.id, kind: .correction, deadline: state.correctionDue!, lapseDate: lapse, year: year)
            case .awaitingFee:
                return PendingLapse(
                    requestID: request.id, kind: .payment, deadline: state.fee!.paymentDue, lapseDate: lapse, year: year)
            case .processing, .consulting, .closed:
                return nil
            }
        }
    }
}
