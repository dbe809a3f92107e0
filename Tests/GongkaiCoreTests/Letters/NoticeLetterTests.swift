import Testing

@testable import GongkaiCore

@Suite("补正、延期、征求意见、收费: the notices that do not end a case")
struct NoticeLetterTests {
    let facts = LetterFixtures.facts(date: "2026-01-08")

    @Test("补正告知书: the items all at once, the deadline, the restarted clock, abandonment; no appeal sentence")
    func correction() throws {
        let letter = try LetterComposer.correction(
            CorrectionParticulars(
                items: ["请写明所需招标文件对应的工程项目名称或者标段编号", "请说明“中标结果”所指的年度 "],
                deadline: "2026-01-23", submission: "本局政府信息公开在线申请平台或者邮寄方式"),
            facts: facts)
        #expect(letter.kind == .correction && letter.title == "江东市江东区教育局政府信息公开申请补正告知书")
        #expect(letter.body[1] == "经审查，您的申请内容不明确。根据《中华人民共和国政府信息公开条例》第三十条的规定，现一次性告知您需要补正的事项：")
        #expect(letter.body[2] == "1.请写明所需招标文件对应的工程项目名称或者标段编号。")
        #expect(letter.body[3] == "2.请说明“中标结果”所指的年度。")
        #expect(letter.body[4] == "补正期限至2026年1月23日止。补正后的申请可以通过本局政府信息公开在线申请平台或者邮寄方式提交。")
        #expect(letter.body[5].contains("答复期限自本机关收到补正后的申请之日起计算"))
        #expect(letter.body[5].contains("无正当理由逾期不补正的，视为放弃申请，本机关不再处理该政府信息公开申请"))
        #expect(letter.appealRights == nil && !LetterKind.correction.carriesAppealRights)
        #expect(LetterFixtures.citedProvisions(in: letter.body.joined()) == ["第三十条"])
        #expect(throws: LetterError.missing(.correctionItems)) {
            try LetterComposer.correction(CorrectionParticulars(items: [" "], deadline: "2026-01-23"), facts: facts)
        }
        #expect(throws: LetterError.deadlineNotAfterLetter(.correctionDeadline, deadline: "2026-01-08", letter: "2026-01-08")) {
            try LetterComposer.correction(CorrectionParticulars(items: ["x"], deadline: "2026-01-08"), facts: facts)
        }
    }

    @Test("延期答复告知书: head of the disclosure office, days, new due date, 第三十三条第二款 and nothing more")
    func extensionNotice() throws {
        let letter = try LetterComposer.deadlineExtension(
            ExtensionParticulars(days: 15, newDueDate: "2026-02-27", reason: "所申请信息涉及多个年度的档案，需要调取核对。"),
            facts: facts)
        #expect(letter.title == "江东市江东区教育局政府信息公开申请延期答复告知书")
        #expect(
            letter.body[1]
                == "因所申请信息涉及多个年度的档案，需要调取核对，本机关不能在规定期限内作出答复。经本机关政府信息公开工作机构负责人同意，"
                + "根据《中华人民共和国政府信息公开条例》第三十三条第二款的规定，答复期限延长15个工作日，"
                + "本机关将最迟于2026年2月27日向您作出答复。")
        #expect(letter.appealRights == nil && letter.closing == "特此告知。")
        #expect(letter.legalBasis == [LegalCitation(Statute.regulation, "第三十三条第二款")])
        let second = try LetterComposer.deadlineExtension(
            ExtensionParticulars(days: 5, newDueDate: "2026-03-06", earlierDays: 15), facts: facts)
        #expect(second.body[1].hasPrefix("本机关不能在规定期限内作出答复"))
        #expect(second.body[1].contains("答复期限延长5个工作日（连同此前延长的15个工作日，共延长20个工作日）"))
        #expect(throws: LetterError.extensionTooLong(days: 6, earlier: 15)) {
            try LetterComposer.deadlineExtension(ExtensionParticulars(days: 6, newDueDate: "2026-03-06", earlierDays: 15), facts: facts)
        }
        #expect(throws: LetterError.extensionTooLong(days: 21, earlier: 0)) {
            try LetterComposer.deadlineExtension(ExtensionParticulars(days: 21, newDueDate: "2026-03-06"), facts: facts)
        }
        #expect(LetterError.extensionTooLong(days: 21, earlier: 0).message.contains("最长20个工作日"))
    }

    @Test("征求意见函 to a third party: the information, why, 15 working days from receipt, no answer → the agency decides")
    func thirdPartyConsultation() throws {
        let letter = try LetterComposer.consultation(
            ConsultationParticulars(
                party: .thirdParty(isOrganization: true), addressee: "江东某某建设工程有限公司",
                information: "2025年度校舍维修工程中标单位的投标报价明细",
                reason: "该信息包含贵单位的投标报价构成，可能涉及商业秘密"),
            facts: facts)
        #expect(letter.addressee == "江东某某建设工程有限公司" && letter.title == "江东市江东区教育局政府信息公开征求意见函")
        let text = letter.body.joined()
        #expect(letter.body[0] == "本机关于2026年1月5日收到一件政府信息公开申请，申请公开的政府信息为：“2025年度校舍维修工程中标单位的投标报价明细”。")
        #expect(text.contains("该信息包含贵单位的投标报价构成，可能涉及商业秘密。该政府信息公开可能损害贵单位的合法权益"))
        #expect(text.contains("第三十二条的规定，现书面征求贵单位的意见"))
        #expect(text.contains("请贵单位自收到本函之日起15个工作日内"))
        #expect(text.contains("逾期未提出意见的，由本机关依照《条例》的规定决定是否公开"))
        #expect(!text.contains("张三"), "the consulted party is not told who applied")
        #expect(letter.appealRights == nil && letter.closing == "请予函复。")
        #expect(LetterFixtures.citedProvisions(in: text) == ["第三十二条"])
        #expect(throws: LetterError.missing(.consultationReason)) {
            try LetterComposer.consultation(
                ConsultationParticulars(party: .thirdParty(isOrganization: false), addressee: "李四"), facts: facts)
        }
    }

    @Test("征求意见函 to a co-making agency: 第三十四条, silence is consent")
    func coMakerConsultation() throws {
        let letter = try LetterComposer.consultation(
            ConsultationParticulars(party: .coMakingAgency, addressee: "江东市江东区财政局"), facts: facts)
        let text = letter.body.joined()
        #expect(text.contains("该政府信息由本机关与贵机关共同制作") && text.contains("第三十四条的规定，现征求贵机关的意见"))
        #expect(text.contains("请贵机关自收到本函之日起15个工作日内提出意见。逾期未提出意见的，视为同意公开。"))
        #expect(LetterFixtures.citedProvisions(in: text) == ["第三十四条"])
        #expect(letter.body[0].contains("2025年度全区中小学校舍维修工程的招标文件和中标结果"))
    }

    @Test("收费通知书: why, method and scale, computation, amount, how and by when to pay, what follows; appeal sentence")
    func feeNotice() throws {
        let notice = try FeeNotice(basis: .perCase(monthlyOrdinal: 35), paymentDue: "2026-02-06")
        let letter = try LetterComposer.feeNotice(notice, paymentMethod: "通过江东区非税收入统一缴款码缴纳（缴款码随本通知书寄送）", facts: facts)
        #expect(letter.title == "江东市江东区教育局政府信息公开信息处理费收费通知书")
        let text = letter.body.joined(separator: "\n")
        #expect(text.contains("数量、频次明显超过合理范围"))
        #expect(text.contains("根据《中华人民共和国政府信息公开条例》第四十二条和《政府信息公开信息处理费管理办法》（国办函〔2020〕109号）的规定"))
        #expect(text.contains("计收方式：按件计收。收费标准：同一申请人一个自然月内累计申请10件以下（含10件）的，不收费"))
        #expect(text.contains("计算方法：本申请为申请人本自然月第35件，按超额累进标准收取200元。"))
        #expect(text.contains("收费金额：人民币200元。"))
        #expect(text.contains("缴纳方式：通过江东区非税收入统一缴款码缴纳（缴款码随本通知书寄送）。"))
        #expect(text.contains("缴纳期限：至2026年2月6日止。逾期未缴纳的，视为放弃申请，本机关不再处理该政府信息公开申请。"))
        #expect(letter.legalBasis.contains(LegalCitation(Statute.feeMeasures, nil)))
        #expect(letter.appealRights?.hasPrefix("如对本收费决定不服，可以自收到本通知书之日起60日内") == true)
        let pages = try LetterComposer.feeNotice(
            try FeeNotice(basis: .perVolume(pages: 120), paymentDue: "2026-02-06"), paymentMethod: "银行转账", facts: facts)
        #expect(pages.body.contains("计算方法：共120页，前30页不收费，第31至100页70页×10元，第101至120页20页×20元，合计1100元。"))
        #expect(throws: LetterError.noFeeDue) {
            try LetterComposer.feeNotice(FeeNotice(basis: .perCase(monthlyOrdinal: 3), amountYuan: 0, paymentDue: "2026-02-06"), paymentMethod: "x", facts: facts)
        }
        #expect(throws: LetterError.feeMismatch(given: 150, scale: 200)) {
            try LetterComposer.feeNotice(FeeNotice(basis: .perCase(monthlyOrdinal: 35), amountYuan: 150, paymentDue: "2026-02-06"), paymentMethod: "x", facts: facts)
        }
        #expect(throws: LetterError.missing(.paymentMethod)) {
            try LetterComposer.feeNotice(notice, paymentMethod: "  ", facts: facts)
        }
        #expect(throws: LetterError.fee(.invalidPages(-1))) {
            try LetterComposer.feeNotice(FeeNotice(basis: .perVolume(pages: -1), amountYuan: 0, paymentDue: "2026-02-06"), paymentMethod: "x", facts: facts)
        }
    }

    @Test("Every error names the form field to fix and says what is wrong in Chinese")
    func errorFields() {
        #expect(LetterError.missing(.court).field == .court)
        #expect(LetterError.missing(.court).message == "“管辖法院”不能为空：请在机关设置中填写管辖法院")
        #expect(LetterError.feeMismatch(given: 150, scale: 200).field == .fee)
        #expect(LetterError.feeMismatch(given: 150, scale: 200).message.contains("150元") )
        #expect(LetterError.deadlineNotAfterLetter(.paymentDue, deadline: "2026-01-08", letter: "2026-01-08").field == .paymentDue)
        #expect(LetterError.notANotProcessedReply(.provided).field == nil)
        #expect(LetterError.notANotProcessedReply(.provided).message == "“（一）予以公开”不属于不予处理情形，应出具政府信息公开申请答复书")
        #expect(Set(LetterField.allCases.map(\.label)).count == LetterField.allCases.count)
    }

    @Test("Only the reply, the 不予处理 notice and the fee notice carry the appeal sentence")
    func appealSentencePolicy() {
        #expect(LetterKind.allCases.filter(\.carriesAppealRights) == [.reply, .notProcessed, .feeNotice])
    }

    @Test("抄送 and the contact line are printed as configured; both may be absent")
    func copyToAndContact() throws {
        let copied = try LetterComposer.reply(
            .notExisting, details: ReplyDetails(),
            facts: LetterFixtures.facts(copyTo: ["江东市江东区人民政府办公室", " ", "江东市江东区司法局"]))
        #expect(copied.copyToLine == "抄送：江东市江东区人民政府办公室，江东市江东区司法局。")
        #expect(copied.contactNote == "（联系人：王芳，联系电话：0512-66668888）")
        let bare = AgencyLetterProfile(name: "江东市江东区教育局", appeal: LetterFixtures.agency.appeal)
        let plain = try LetterComposer.reply(.notExisting, details: ReplyDetails(), facts: LetterFixtures.facts(agency: bare))
        #expect(plain.contact == nil && plain.copyToLine == nil)
        #expect(!plain.lines.contains { $0.hasPrefix("（联系人") || $0.hasPrefix("抄送") })
    }
}
