import GongkaiCore

/// The reply types offered on the draft form, each a `StatutoryReply` with its stable form
/// value and its Chinese label with the provision.
enum ReplyChoice {
    static let all: [(value: String, reply: StatutoryReply)] =
        [
            ("alreadyDisclosed", .alreadyDisclosed), ("provided", .provided), ("separated", .separated),
        ]
        + DenialGround.allCases.map { ("withheld.\($0.rawValue)", StatutoryReply.withheld($0)) }
        + [
            ("notExisting", .notExisting), ("notThisAgency", .notThisAgency), ("needsCreation", .needsCreation),
            ("stillUnclearAfterCorrection", .stillUnclearAfterCorrection), ("repeatedApplication", .repeatedApplication),
            ("specialProcedure", .specialProcedure), ("petitionOrComplaint", .petitionOrComplaint),
            ("publication", .publication), ("excessive", .excessive), ("confirmationOfObtained", .confirmationOfObtained),
        ]

    static func reply(for value: String) -> StatutoryReply? { all.first { $0.value == value }?.reply }

    static func value(for reply: StatutoryReply) -> String? { all.first { $0.reply == reply }?.value }

    /// "予以公开（第三十六条第（二）项）".
    static func label(_ reply: StatutoryReply) -> String {
        let what: String =
            switch reply {
            case .alreadyDisclosed: "已主动公开，告知获取方式"
            case .provided: "予以公开"
            case .separated: "部分公开（区分处理）"
            case .withheld(let ground): "不予公开：\(ground.result.label)"
            case .notExisting: "无法提供：经检索没有所申请的信息"
            case .notThisAgency: "无法提供：不属于本机关负责公开"
            case .needsCreation: "无法提供：没有现成信息，需要另行制作"
            case .stillUnclearAfterCorrection: "无法提供：补正后申请内容仍不明确"
            case .repeatedApplication: "不予处理：重复申请"
            case .specialProcedure: "告知按有关法律、行政法规办理（工商、不动产登记资料等）"
            case .petitionOrComplaint: "不予处理：信访、投诉、举报类申请"
            case .publication: "不予处理：要求提供公开出版物"
            case .excessive: "不予处理：无正当理由大量、频繁申请"
            case .confirmationOfObtained: "不予处理：要求确认或重新出具已获取的信息"
            case .other: "其他处理"
            }
        return reply.provision.map { "\(what)（\($0)）" } ?? what
    }
}
