import FluentKit
import Foundation
import GongkaiCore

/// The demonstration site of `gongkai serve`: the demo region's casework dated relative to the
/// day the server starts (so the queue shows work due soon and overdue today), each agency's
/// portal details, one account per role, and online requests waiting for confirmation.
public struct PlatformDemo: Sendable {
    public let context: ServiceContext
    public let hasher: any PasswordHashing

    /// The agency whose accounts are created.
    public static let agencyName = "江东市教育局"
    /// The password of every demo account (the demo only: real accounts are made with
    /// `gongkai users add`, never with a default password).
    public static let password = "gongkai-demo"

    /// One demo account.
    public struct Account: Sendable {
        public let username: String
        public let displayName: String
        public let role: StaffRole
    }

    /// The demo accounts, one per role.
    public static let accounts: [Account] = [
        Account(username: "jingban", displayName: "王经办", role: .handler),
        Account(username: "shenhe", displayName: "李审核", role: .reviewer),
        Account(username: "fuze", displayName: "张负责", role: .head),
        Account(username: "guanli", displayName: "赵管理", role: .admin),
    ]

    public init(_ context: ServiceContext, hasher: any PasswordHashing) {
        self.context = context
        self.hasher = hasher
    }

    /// Whether the database holds no agency yet (the demo fills only an empty database).
    public func isEmpty() async throws -> Bool { try await AgencyModel.query(on: context.db).count() == 0 }

    /// Fills an empty database; returns `false` (and changes nothing) when it is not empty.
    @discardableResult
    public func run(seed: UInt64 = 2025) async throws -> Bool {
        guard try await isEmpty() else { return false }
        let today = context.clock.today
        let years = [today.year - 1, today.year]
        // A newcomer's queue shows cases due soon and some a few weeks overdue, not forgotten ones.
        _ = try await DemoGenerator(context, seed: seed, years: years, asOf: today, oldestLeftOpen: 100).run()
        let agencies = try await AgencyModel.query(on: context.db).sort(\.$name).all()
        for agency in agencies {
            let index = DemoGenerator.agencies.firstIndex { $0.name == agency.name } ?? 0
            try await profile(for: agency, prefix: "江\(index + 1)")
            for year in years {
                let numbers = try await RequestModel.query(on: context.db).filter(\.$agency.$id == agency.requireID()).all(\.$caseNumber)
                let marker = "〔\(year)〕"
                let highest = numbers.compactMap { number -> Int? in
                    guard let range = number.range(of: marker) else { return nil }
                    return Int(number[range.upperBound...].dropLast())
                }.max() ?? 0
                try await Sequences(context).raise(Sequences.caseNumbers(agencyID: agency.requireID(), year: year), to: highest)
            }
        }
        guard let agency = agencies.first(where: { $0.name == Self.agencyName }) else { return true }
        let agencyID = try agency.requireID()
        var officers: [StaffRole: Officer] = [:]
        for account in Self.accounts {
            let user = try await UserService(context, hasher: hasher).create(
                .init(username: account.username, displayName: account.displayName, password: Self.password, roles: StaffRoles([account.role])),
                agencyID: agencyID, actor: "demo")
            officers[account.role] = Officer(userID: try user.requireID(), actor: "\(account.displayName)（\(account.username)）")
        }
        try await freshCases(agencyID: agencyID, today: today)
        try await pendingSubmissions(agency: agency)
        try await catalogue(agency: agency, officers: officers, today: today)
        try await reportSections(agencyID: agencyID, today: today)
        try await proposals(agencyID: agencyID, actor: officers[.handler]?.actor ?? "demo", today: today)
        for agency in agencies {
            let guides = GuideService(context)
            try await guides.publish(try await guides.generated(agencyID: agency.requireID()), agencyID: agency.requireID(), actor: "demo")
        }
        try await supervision(today: today)
        return true
    }

    /// The portal details of a demo agency.
    func profile(for agency: AgencyModel, prefix: String) async throws {
        var input = AgencyProfiles.Input()
        input.acceptingOffice = "\(agency.name)办公室"
        input.address = "江东市人民大道\(100 + prefix.count * 17)号"
        input.postcode = "210000"
        input.officeHours = "工作日 上午9:00—12:00，下午13:30—17:30（法定节假日除外）"
        input.phone = "025-8888\(String(format: "%04d", abs(agency.name.hashValue) % 10_000))"
        input.fax = ""
        input.email = "gongkai@example.gov.cn"
        input.casePrefix = prefix
        input.letterPrefix = prefix + "公开"
        input.reconsiderationBody = agency.name.hasSuffix("人民政府") ? "江东市人民政府" : "江东市人民政府"
        input.court = "江东市玄武区人民法院"
        try await AgencyProfiles(context).save(input, agencyID: agency.requireID(), actor: "demo")
    }

    /// Requests received a given number of working days before today, so that the queue shows
    /// every state on the day the demo starts: overdue, due today, due soon, on time, paused,
    /// waiting for a correction.
    func freshCases(agencyID: UUID, today: CivilDate) async throws {
        let calendar = WorkdayCalendar.official
        func workingDaysBefore(_ n: Int) -> CivilDate {
            var day = today
            var left = n
            while left > 0 {
                day = day.adding(days: -1)
                if calendar.isWorkingDay(day) { left -= 1 }
            }
            return day
        }
        var generator = CaseworkGenerator(seed: UInt64(today.dayNumber))
        let plans: [(ago: Int, events: (CivilDate) -> [RequestEvent], content: String)] = [
            (24, { _ in [] }, "2025年度学校食堂食品安全检查结果"),
            (21, { _ in [] }, "本市义务教育阶段学校划片招生范围的制定依据"),
            (20, { _ in [] }, "江东市第一中学新校区建设项目的环境影响评价文件"),
            (18, { _ in [] }, "2025年度教育系统“三公”经费决算明细"),
            (16, { _ in [] }, "民办培训机构年检结果名单"),
            (12, { _ in [] }, "校外培训机构退费纠纷处理情况"),
            (6, { _ in [] }, "教师职称评审委员会组成人员名单"),
            (2, { _ in [] }, "2026年春季学期学前教育资助资金分配表"),
            (9, { received in [RequestEvent(.consultationStarted(Consultation(.thirdParty, addressee: "某建设公司")), on: received.adding(days: 3), note: "征求某建设公司意见")] },
             "江东市某中学操场改造工程施工合同"),
            (4, { received in [RequestEvent(.correctionRequested(correctionDue: today.adding(days: 14)), on: received.adding(days: 1), note: "请明确所需文件的名称或年份")] },
             "关于学校的那个文件"),
        ]
        var requests: [DisclosureRequest] = []
        let service = PortalService(context)
        for plan in plans {
            let received = workingDaysBefore(plan.ago)
            let number = try await service.nextCaseNumber(agencyID: agencyID, year: received.year)
            let type = generator.applicantType()
            let request = try DisclosureRequest(
                id: RecordID(number), agencyID: AgencyID(agencyID.uuidString), applicant: generator.applicant(type),
                channel: plan.ago % 2 == 0 ? .letter : .inPerson, content: plan.content, receivedOn: received,
                events: plan.events(received).filter { $0.date <= today })
            requests.append(request)
        }
        try await CaseService(context).create(requests, agencyID: agencyID, actor: "demo")
    }

    /// Two online requests waiting for an officer to confirm receipt.
    func pendingSubmissions(agency: AgencyModel) async throws {
        let service = PortalService(context)
        let contents = ["江东市教育局2025年部门预算公开表", "全市中小学校课后服务收费标准的文件"]
        var generator = CaseworkGenerator(seed: 7)
        for (index, content) in contents.enumerated() {
            var form = PortalService.SubmissionForm()
            let applicant = generator.applicant(.naturalPerson)
            guard case .naturalPerson(let person) = applicant else { continue }
            form.applicant.applicantKind = "naturalPerson"
            form.applicant.name = person.name
            form.applicant.idKind = person.idDocument.kind.rawValue
            form.applicant.idNumber = person.idDocument.number
            form.applicant.phone = person.contact.phone ?? "13800000000"
            form.content = content
            form.deliveryForm = DeliveryForm.electronic.rawValue
            form.submissionKey = "demo-submission-key-\(index)-\(agency.name.unicodeScalars.count)"
            _ = try await service.submit(form, to: agency)
        }
    }
}
