import FluentKit
import Foundation
import GongkaiCore

extension PlatformDemo {
    /// A demo catalogue item: how long ago it was formed, how many days later it was signed
    /// (`nil`: still waiting), and what became of it.
    struct DemoItem {
        let daysAgo: Int
        let signedAfter: Int?
        let reviewed: Bool
        let genre: String
        let topic: String
        let title: String
        let number: String
        let keywords: String
        let body: String
        var repealedDaysAgo: Int? = nil
    }

    /// The agency's 政府信息公开目录 as the demo starts: items published over the last months
    /// through the real workflow (drafted, reviewed, signed on their days), one 规范性文件
    /// repealed, one draft waiting for review and one waiting for signature.
    func catalogue(agency: AgencyModel, officers: [StaffRole: Officer], today: CivilDate) async throws {
        guard let drafter = officers[.handler], let reviewer = officers[.reviewer], let head = officers[.head] else { return }
        let agencyID = try agency.requireID()
        let year = today.year
        var settings = CatalogueSettings.Input()
        settings.unitCode = "11320100MB0000000X"
        settings.pattern = IndexNumberScheme.defaultPattern
        settings.width = 5
        settings.topics = CatalogueVocabulary.defaultTopics.joined(separator: "\n")
        settings.genres = CatalogueVocabulary.defaultGenres.joined(separator: "\n")
        try await CatalogueSettings(context).save(settings, agencyID: agencyID, actor: "demo")
        let items: [DemoItem] = [
            DemoItem(
                daysAgo: CivilDate(year: year - 1, month: 6, day: 15)!.days(to: today), signedAfter: 6, reviewed: true, genre: "规范性文件", topic: "科技、教育", title: "江东市民办学校办学行为管理办法",
                number: "江教规〔\(year - 1)〕2号", keywords: "民办学校 办学行为",
                body: "第一条 为规范本市民办学校办学行为，根据《中华人民共和国民办教育促进法》等规定，制定本办法。\n第二条 本办法适用于本市行政区域内经批准设立的民办学校。\n第三条 民办学校应当依法制定章程，按照章程管理学校。",
                repealedDaysAgo: 20),
            DemoItem(
                daysAgo: 75, signedAfter: 5, reviewed: true, genre: "财政预决算", topic: "财政、金融、审计", title: "江东市教育局\(year)年部门预算",
                number: "", keywords: "部门预算 三公经费",
                body: "根据《中华人民共和国预算法》和市财政局关于部门预算公开的要求，现将江东市教育局\(year)年部门预算公开如下。\n一、部门主要职责\n二、部门预算收支总表\n三、“三公”经费预算情况说明：\(year)年“三公”经费预算较上年下降5%。"),
            DemoItem(
                daysAgo: 60, signedAfter: 8, reviewed: true, genre: "规范性文件", topic: "科技、教育", title: "江东市教育局关于规范中小学校课后服务工作的通知",
                number: "江教规〔\(year)〕1号", keywords: "课后服务 收费",
                body: "各区教育局，市直属各学校：\n为进一步规范中小学校课后服务，减轻家长负担，现就有关事项通知如下。\n一、课后服务坚持学生家长自愿参加的原则。\n二、课后服务收费标准按市发展改革委核定的标准执行，不得超标准收费。\n本通知自发布之日起施行，有效期五年。"),
            DemoItem(
                daysAgo: 50, signedAfter: 3, reviewed: true, genre: "政策解读", topic: "科技、教育", title: "《关于规范中小学校课后服务工作的通知》政策解读",
                number: "", keywords: "课后服务 解读",
                body: "一、制定背景\n课后服务是解决学生放学后家长接送难问题的重要举措。\n二、主要内容\n明确自愿参加原则、服务时间、收费标准和监督方式。"),
            DemoItem(
                daysAgo: 40, signedAfter: 2, reviewed: true, genre: "通知公告", topic: "科技、教育", title: "关于\(year)年义务教育阶段招生入学工作的通告",
                number: "", keywords: "招生 入学 划片",
                body: "根据《中华人民共和国义务教育法》，现将本市\(year)年义务教育阶段招生入学工作有关事项通告如下。\n一、招生对象：年满六周岁的适龄儿童。\n二、报名时间：5月10日至5月20日。"),
            DemoItem(
                daysAgo: 30, signedAfter: 26, reviewed: true, genre: "统计信息", topic: "科技、教育", title: "\(year - 1)年江东市教育事业统计公报",
                number: "", keywords: "统计公报",
                body: "\(year - 1)年，全市共有各级各类学校612所，在校生41.2万人，专任教师3.1万人。\n学前三年毛入园率98.6%，九年义务教育巩固率100%。"),
            DemoItem(
                daysAgo: 12, signedAfter: 1, reviewed: true, genre: "工作动态", topic: "科技、教育", title: "市教育局开展春季学期校园安全大检查",
                number: "", keywords: "校园安全",
                body: "为保障春季学期校园安全，市教育局会同公安、消防等部门对全市中小学校开展安全大检查，共检查学校126所，发现并督促整改隐患37处。"),
            DemoItem(
                daysAgo: 6, signedAfter: nil, reviewed: true, genre: "规划计划", topic: "科技、教育", title: "江东市学前教育发展提升行动计划（\(year)—\(year + 2)年）",
                number: "", keywords: "学前教育 行动计划",
                body: "为推动学前教育普及普惠安全优质发展，制定本行动计划。\n到\(year + 2)年，全市普惠性幼儿园覆盖率达到92%以上。"),
            DemoItem(
                daysAgo: 3, signedAfter: nil, reviewed: false, genre: "通知公告", topic: "科技、教育", title: "关于公布\(year)年市级优秀教学成果奖获奖名单的通知",
                number: "", keywords: "教学成果奖",
                body: "经评审委员会评审和公示，现将\(year)年市级优秀教学成果奖获奖名单予以公布。"),
        ]
        for item in items {
            let formed = today.adding(days: -item.daysAgo)
            func on(_ day: CivilDate) -> CatalogueWorkflow {
                CatalogueWorkflow(ServiceContext(db: context.db, logger: context.logger, clock: .fixed(day: min(day, today))))
            }
            var input = CatalogueDraftInput()
            input.title = item.title
            input.publisher = agency.name
            input.documentNumber = item.number
            input.topic = item.topic
            input.genre = item.genre
            input.keywords = item.keywords
            input.formedOn = formed.description
            input.body = item.body
            let id = try await on(formed).draft(input, agencyID: agencyID, officer: drafter)
            guard item.reviewed else { continue }
            var review = CatalogueWorkflow.ReviewInput()
            review.decision = SecrecyReview.Decision.pass.rawValue
            try await on(formed.adding(days: 1)).review(itemID: id, review, agencyID: agencyID, officer: reviewer)
            guard let after = item.signedAfter else { continue }
            let signed = formed.adding(days: after)
            try await on(signed).sign(itemID: id, publishOn: nil, revision: nil, agencyID: agencyID, officer: head)
            if let repealed = item.repealedDaysAgo {
                var validity = CatalogueWorkflow.ValidityInput()
                validity.validity = CatalogueValidity.repealed.rawValue
                validity.changedOn = today.adding(days: -repealed).description
                validity.reason = "已被新的管理办法取代"
                try await on(today).setValidity(itemID: id, validity, agencyID: agencyID, officer: head)
            }
        }
    }
}
