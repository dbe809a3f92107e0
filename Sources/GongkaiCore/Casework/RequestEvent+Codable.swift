/// A flat JSON object per event — `{"date": "2025-03-05", "type": "correctionRequested",
/// "correctionDue": "2025-03-20"}` — so that a database can store one row per event with a `type`
/// column (`RequestEventTag`) and nullable payload columns.
///
/// Payload keys per type: `correctionDue` (correctionRequested); `consultation` {kind, addressee,
/// deliveredOn} (consultationStarted); `answer` {addressee, deliveredOn} (consultationEnded);
/// `extensionApproval` {days, approvedBy, applicantNotifiedOn}; `feeNotice` {basis, amountYuan,
/// paymentDue, deliveredOn}; `noticeDeliveredOn` (feeLapsed); `delayedReply` {replyBy,
/// applicantNotifiedOn} (replyDateSet); `result` (replied). Histories written by earlier versions
/// (`party` instead of `consultation`, no `answer`) still decode.
extension RequestEvent: Codable {
    private enum CodingKeys: String, CodingKey {
        case date, type, note, correctionDue, consultation, party, answer, extensionApproval, feeNotice,
            noticeDeliveredOn, delayedReply, result
    }

    /// Decodes the flat form; a payload missing for its type is a decoding error.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let kind: Kind
        switch try container.decode(RequestEventTag.self, forKey: .type) {
        case .correctionRequested:
            kind = .correctionRequested(correctionDue: try container.decode(CivilDate.self, forKey: .correctionDue))
        case .correctionReceived: kind = .correctionReceived
        case .correctionLapsed: kind = .correctionLapsed
        case .consultationStarted:
            if let consultation = try container.decodeIfPresent(Consultation.self, forKey: .consultation) {
                kind = .consultationStarted(consultation)
            } else {
                kind = .consultationStarted(Consultation(try container.decode(ConsultationKind.self, forKey: .party)))
            }
        case .consultationEnded:
            kind = .consultationEnded(
                try container.decodeIfPresent(ConsultationAnswer.self, forKey: .answer) ?? ConsultationAnswer())
        case .extensionApproved:
            kind = .extensionApproved(try container.decode(ExtensionApproval.self, forKey: .extensionApproval))
        case .feeNoticeIssued: kind = .feeNoticeIssued(try container.decode(FeeNotice.self, forKey: .feeNotice))
        case .feePaid: kind = .feePaid
        case .feeLapsed:
            kind = .feeLapsed(noticeDeliveredOn: try container.decodeIfPresent(CivilDate.self, forKey: .noticeDeliveredOn))
        case .reasonsRequested: kind = .reasonsRequested
        case .reasonsReceived: kind = .reasonsReceived
        case .replyDateSet: kind = .replyDateSet(try container.decode(DelayedReply.self, forKey: .delayedReply))
        case .replied: kind = .replied(try container.decode(ReplyResult.self, forKey: .result))
        case .withdrawn: kind = .withdrawn
        }
        self.init(
            kind, on: try container.decode(CivilDate.self, forKey: .date),
            note: try container.decodeIfPresent(String.self, forKey: .note))
    }

    /// Encodes the flat form: date, type, the payload of that type, and the note if any.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(date, forKey: .date)
        try container.encode(kind.tag, forKey: .type)
        try container.encodeIfPresent(note, forKey: .note)
        switch kind {
        case .correctionRequested(let due): try container.encode(due, forKey: .correctionDue)
        case .consultationStarted(let consultation): try container.encode(consultation, forKey: .consultation)
        case .consultationEnded(let answer): try container.encode(answer, forKey: .answer)
        case .extensionApproved(let approval): try container.encode(approval, forKey: .extensionApproval)
        case .feeNoticeIssued(let notice): try container.encode(notice, forKey: .feeNotice)
        case .feeLapsed(let delivered): try container.encodeIfPresent(delivered, forKey: .noticeDeliveredOn)
        case .replyDateSet(let delayed): try container.encode(delayed, forKey: .delayedReply)
        case .replied(let result): try container.encode(result, forKey: .result)
        case .correctionReceived, .correctionLapsed, .feePaid, .reasonsRequested, .reasonsReceived, .withdrawn: break
        }
    }
}
