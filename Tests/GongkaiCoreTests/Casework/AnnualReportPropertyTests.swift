import Foundation
import Testing

@testable import GongkaiCore

/// 100,000 random requests over 2020 and 2021 (and a few from late 2019), with every kind of
/// event, compared against an independent naive count.
@Suite("Annual report property: random casework against a naive count (AnnualReport)")
struct AnnualReportPropertyTests {
    static let requestCount = 100_000
    static let years = [2020, 2021]

    @Test("identities hold, tables equal a naive count, carry-over links the years, drill-down is exact")
    func randomCasework() throws {
        let clock = ContinuousClock()
        var rng = SplitMix64(seed: 0x676F_6E67_6B61_69)
        let started = clock.now
        let requests = try Self.generateRequests(&rng)
        let (reconsiderations, litigations) = try Self.generateAppeals(&rng)
        let generated = clock.now

        var reports: [String: ComputedAnnualReport] = [:]
        for year in Self.years {
            for template in TemplateVersion.allCases {
                let input = AnnualReportInput(
                    agency: "随机局", year: year, template: template, requests: requests,
                    reconsiderations: reconsiderations, litigations: litigations)
                reports["\(year)-\(template.rawValue)"] = AnnualReportBuilder.build(input)
            }
        }
        let built = clock.now

        for year in Self.years {
            for template in TemplateVersion.allCases {
                let computed = try #require(reports["\(year)-\(template.rawValue)"])
                let requestsTable = try #require(computed.report.requests)
                let reviewTable = try #require(computed.report.review)
                Self.checkIdentities(requestsTable, reviewTable)
                // The generator reaches every row and every table-4 cell, so no rule goes untested.
                for row in requestsTable.layout.rows where !Self.impossible(row.key, year: year) {
                    #expect(requestsTable.integer(row.key, 6)! > 0, "\(year) \(row.key) empty")
                }
                for row in reviewTable.layout.rows {
                    for column in 0..<5 { #expect(reviewTable.integer(row.key, column)! > 0) }
                }
                let naive = NaiveTableCount(requests: requests, year: year, template: template, rng: &rng)
                for row in requestsTable.layout.rows {
                    for column in 0..<7 {
                        #expect(
                            requestsTable.integer(row.key, column) == naive.count(row.key, column),
                            "\(year) \(template) \(row.key)[\(column)]")
                    }
                }
                // Drill-down of random table-3 cells equals the naive members, in input order.
                for (cell, members) in naive.sampledMembers {
                    #expect(computed.records(in: cell) == members, "\(year) \(template) \(cell)")
                    #expect(members.count == requestsTable.integer(cell.row, cell.column))
                }
                Self.checkReview(computed, reconsiderations, litigations, year: year)
            }
        }

        // Carry-over links the years in every template pairing (including the real 2020 → 2021 switch).
        for previousTemplate in TemplateVersion.allCases {
            for template in TemplateVersion.allCases {
                let previous = try #require(reports["2020-\(previousTemplate.rawValue)"]?.report.requests)
                let current = try #require(reports["2021-\(template.rawValue)"]?.report.requests)
                #expect(current["carriedOver"]! == previous["carriedForward"]!)
                #expect(previous["carriedForward"]![6] != .integer(0), "the data must exercise carry-over")
            }
        }
        let checked = clock.now
        print(
            "[AnnualReportProperty] \(Self.requestCount) requests: generate \(generated - started), "
                + "build 4 reports \(built - generated), check \(checked - built)")
    }

    /// No fee can lapse before 2021: the 办法 (国办函〔2020〕109号) took effect on 2021-01-01.
    static func impossible(_ row: RowKey, year: Int) -> Bool {
        year < 2021 && row == "otherHandling.unpaidFee"
    }

    // MARK: Identities

    static let nonResultRows: Set<RowKey> = ["newReceived", "carriedOver", "total", "carriedForward"]

    static func checkIdentities(_ requests: ReportTable, _ review: ReportTable) {
        let resultRows = requests.layout.rows.map(\.key).filter { !nonResultRows.contains($0) }
        for column in 0..<7 {
            let value = { (row: RowKey) in requests.integer(row, column)! }
            // H1: 一 + 二 = （七）总计 + 四.
            #expect(value("newReceived") + value("carriedOver") == value("total") + value("carriedForward"))
            // H3: （七）总计 = the result rows.
            #expect(value("total") == resultRows.reduce(0) { $0 + value($1) })
        }
        // H2: each row's 总计 is the sum of the six applicant columns.
        for row in requests.layout.rows {
            #expect(requests.integer(row.key, 6) == (0..<6).reduce(0) { $0 + requests.integer(row.key, $1)! })
        }
        // H4: each table-4 group's 总计 is 维持 + 纠正 + 其他 + 尚未审结.
        for row in review.layout.rows {
            #expect(review.integer(row.key, 4) == (0..<4).reduce(0) { $0 + review.integer(row.key, $1)! })
        }
    }

    /// Table 4 against a naive count by reading each case's dates.
    static func checkReview(
        _ computed: ComputedAnnualReport, _ reconsiderations: [ReconsiderationCase], _ litigations: [LitigationCase],
        year: Int
    ) {
        var naive: [RowKey: [[RecordID]]] = [:]
        func add(_ row: RowKey, _ id: RecordID, filed: CivilDate, decision: AppealDecision?) {
            var column: Int?
            if let decision, decision.decidedOn.year == year {
                column = ["upheld": 0, "corrected": 1, "other": 2][decision.result.rawValue]
            } else if filed.year <= year, decision.map({ $0.decidedOn.year > year }) ?? true {
                column = 3
            }
            guard let column else { return }
            naive[row, default: Array(repeating: [], count: 4)][column].append(id)
        }
        for item in reconsiderations { add("reconsideration", item.id, filed: item.filedOn, decision: item.decision) }
        for item in litigations {
            add(
                item.route == .direct ? "litigationDirect" : "litigationAfterReconsideration", item.id,
                filed: item.filedOn,
                decision: item.decision)
        }
        let review = computed.report.review!
        for row: RowKey in ["reconsideration", "litigationDirect", "litigationAfterReconsideration"] {
            let columns = naive[row] ?? Array(repeating: [], count: 4)
            for column in 0..<4 {
                #expect(review.integer(row, column) == columns[column].count)
                #expect(computed.records(table: .review, row: row, column: column) == columns[column])
            }
            #expect(Set(computed.records(table: .review, row: row, column: 4)!) == Set(columns.flatMap { $0 }))
        }
    }

    // MARK: Generation

    static let replyResults = ReplyResult.allCases.filter { $0.isReplyResult && $0 != .unavailableStillUnclear }

    static func generateRequests(_ rng: inout SplitMix64) throws -> [DisclosureRequest] {
        let applicants = ApplicantType.allCases.map { CaseworkFixtures.applicant($0) }
        // From April 2019, so that requests under the 2007 Regulation carry over into 2020.
        let first = CivilDate(iso: "2019-04-01")!.dayNumber
        let last = CivilDate(iso: "2021-12-31")!.dayNumber
        var requests: [DisclosureRequest] = []
        requests.reserveCapacity(requestCount)
        for index in 0..<requestCount {
            let received = CivilDate(dayNumber: first + rng.below(last - first + 1))
            var request = try DisclosureRequest(
                id: RecordID("r\(index)"), agencyID: CaseworkFixtures.agency, applicant: applicants[rng.below(6)],
                channel: RequestChannel.allCases[rng.below(5)], content: "申请公开某信息", receivedOn: received)
            try addEvents(to: &request, &rng)
            requests.append(request)
        }
        return requests
    }

    /// Random but valid history: each step is taken with some probability, and some requests are
    /// left open at any phase (so they carry over the year end). Every event is checked against
    /// `RequestProgress.allowedEvents()` before it is recorded, so the list the staff console
    /// offers is exercised by the same histories.
    static func addEvents(to request: inout DisclosureRequest, _ rng: inout SplitMix64) throws {
        var day = request.receivedOn
        func next(_ maxGap: Int) -> CivilDate {
            day = day.adding(days: rng.below(maxGap + 1))
            return day
        }
        func record(_ event: RequestEvent) throws {
            let allowed = request.progress.allowedEvents()
            let offer = allowed.first { $0.tag == event.kind.tag }
            #expect(offer != nil, "\(event.kind.tag) not offered in \(request.phase)")
            if let offer { #expect(event.date >= offer.earliestDate) }
            try request.record(event)
        }
        var corrected = false
        if rng.chance(15) {
            let notice = next(6)
            let due = notice.adding(days: 5 + rng.below(20))
            try record(RequestEvent(.correctionRequested(correctionDue: due), on: notice))
            let roll = rng.below(10)
            if roll < 6 {
                try record(RequestEvent(.correctionReceived, on: next(due.dayNumber - day.dayNumber)))
                corrected = true
            } else if roll < 9 {
                // The default lapse date (the day after the deadline), or a later recording.
                day = rng.chance(70) ? request.progress.lapseDate! : due.adding(days: 1 + rng.below(10))
                try record(RequestEvent(.correctionLapsed, on: day))
                return
            } else {
                return
            }
        }
        if request.regime == .regulation2019, rng.chance(5) {
            try record(RequestEvent(.reasonsRequested, on: next(5)))
            if rng.chance(70) { try record(RequestEvent(.reasonsReceived, on: next(5))) }
            if rng.chance(60) {
                let set = next(3)
                try record(
                    RequestEvent(
                        .replyDateSet(DelayedReply(replyBy: set.adding(days: 20 + rng.below(40)), applicantNotifiedOn: set)),
                        on: set))
            }
        }
        if rng.chance(10) {
            // One to three consultations, overlapping, of any kind, some with a delivery date.
            let count = 1 + rng.below(3)
            for index in 0..<count {
                let sent = next(5)
                let kind = ConsultationKind.allCases[rng.below(ConsultationKind.allCases.count)]
                let delivered = rng.chance(50) ? sent.adding(days: rng.below(4)) : nil
                try record(
                    RequestEvent(.consultationStarted(Consultation(kind, addressee: "对象\(index)", deliveredOn: delivered)), on: sent))
            }
            guard rng.chance(90) else { return }
            for index in (0..<count).shuffled(using: &rng) {
                try record(RequestEvent(.consultationEnded(ConsultationAnswer(addressee: "对象\(index)")), on: next(20)))
            }
        }
        if rng.chance(8) {
            var left = request.progress.remainingExtensionDays
            while left > 0, rng.chance(60) {
                let approved = next(10)
                let days = 1 + rng.below(left)
                let approval = ExtensionApproval(
                    days: days, approvedBy: "负责人", applicantNotifiedOn: approved.adding(days: rng.below(3)))
                try record(RequestEvent(.extensionApproved(approval), on: approved))
                left -= days
            }
        }
        if rng.chance(6), day.adding(days: 10) >= InformationProcessingFee.effectiveOn {
            let basis: FeeBasis =
                rng.chance(50)
                ? .perVolume(pages: 31 + rng.below(270)) : .perCase(monthlyOrdinal: 11 + rng.below(50), pieces: 1 + rng.below(3))
            let noticeDay = max(next(10), InformationProcessingFee.effectiveOn)
            day = noticeDay
            let delivered = rng.chance(50) ? noticeDay.adding(days: rng.below(5)) : nil
            let notice = try FeeNotice(basis: basis, deliveredOn: delivered)
            try record(RequestEvent(.feeNoticeIssued(notice), on: noticeDay))
            let due = request.progress.fee!.paymentDue
            let roll = rng.below(10)
            if roll < 7 {
                try record(RequestEvent(.feePaid, on: next(due.dayNumber - day.dayNumber)))
            } else if roll < 9 {
                day = rng.chance(70) ? request.progress.lapseDate! : due.adding(days: 1 + rng.below(5))
                try record(RequestEvent(.feeLapsed(noticeDeliveredOn: nil), on: day))
                return
            } else {
                return
            }
        }
        let roll = rng.below(100)
        if roll < 5 {
            try record(RequestEvent(.withdrawn, on: next(30)))
        } else if roll < 90 {
            let result =
                corrected && rng.chance(10)
                ? ReplyResult.unavailableStillUnclear : replyResults[rng.below(replyResults.count)]
            try record(RequestEvent(.replied(result), on: next(40)))
        }
    }

    static func generateAppeals(_ rng: inout SplitMix64) throws -> ([ReconsiderationCase], [LitigationCase]) {
        let first = CivilDate(iso: "2018-06-01")!.dayNumber
        let span = CivilDate(iso: "2022-06-30")!.dayNumber - first
        func decision(after filed: CivilDate) -> AppealDecision? {
            guard rng.chance(75) else { return nil }
            return AppealDecision(
                decidedOn: filed.adding(days: rng.below(500)), result: AppealResult.allCases[rng.below(3)])
        }
        var reconsiderations: [ReconsiderationCase] = []
        var litigations: [LitigationCase] = []
        for index in 0..<5000 {
            let filed = CivilDate(dayNumber: first + rng.below(span))
            reconsiderations.append(
                try ReconsiderationCase(
                    id: RecordID("rc\(index)"), requestID: RecordID("r\(rng.below(requestCount))"), filedOn: filed,
                    decision: decision(after: filed)))
            let suitFiled = CivilDate(dayNumber: first + rng.below(span))
            let route: LitigationCase.Route = rng.chance(50) ? .direct : .afterReconsideration
            litigations.append(
                try LitigationCase(
                    id: RecordID("lc\(index)"), requestID: RecordID("r\(rng.below(requestCount))"), route: route,
                    reconsiderationID: route == .direct ? nil : RecordID("rc\(index)"), filedOn: suitFiled,
                    decision: decision(after: suitFiled)))
        }
        return (reconsiderations, litigations)
    }
}
