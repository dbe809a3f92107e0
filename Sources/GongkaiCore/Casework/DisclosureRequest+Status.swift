extension DisclosureRequest {
    /// The state as it was at the end of `date` (events dated after it ignored).
    public func progress(asOf date: CivilDate) -> RequestProgress {
        var state = RequestProgress(receivedOn: receivedOn, calendar: progress.calendar.value)
        for event in events where event.date <= date {
            // The history was validated when recorded, so a prefix of it is valid too.
            try? state.apply(event)
        }
        return state
    }

    /// The status at the end of `date`.
    public func status(on date: CivilDate) -> RequestStatus {
        guard date >= receivedOn else { return .notReceived }
        if let closure, closure.date <= date {
            return closure.way == .withdrawn ? .withdrawn(on: closure.date) : .closed(closure.result, on: closure.date)
        }
        return .open(progress(asOf: date).phase)
    }

    /// Whether the request was received and still open at the end of `date`.
    public func isOpen(atEndOf date: CivilDate) -> Bool {
        receivedOn <= date && (closure.map { $0.date > date } ?? true)
    }
}

/// The status of a request on a given day.
public enum RequestStatus: Sendable, Hashable {
    /// Not yet received on that day.
    case notReceived
    /// Open, in the given phase.
    case open(RequestPhase)
    /// Closed with a result (replied or lapsed) on the given day.
    case closed(ReplyResult, on: CivilDate)
    /// Withdrawn by the applicant on the given day (counted as （六）3 其他).
    case withdrawn(on: CivilDate)

    /// "办理中", "已办结（予以公开）"…
    public var label: String {
        switch self {
        case .notReceived: "尚未收到"
        case .open(let phase): phase.label
        case .closed(let result, _): "已办结（\(result.plainLabel)）"
        case .withdrawn: "申请人已撤回"
        }
    }
}
