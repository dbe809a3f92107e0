import Foundation

@testable import GongkaiCore

/// A county-level department of the demo region, its request and the details each reply type
/// needs: the facts every letter test starts from.
enum LetterFixtures {
    static let agency = AgencyLetterProfile(
        name: "江东市江东区教育局", contactPerson: "王芳", phone: "0512-66668888",
        appeal: AppealVenues(reconsiderationBody: "江东市江东区人民政府", court: "江东市江东区人民法院"))

    static let request = RequestSummary(
        applicantName: "张三", applicantIsOrganization: false, caseNumber: "江东教依申〔2026〕3号",
        receivedOn: "2026-01-05", content: "2025年度全区中小学校舍维修工程的招标文件和中标结果", deliveryForm: .electronic)

    static func facts(
        date: CivilDate = "2026-01-20", request: RequestSummary = request, agency: AgencyLetterProfile = agency,
        copyTo: [String] = []
    ) -> LetterFacts {
        LetterFacts(
            agency: agency, request: request, number: DocumentNumber(prefix: "江东教依申复", year: date.year, serial: 5),
            date: date, copyTo: copyTo)
    }

    /// Every reply type, each ground of 36(三) once.
    static let allReplies: [StatutoryReply] =
        [.alreadyDisclosed, .provided, .separated] + DenialGround.allCases.map(StatutoryReply.withheld)
        + [
            .notExisting, .notThisAgency, .needsCreation, .stillUnclearAfterCorrection, .repeatedApplication,
            .specialProcedure, .petitionOrComplaint, .publication, .excessive, .confirmationOfObtained, .other,
        ]

    /// The officer's reasons in every fixture: a marker the tests find in the letter.
    static let reasons = "该文件系本局内部人事调整方案，不对外产生效力"

    /// Details that satisfy every reply type (each type reads the fields it needs).
    static let details = ReplyDetails(
        reasons: reasons, publishedAt: "本局门户网站“政府信息公开”专栏，网址：https://jy.jiangdong.example/xxgk",
        providedItems: ["《2025年度校舍维修工程招标公告》", "《中标结果公示》"], withheldGrounds: [.internalAffairs],
        responsibleAgency: "江东市江东区住房和城乡建设局", responsibleAgencyContact: "0512-66661234",
        previousReplyDate: "2025-11-03", previousReplyNumber: "江东教依申复〔2025〕41号",
        procedure: "《不动产登记资料查询暂行办法》的规定，向江东市不动产登记中心申请查询",
        channel: "江东区12345政务服务便民热线", whereToObtain: "江东区图书馆或者《江东区人民政府公报》网络版",
        correctionRequestedOn: "2026-01-08", reasonsRequestedOn: "2026-01-09")

    /// The articles and items of the Regulation a reply's decision paragraphs must cite, exactly.
    static func expectedProvisions(_ reply: StatutoryReply) -> Set<String> {
        switch reply {
        case .separated: ["第三十七条", "第十六条第一款"]
        default: Set((reply.provision ?? "").split(separator: "、").map(String.init))
        }
    }

    /// Every provision of the Regulation cited in `text`: "第三十六条第（三）项", "第十六条第二款"…
    static func citedProvisions(in text: String) -> Set<String> {
        let numeral = "[一二三四五六七八九十]+"
        let pattern = "第\(numeral)条(?:第\(numeral)款)?(?:第（\(numeral)）项)?"
        var found: Set<String> = []
        var rest = text[...]
        while let range = rest.range(of: pattern, options: .regularExpression) {
            found.insert(String(rest[range]))
            rest = rest[range.upperBound...]
        }
        return found
    }
}

extension LetterFixtures {
    /// One letter of every kind, with 抄送 on the reply.
    static func oneOfEachKind() throws -> [OfficialLetter] {
        let facts = facts()
        return [
            try LetterComposer.reply(.withheld(.internalAffairs), details: details, facts: LetterFixtures.facts(copyTo: ["江东市江东区人民政府办公室"])),
            try LetterComposer.notProcessed(.repeatedApplication, details: details, facts: facts),
            try LetterComposer.correction(CorrectionParticulars(items: ["请写明工程项目名称"], deadline: "2026-02-03"), facts: facts),
            try LetterComposer.deadlineExtension(ExtensionParticulars(days: 20, newDueDate: "2026-03-04"), facts: facts),
            try LetterComposer.consultation(
                ConsultationParticulars(party: .thirdParty(isOrganization: false), addressee: "李四", reason: "该信息含有您的个人信息"),
                facts: facts),
            try LetterComposer.feeNotice(
                try FeeNotice(basis: .perCase(monthlyOrdinal: 12), paymentDue: "2026-02-20"), paymentMethod: "银行转账",
                facts: facts),
        ]
    }

    /// A reply whose every typed text is hostile to markup: tags, ampersands, quotes, control characters.
    static func hostileLetter() throws -> OfficialLetter {
        let hostile = #"<script>alert("x")</script> & 'q' <b>"#
        let request = RequestSummary(
            applicantName: "张<三>&\"李\"", applicantIsOrganization: false, caseNumber: "A&B<1>",
            receivedOn: "2026-01-05", content: "\(hostile)\u{7}的文件]]>", deliveryForm: .electronic)
        let agency = AgencyLetterProfile(
            name: "江东<区>教育局", contactPerson: "王'芳'", phone: "0512&1",
            appeal: AppealVenues(reconsiderationBody: "江东\"区\"人民政府", court: "<法院>"))
        return try LetterComposer.reply(
            .withheld(.internalAffairs), details: ReplyDetails(reasons: hostile),
            facts: LetterFacts(
                agency: agency, request: request, number: DocumentNumber(prefix: "江<东>", year: 2026, serial: 1),
                date: "2026-01-20", copyTo: ["</p><p>"]))
    }
}
