import Testing

@testable import GongkaiCore

/// Requests received before 2019-05-15 stay under the 2007 Regulation (国务院令第492号).
/// Dates hand-counted on the 2019 calendar (清明 04-05; 劳动节 05-01..04 with 调休 04-28 and 05-05).
@Suite("Regime by date of receipt: the 2007 Regulation's 15 days, no correction limit (Regime)")
struct RegimeClockTests {
    let clock = StatutoryClock(calendar: .official)

    func request(_ receivedOn: CivilDate, _ events: [RequestEvent] = []) throws -> DisclosureRequest {
        try CaseworkFixtures.request(receivedOn: receivedOn, events: events)
    }

    @Test("第二十四条第二款 (2007): a request of 2019-04-03 is due 2019-04-25")
    func fifteenDays() throws {
        // From Wed 04-03: 04-04 (1), 04-05 清明, 04-08..12 (6), 04-15..19 (11), 04-22..25 (15).
        let deadline = clock.deadline(for: try request("2019-04-03"), asOf: "2019-04-03")
        #expect(deadline.regime == .regulation2007)
        #expect(deadline.dueDate == "2019-04-25")
        #expect(
            deadline.explanations.first
                == "2019年4月3日收到申请，适用2007年《条例》（国务院令第492号），答复期限为15个工作日（第二十四条第二款），至4月25日。")
        #expect(deadline.correctionNoticeDeadline == nil)
    }

    @Test("the regime turns on 2019-05-15: 05-14 is due in 15 working days (06-04), 05-15 in 20 (06-13)")
    func boundary() throws {
        #expect(DisclosureRegime.forReceipt(on: "2019-05-14") == .regulation2007)
        #expect(DisclosureRegime.forReceipt(on: "2019-05-15") == .regulation2019)
        // Tue 05-14: 05-15..17 (3), 05-20..24 (8), 05-27..31 (13), 06-03, 04 (15).
        #expect(clock.deadline(for: try request("2019-05-14"), asOf: "2019-05-14").dueDate == "2019-06-04")
        // Wed 05-15: 05-16, 17 (2), 05-20..24 (7), 05-27..31 (12), 06-03..06 (16), 06-07 端午,
        // 06-10..13 (20).
        #expect(clock.deadline(for: try request("2019-05-15"), asOf: "2019-05-15").dueDate == "2019-06-13")
    }

    @Test("extensions total at most 15 working days under 2007; 15 move 04-25 to 05-17 across 劳动节")
    func extensions2007() throws {
        func approval(_ days: Int) -> RequestEvent {
            RequestEvent(
                .extensionApproved(ExtensionApproval(days: days, approvedBy: "李主任", applicantNotifiedOn: "2019-04-20")),
                on: "2019-04-20")
        }
        // 04-26 (1), 04-28 Sun 调休 (2), 04-29, 30 (4), 05-01..04 off, 05-05 Sun 调休 (5), 05-06..10 (10),
        // 05-13..17 (15).
        let extended = try request("2019-04-03", [approval(15)])
        #expect(clock.deadline(for: extended, asOf: "2019-04-20").dueDate == "2019-05-17")
        #expect(
            clock.deadline(for: extended, asOf: "2019-04-20").explanations.contains(
                "经李主任批准延长15个工作日，至5月17日，已于4月20日告知申请人（第二十四条第二款）。"))
        var over = try request("2019-04-03", [approval(10)])
        do {
            try over.record(approval(6))
            Issue.record("a total of 16 days was accepted under the 2007 Regulation")
        } catch {
            #expect(error.reason == .extensionTotalTooLong(approved: 10, requested: 6, regime: .regulation2007))
            #expect(error.reason.message.contains("2007年《条例》（国务院令第492号）第二十四条第二款规定的延长期限最长15个工作日"))
        }
    }

    @Test("no 7-day limit on the correction notice under 2007; only a third party's time is left out, with no limit")
    func consultations2007() throws {
        let late = try request(
            "2019-04-03", [RequestEvent(.correctionRequested(correctionDue: "2019-05-10"), on: "2019-04-26")])
        #expect(clock.deadline(for: late, asOf: "2019-04-26").warnings.isEmpty)

        // A third party consulted from 04-10 to 06-20 (no limit in 2007): used 04-04, 04-08..10 (4),
        // 11 left from 06-20: 06-21 (1), 06-24..28 (6), 07-01..05 (11).
        let thirdParty = try request(
            "2019-04-03",
            [
                RequestEvent(.consultationStarted(Consultation(.thirdParty, addressee: "某公司")), on: "2019-04-10"),
                RequestEvent(.consultationEnded(ConsultationAnswer(addressee: "某公司")), on: "2019-06-20"),
            ])
        let deadline = clock.deadline(for: thirdParty, asOf: "2019-06-20")
        #expect(deadline.dueDate == "2019-07-05")
        #expect(deadline.warnings.isEmpty)

        // Another agency's time is counted: 2007 第二十四条第三款 names only third parties.
        let agency = try request(
            "2019-04-03",
            [
                RequestEvent(.consultationStarted(Consultation(.otherAgency, addressee: "市财政局")), on: "2019-04-10"),
                RequestEvent(.consultationEnded(ConsultationAnswer(addressee: "市财政局")), on: "2019-04-20"),
            ])
        let counted = clock.deadline(for: agency, asOf: "2019-04-20")
        #expect(counted.dueDate == "2019-04-25")
        #expect(counted.explanations.contains { $0.contains("第二十四条第三款只规定征求第三方意见所需时间不计算在答复期限内") })
    }

    @Test("第三十五条 does not exist under 2007: asking for reasons is refused")
    func noArticle35() throws {
        var item = try request("2019-04-03")
        do {
            try item.record(RequestEvent(.reasonsRequested, on: "2019-04-08"))
            Issue.record("accepted")
        } catch {
            #expect(error.reason == .article35NotInRegime)
        }
        #expect(!item.progress.allows(.reasonsRequested))
    }
}
