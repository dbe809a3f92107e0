import Foundation

extension WorkdayCalendar {
    /// The bundled arrangements (`Resources/cn-workdays.txt`: 2019–2026, with 2018-12-29..31).
    ///
    /// The bundled file is part of the build and tested, so failing to read it is a packaging
    /// error, not a runtime condition: this traps. Use `loadOfficial()` to handle it instead.
    public static let official: WorkdayCalendar = {
        do {
            return try loadOfficial()
        } catch {
            fatalError("内置节假日数据无法读取：\(error)")
        }
    }()

    /// The bundled arrangements, or why they could not be read.
    public static func loadOfficial() throws(WorkdayDataError) -> WorkdayCalendar {
        guard let url = bundledDataURL else {
            throw WorkdayDataError(source: "cn-workdays.txt", line: 0, reason: .unreadable(detail: "资源包中缺少该文件"))
        }
        return try WorkdayCalendar.weekendsOnly.extended(withContentsOf: url)
    }

    /// Where the bundled `cn-workdays.txt` is.
    public static var bundledDataURL: URL? {
        Bundle.module.url(forResource: "cn-workdays", withExtension: "txt", subdirectory: "Resources")
            ?? Bundle.module.url(forResource: "cn-workdays", withExtension: "txt")
    }

    /// `base` with the blocks of `texts` applied in order (later blocks replace earlier ones for
    /// the same year): e.g. `WorkdayCalendar(parsing: correctedNotice, base: .official)`.
    public init(parsing texts: String..., base: WorkdayCalendar = .weekendsOnly) throws(WorkdayDataError) {
        var blocks = base.yearBlocks
        for (offset, text) in texts.enumerated() {
            let name = texts.count > 1 ? "文本\(offset + 1)" : nil
            blocks += try WorkdayDataParser.parse(text, source: name)
        }
        self.init(blocks: blocks)
    }

    /// This calendar with the blocks of `text` applied; `source` names it in error messages.
    public func extended(with text: String, source: String? = nil) throws(WorkdayDataError) -> WorkdayCalendar {
        WorkdayCalendar(blocks: yearBlocks + (try WorkdayDataParser.parse(text, source: source)))
    }

    /// This calendar with the blocks of the UTF-8 file at `url` applied (the operator's additions,
    /// such as next year's notice or a corrected one).
    public func extended(withContentsOf url: URL) throws(WorkdayDataError) -> WorkdayCalendar {
        let name = url.lastPathComponent
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw WorkdayDataError(source: name, line: 0, reason: .unreadable(detail: error.localizedDescription))
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw WorkdayDataError(source: name, line: 0, reason: .unreadable(detail: "不是 UTF-8 文本"))
        }
        return try extended(with: text, source: name)
    }
}
