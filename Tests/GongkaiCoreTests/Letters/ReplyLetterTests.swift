import Testing

@testable import GongkaiCore

@Suite("答复书: one wording per reply type, citing the right article and item")
struct ReplyLetterTests {
    let facts = LetterFixtures.facts()

    @Test("Every reply type cites exactly the provisions it rests on, in the body and in the legal basis", arguments: LetterFixtures.allReplies)
    func provisions(_ reply: StatutoryReply) throws {
        let letter = try LetterComposer.reply(reply, details: LetterFixtures.details, facts: facts)
        let expected = LetterFixtures.expectedProvisions(reply)
        let cited = LetterFixtures.citedProvisions(in: letter.body.joined())
        #expect(cited == expected, "\(reply): cites \(cited.sorted()), expected \(expected.sorted())")
        let regulationBasis = Set(letter.legalBasis.filter { $0.law == Statute.regulation }.compactMap(\.provision))
        #expect(regulationBasis == expected)
        if !expected.isEmpty {
            let text = letter.body.joined()
            #expect(text.contains("《中华人民共和国政府信息公开条例》"))
            let shortUses = text.components(separatedBy: "《条例》").count - 1
            #expect(text.contains("（以下简称《条例》）") == (shortUses > 1), "the short name is defined only when used again")
        } else {
            #expect(!letter.body.joined().contains("条例"), "\(reply) has no article and must not invent one")
        }
    }

    @Test("Every reply restates the request, names the applicant and carries the appeal sentence", arguments: LetterFixtures.allReplies)
    func requiredElements(_ reply: StatutoryReply) throws {
        let letter = try LetterComposer.reply(reply, details: LetterFixtures.details, facts: facts)
        #expect(letter.kind == .reply)
        #expect(letter.title == "江东市江东区教育局政府信息公开申请答复书")
        #expect(letter.number == "江东教依申复〔2026〕5号")
        #expect(letter.addressee == "张三")
        #expect(letter.body[0] == "本机关于2026年1月5日收到您提交的政府信息公开申请（申请编号：江东教依申〔2026〕3号），"
            + "您申请获取“2025年度全区中小学校舍维修工程的招标文件和中标结果”。")
        #expect(letter.issuer == "江东市江东区教育局" && letter.dateText == "2026年1月20日")
        #expect(letter.contact == "联系人：王芳，联系电话：0512-66668888")
        #expect(letter.closing == "特此答复。")
        let appeal = try #require(letter.appealRights)
        #expect(appeal.contains("江东市江东区人民政府申请行政复议"))
        #expect(appeal.contains(reply.requiresReconsiderationFirst ? "应当先申请行政复议" : "江东市江东区人民法院提起行政诉讼"))
    }

    @Test("Refusals give the officer's reasons and the ground in the words of its article")
    func refusals() throws {
        for ground in DenialGround.allCases where ground != .queryMatters {
            let letter = try LetterComposer.reply(.withheld(ground), details: LetterFixtures.details, facts: facts)
            let text = letter.body.joined()
            #expect(text.contains(LetterFixtures.reasons + "。"))
            #expect(text.contains(ground.letterPhrase))
            #expect(text.contains("本机关决定不予公开"))
        }
        let secret = try LetterComposer.reply(.withheld(.stateSecret), details: LetterFixtures.details, facts: facts)
        #expect(secret.body[1].contains("根据《中华人民共和国政府信息公开条例》第十四条、第三十六条第（三）项的规定"))
        let process = try LetterComposer.reply(.withheld(.processInformation), details: LetterFixtures.details, facts: facts)
        #expect(process.body[1].contains("第十六条第二款、第三十六条第（三）项"))
        #expect(!process.body[1].contains("第十六条第一款"))
    }

    @Test("A refusal on 第十五条 after the third party objected also cites 第三十二条")
    func thirdPartyObjected() throws {
        var details = LetterFixtures.details
        details.thirdPartyObjected = true
        let letter = try LetterComposer.reply(.withheld(.thirdPartyRights), details: details, facts: facts)
        #expect(LetterFixtures.citedProvisions(in: letter.body[1]) == ["第十五条", "第三十二条", "第三十六条第（三）项"])
        #expect(letter.body[1].contains("第三方不同意公开且理由合理"))
    }

    @Test("行政查询事项 is referred to 第三十六条第（七）项, never refused under 第三十六条第（三）项")
    func queryMatters() throws {
        let letter = try LetterComposer.reply(.withheld(.queryMatters), details: LetterFixtures.details, facts: facts)
        #expect(LetterFixtures.citedProvisions(in: letter.body[1]) == ["第三十六条第（七）项"])
        #expect(letter.body[1].contains("向江东市不动产登记中心申请查询"))
        #expect(!StatutoryReply.withheld(.queryMatters).requiresReconsiderationFirst)
        #expect(StatutoryReply.withheld(.queryMatters).provision == "第三十六条第（七）项")
    }

    @Test("Granted: how to obtain it, in the form asked for or the one the officer sets")
    func delivery() throws {
        let electronic = try LetterComposer.reply(.provided, details: LetterFixtures.details, facts: facts)
        #expect(electronic.body.contains("本机关向您提供的政府信息为：《2025年度校舍维修工程招标公告》；《中标结果公示》。"))
        #expect(electronic.body.contains("本机关以电子数据形式向您提供上述政府信息，随本答复书一并发送。"))
        var details = LetterFixtures.details
        details.delivery = Delivery(.paper, detail: "邮寄至您提供的通信地址")
        let paper = try LetterComposer.reply(.provided, details: details, facts: facts)
        #expect(paper.body.contains("本机关以纸质形式向您提供上述政府信息，邮寄至您提供的通信地址。"))
        details.delivery = Delivery(.selfCollect)
        #expect(throws: LetterError.missing(.deliveryDetail)) {
            try LetterComposer.reply(.provided, details: details, facts: facts)
        }
        details.delivery = Delivery(.selfCollect, detail: "2026年2月6日前的工作日，到本局一楼政务公开窗口")
        let collect = try LetterComposer.reply(.provided, details: details, facts: facts)
        #expect(collect.body.last!.hasPrefix("请您携带有效身份证明，按以下时间和地点领取上述政府信息：2026年2月6日前"))
        var request = LetterFixtures.request
        request.deliveryForm = nil
        #expect(throws: LetterError.missing(.delivery)) {
            try LetterComposer.reply(.provided, details: ReplyDetails(), facts: LetterFixtures.facts(request: request))
        }
    }

    @Test("部分公开 provides the disclosable part and explains the withheld part on its grounds")
    func separated() throws {
        let letter = try LetterComposer.reply(.separated, details: LetterFixtures.details, facts: facts)
        let text = letter.body.joined()
        #expect(text.contains("能够作区分处理。根据《中华人民共和国政府信息公开条例》（以下简称《条例》）第三十七条的规定"))
        #expect(text.contains("对不予公开的内容，理由如下：\(LetterFixtures.reasons)。该部分内容属于行政机关的内部事务信息"))
        #expect(text.contains("根据《条例》第十六条第一款的规定，本机关不予公开。"))
        #expect(StatutoryReply.separated.requiresReconsiderationFirst)
        var details = LetterFixtures.details
        details.withheldGrounds = []
        let notInformation = try LetterComposer.reply(.separated, details: details, facts: facts)
        #expect(notInformation.body.joined().contains("该部分内容不属于政府信息，本机关不予提供。"))
        #expect(LetterFixtures.citedProvisions(in: notInformation.body.joined()) == ["第三十七条"])
    }

    @Test("A missing required detail names the field to fix, in Chinese", arguments: LetterFixtures.allReplies)
    func requiredDetails(_ reply: StatutoryReply) throws {
        for field in reply.requiredDetails where field != .delivery {
            var details = LetterFixtures.details
            switch field {
            case .reasons: details.reasons = nil
            case .publishedAt: details.publishedAt = nil
            case .previousReplyDate: details.previousReplyDate = nil
            case .procedure: details.procedure = nil
            case .whereToObtain: details.whereToObtain = nil
            default: Issue.record("untested field \(field)")
            }
            #expect(throws: LetterError.missing(field)) {
                try LetterComposer.reply(reply, details: details, facts: facts)
            }
            #expect(LetterError.missing(field).message.hasPrefix("“\(field.label)”不能为空"))
        }
    }

    @Test("The reasons the law requires are required: 不予公开, 部分公开, 非本机关负责公开")
    func reasonsRequired() {
        for reply in [StatutoryReply.withheld(.stateSecret), .separated, .notThisAgency] {
            #expect(reply.requiredDetails.contains(.reasons))
        }
        #expect(!StatutoryReply.provided.requiredDetails.contains(.reasons))
    }

    @Test("An organisation is addressed as 贵单位")
    func organisation() throws {
        var request = LetterFixtures.request
        request.applicantName = "江东某某律师事务所"
        request.applicantIsOrganization = true
        let letter = try LetterComposer.reply(.notExisting, details: ReplyDetails(), facts: LetterFixtures.facts(request: request))
        #expect(letter.addressee == "江东某某律师事务所")
        #expect(letter.body[0].contains("收到贵单位提交的") && letter.body[1].contains("现告知贵单位该政府信息不存在"))
        #expect(!letter.body.joined().contains("您"))
    }
}

@Suite("不予处理告知书: the （五） results, worded like the reply")
struct NotProcessedLetterTests {
    let facts = LetterFixtures.facts()

    @Test("Only the 不予处理 results get a 不予处理告知书, with the reply's wording and article")
    func kinds() throws {
        let notProcessed: [StatutoryReply] = [
            .petitionOrComplaint, .repeatedApplication, .publication, .excessive, .confirmationOfObtained,
        ]
        for reply in LetterFixtures.allReplies {
            guard notProcessed.contains(reply) else {
                #expect(throws: LetterError.notANotProcessedReply(reply)) {
                    try LetterComposer.notProcessed(reply, details: LetterFixtures.details, facts: facts)
                }
                continue
            }
            let letter = try LetterComposer.notProcessed(reply, details: LetterFixtures.details, facts: facts)
            let answer = try LetterComposer.reply(reply, details: LetterFixtures.details, facts: facts)
            #expect(letter.kind == .notProcessed && letter.title == "江东市江东区教育局政府信息公开申请不予处理告知书")
            #expect(letter.body == answer.body)
            #expect(letter.closing == "特此告知。")
            #expect(letter.appealRights?.contains("如对上述处理不服，可以自收到本告知书之日起60日内") == true)
            #expect(LetterFixtures.citedProvisions(in: letter.body.joined()) == LetterFixtures.expectedProvisions(reply))
        }
    }

    @Test("重复申请 names the earlier reply; 大量反复 the request for reasons; 确认或重新出具 cites no article")
    func wording() throws {
        let repeated = try LetterComposer.notProcessed(.repeatedApplication, details: LetterFixtures.details, facts: facts)
        #expect(repeated.body[1].contains("本机关已于2025年11月3日就您提出的政府信息公开申请作出答复（江东教依申复〔2025〕41号）"))
        #expect(repeated.body[1].contains("第三十六条第（六）项的规定，本机关不予重复处理"))
        let excessive = try LetterComposer.notProcessed(.excessive, details: LetterFixtures.details, facts: facts)
        #expect(excessive.body[1].contains("本机关已于2026年1月9日要求您说明理由"))
        let confirmation = try LetterComposer.notProcessed(.confirmationOfObtained, details: ReplyDetails(), facts: facts)
        #expect(confirmation.body[1] == "经审查，您的申请系要求本机关对您已经获取的信息予以确认或者重新出具，并非申请获取政府信息。本机关对您的申请不予处理。")
        #expect(confirmation.legalBasis.allSatisfy { $0.law != Statute.regulation })
        let petition = try LetterComposer.notProcessed(.petitionOrComplaint, details: LetterFixtures.details, facts: facts)
        #expect(petition.body[1].hasSuffix("本机关不作为政府信息公开申请处理。您可以通过江东区12345政务服务便民热线提出。"))
    }
}

@Suite("Letter facts are checked before anything is written")
struct LetterFactsValidationTests {
    @Test("Blank names, a bad number, dates before receipt or before the Regulation are refused")
    func validation() {
        let details = LetterFixtures.details
        #expect(throws: LetterError.missing(.applicantName)) {
            try LetterComposer.reply(.provided, details: details, facts: LetterFixtures.facts(request: RequestSummary(
                applicantName: "　", applicantIsOrganization: false, caseNumber: "1", receivedOn: "2026-01-05",
                content: "某文件", deliveryForm: .paper)))
        }
        var facts = LetterFixtures.facts()
        facts.number = DocumentNumber(prefix: "江东教依申复", year: 26, serial: 5)
        #expect(throws: LetterError.invalidNumber(facts.number)) {
            try LetterComposer.reply(.provided, details: details, facts: facts)
        }
        #expect(throws: LetterError.beforeReceipt(letter: "2026-01-04", received: "2026-01-05")) {
            try LetterComposer.reply(.provided, details: details, facts: LetterFixtures.facts(date: "2026-01-04"))
        }
        let old = RequestSummary(
            applicantName: "张三", applicantIsOrganization: false, caseNumber: "1", receivedOn: "2019-05-01",
            content: "某文件", deliveryForm: .paper)
        #expect(throws: LetterError.beforeRegulation("2019-05-10")) {
            try LetterComposer.reply(.provided, details: details, facts: LetterFixtures.facts(date: "2019-05-10", request: old))
        }
        #expect(LetterError.beforeReceipt(letter: "2026-01-04", received: "2026-01-05").message
            == "成文日期2026年1月4日早于收到申请之日2026年1月5日")
        #expect(DocumentNumber(prefix: "江东教依申复", year: 2026, serial: 12).description == "江东教依申复〔2026〕12号")
    }

    @Test("A recorded request gives its summary: applicant, number, date, content, column")
    func fromRequest() throws {
        let person = try NaturalPersonApplicant(
            name: "李四", idDocument: try IdentityDocument(kind: .residentIDCard, number: "11010519491231002X"),
            contact: ContactInfo(phone: "13800000000"))
        let request = try DisclosureRequest(
            id: "江东教依申〔2026〕7号", agencyID: "江东区教育局", applicant: .naturalPerson(person), channel: .online,
            content: "某某文件", receivedOn: "2026-01-06")
        let summary = RequestSummary(request, deliveryForm: .paper)
        #expect(summary.applicantName == "李四" && !summary.applicantIsOrganization)
        #expect(summary.caseNumber == "江东教依申〔2026〕7号" && summary.receivedOn == "2026-01-06")
        #expect(summary.content == "某某文件" && summary.deliveryForm == .paper)
    }
}
