import FluentKit
import Foundation
import GongkaiCore

extension PlatformDemo {
    /// The demo's 督办 account, in the office of the city government (江东市人民政府办公室).
    public static let supervisor = Account(username: "duban", displayName: "周督办", role: .supervisor)
    /// The agency of the 督办 account: its region (江东市) is the one supervised.
    public static let supervisingAgency = "江东市人民政府办公室"

    /// The demo roster, in the CSV format of `gongkai collect --agencies` (imported through the
    /// same path as the web's import).
    static let rosterCSV = """
        机关名称,所属地区,上级地区,类型,上级单位,别名,含下级汇总
        江东市人民政府,江东市,,政府,,,是
        江东市人民政府办公室,江东市,,部门,,,
        江东市自然资源和规划局,江东市,,部门,,,
        江东市住房和城乡建设局,江东市,,部门,,,
        江东市生态环境局,江东市,,部门,,,
        江东市教育局,江东市,,部门,,,
        江东市市场监督管理局,江东市,,部门,,,
        江东市东湖区人民政府,东湖区,江东市,政府,,,
        江东市东湖区教育局,东湖区,江东市,部门,,,
        江东市西山区人民政府,西山区,江东市,政府,,,
        江东市西山区卫生健康局,西山区,江东市,部门,,,

        """

    /// The supervision side of the demo: 江东省 › 江东市 › 东湖区/西山区, the platform's agencies
    /// placed in them, the roster, the 督办 account, and last year's reports uploaded as one
    /// .zip and checked (one report left missing, one whose name needs confirming, two of the
    /// year before for the trend, one of them copied the year after).
    func supervision(today: CivilDate) async throws {
        let directory = RegionDirectory(context)
        let city = try await directory.ensure(path: ["江东省", "江东市"])
        let donghu = try await directory.ensure(path: ["江东省", "江东市", "东湖区"])
        try await directory.ensure(path: ["江东省", "江东市", "西山区"])
        for agency in try await AgencyModel.query(on: context.db).all() {
            agency.regionID = agency.name.contains("东湖区") ? donghu.id : city.id
            try await agency.update(on: context.db)
        }
        _ = try await RosterImport(context).run(
            Array(Self.rosterCSV.utf8), file: "名册.csv", scope: city, actor: "demo", agencyID: nil)
        if let office = try await AgencyModel.query(on: context.db).filter(\.$name == Self.supervisingAgency).first() {
            try await UserService(context, hasher: hasher).create(
                .init(
                    username: Self.supervisor.username, displayName: Self.supervisor.displayName, password: Self.password,
                    roles: StaffRoles([.supervisor])),
                agencyID: office.requireID(), actor: "demo")
        }
        let year = today.year - 1
        let reporting: [(name: String, stated: String)] = [
            ("江东市人民政府", "江东市人民政府"), ("江东市人民政府办公室", "江东市人民政府办公室"),
            ("江东市自然资源和规划局", "江东市自然资源和规划局"), ("江东市住房和城乡建设局", "江东市住房和城乡建设局"),
            ("江东市生态环境局", "江东市生态环境局"), ("江东市教育局", "江东市教育局"),
            ("江东市市场监督管理局", "江东市市场监督管理局"), ("江东市东湖区人民政府", "江东市东湖区人民政府"),
            ("江东市东湖区教育局", "东湖教育局"), ("江东市西山区人民政府", "江东市西山区人民政府"),
        ]
        var generator = SampleReportGenerator(seed: UInt64(year))
        let renderer = ReportRenderer()
        let formats: [OutputFormat] = [.text, .docx, .html]
        var files: [(path: String, bytes: [UInt8])] = []
        for (index, entry) in reporting.enumerated() {
            var previous: Report?
            for reportYear in index < 2 ? [year - 1, year] : [year] {
                var report = generator.report(year: reportYear)
                // 江东市人民政府办公室 repeats last year's text: TEXT_COPIED on the board and in its score.
                if index == 1, let previous { report.sections = previous.sections }
                previous = report
                report.agency = entry.stated
                report.title = "\(entry.stated)\(reportYear)年政府信息公开工作年度报告"
                let format = formats[index % formats.count]
                let bytes = try renderer.render([report], as: format)[0]
                files.append(("\(reportYear)年度/\(entry.name).\(format.fileExtension)", bytes))
            }
        }
        let archive = try ReportArchive.pack(files)
        _ = try await SupervisionUploads(context).store(
            fileName: "\(year)年度年报.zip", bytes: archive, year: year, scope: city, actor: "demo", agencyID: nil)
        let worker = CheckWorker(context)
        while try await worker.runOnce() > 0 {}
    }
}
