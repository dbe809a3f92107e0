import FluentKit
import Foundation
import GongkaiCore

/// The 政府信息公开指南 (《条例》第十二条): generated from the agency's portal details, edited by
/// its administrator, and published with the day of its last update.
public struct GuideService: Sendable {
    public let context: ServiceContext

    public init(_ context: ServiceContext) { self.context = context }

    /// The published guide of `agencyID`, if any.
    public func published(agencyID: UUID) async throws -> AgencyGuideModel? {
        try await AgencyGuideModel.query(on: context.db).filter(\.$agency.$id == agencyID).first()
    }

    /// A guide with the content 第十二条 requires, filled in from `agency`'s details.
    public func generated(agencyID: UUID) async throws -> String {
        guard let agency = try await AgencyModel.find(agencyID, on: context.db) else { throw CatalogueWorkflow.ItemNotFound() }
        let profile = try await AgencyProfileModel.query(on: context.db).filter(\.$agency.$id == agencyID).first()
        func value(_ text: String?, _ missing: String) -> String {
            let trimmed = (text ?? "").trimmingCharacters(in: .whitespaces)
            return trimmed.isEmpty ? missing : trimmed
        }
        let office = value(profile?.acceptingOffice, agency.name)
        let reconsideration = value(profile?.reconsiderationBody, "（请在机构设置中填写复议机关）")
        let court = value(profile?.court, "（请在机构设置中填写管辖法院）")
        return """
            为保障公民、法人和其他组织依法获取政府信息，根据《中华人民共和国政府信息公开条例》（以下简称《条例》）第十二条，编制本指南。

            一、主动公开
            （一）公开范围：本机关依照《条例》第十九条、第二十条的规定主动公开的政府信息，详见本机关政府信息公开目录。
            （二）公开方式：通过本平台“政府信息公开目录”栏目公开，并可在政府公报、政务新媒体等载体查阅。
            （三）公开时限：属于主动公开范围的政府信息，自该政府信息形成或者变更之日起20个工作日内予以公开（《条例》第二十六条）。

            二、依申请公开
            （一）受理机构：\(office)
            地址：\(value(profile?.address, "（请在机构设置中填写地址）"))
            邮政编码：\(value(profile?.postcode, "（请在机构设置中填写邮编）"))
            办公时间：\(value(profile?.officeHours, "（请在机构设置中填写办公时间）"))
            联系电话：\(value(profile?.phone, "（请在机构设置中填写电话）"))
            传真：\(value(profile?.fax, "无"))
            电子邮箱：\(value(profile?.email, "（请在机构设置中填写电子邮箱）"))
            （二）申请方式：可通过本平台在线提交申请，也可以信函或当面方式向受理机构提出。申请应包括申请人的姓名或者名称、身份证明、联系方式，申请公开的政府信息的名称、文号或者便于查询的其他特征性描述，以及获取信息的方式和途径（《条例》第二十九条）。
            （三）答复期限：能够当场答复的当场答复；不能当场答复的，自收到申请之日起20个工作日内答复；需要延长的，经负责人同意并告知申请人，延长期限最长不超过20个工作日（《条例》第三十三条）。
            （四）收费：行政机关依申请提供政府信息，不收取费用；申请数量、频次明显超过合理范围的，可以依规定收取信息处理费（《条例》第四十二条）。

            三、监督和救济
            公民、法人或者其他组织认为本机关在政府信息公开工作中侵犯其合法权益的，可以向\(reconsideration)申请行政复议，或者向\(court)提起行政诉讼（《条例》第五十一条）；也可以向上一级行政机关或者政府信息公开工作主管部门投诉、举报。
            """
    }

    /// Saves and publishes `body` as the guide of `agencyID`, dated today.
    public func publish(_ body: String?, agencyID: UUID, actor: String) async throws {
        let text = CatalogueText.sanitisedBody(body ?? "")
        if text.isEmpty { throw FormError([FieldProblem(field: "body", message: "请填写指南正文")]) }
        if text.count > 30_000 { throw FormError([FieldProblem(field: "body", message: "指南正文不超过30000字")]) }
        try await context.db.writeTransaction { db in
            let row = try await AgencyGuideModel.query(on: db).filter(\.$agency.$id == agencyID).first() ?? AgencyGuideModel()
            row.$agency.id = agencyID
            row.body = text
            row.updatedOn = context.clock.today.description
            row.updatedBy = actor
            try await row.save(on: db)
            try await AuditLog.write(
                [AuditEntry(
                    actor: actor, entity: "agency_guide", entityID: try row.requireID().uuidString, action: "publish",
                    diff: .object([JSONMember("fields", .array([.string("body")]))]), agencyID: agencyID)],
                at: context.clock.now(), on: db)
        }
    }
}
