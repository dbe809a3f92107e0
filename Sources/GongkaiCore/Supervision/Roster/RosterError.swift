/// Why a roster cannot be used: every problem found, each with the line of the file where it is
/// (when it comes from a file) and what to change, in Chinese.
public struct RosterError: Error, Sendable, Hashable, CustomStringConvertible {
    /// One problem.
    public struct Problem: Sendable, Hashable, CustomStringConvertible {
        /// The 1-based line of the CSV file, when the problem is on a line.
        public let line: Int?
        public let message: String

        public init(line: Int? = nil, _ message: String) {
            self.line = line
            self.message = message
        }

        /// "第3行：…" or the message alone.
        public var description: String { line.map { "第\($0)行：\(message)" } ?? message }
    }

    /// The roster file as the user named it, if the roster came from a file.
    public var file: String?
    public let problems: [Problem]
    /// Whether the file could not be read at all (its encoding), rather than read with errors in it.
    public let isUnreadable: Bool

    public init(file: String? = nil, problems: [Problem], isUnreadable: Bool = false) {
        self.file = file
        self.problems = problems
        self.isUnreadable = isUnreadable
    }

    /// At most this many problems are listed in `description`; `problems` keeps them all.
    public static let listed = 30

    public var description: String {
        let name = file.map { "名册 \($0)" } ?? "名册"
        var lines = ["\(name)有 \(problems.count) 处问题，请改正后重试："]
        lines += problems.prefix(Self.listed).map { "  \($0)" }
        if problems.count > Self.listed { lines.append("  ……另有 \(problems.count - Self.listed) 处") }
        return lines.joined(separator: "\n")
    }
}
