/// Why a report could not be written in the format asked for.
public enum RenderError: Error, Sendable, Hashable, CustomStringConvertible {
    /// A converter the format needs is not installed; `package` is the Debian package that provides it.
    case toolMissing(tool: String, package: String)
    /// The converter ran but failed.
    case toolFailed(tool: String, status: Int32, detail: String)
    /// The converter ran longer than allowed and was stopped.
    case toolTimedOut(tool: String, seconds: Int)
    /// The converter finished without writing the file it should have.
    case outputMissing(file: String)
    /// The zip package could not be built.
    case archive(detail: String)
    /// A temporary file could not be written or read.
    case io(detail: String)

    /// The reason in Chinese, precise enough to act on.
    public var message: String {
        switch self {
        case .toolMissing(let tool, let package):
            "需要 \(tool)，但系统中没有安装；请安装 \(package)（sudo apt-get install --no-install-recommends \(package)）"
        case .toolFailed(let tool, let status, let detail):
            "\(tool) 转换失败（退出码 \(status)）" + (detail.isEmpty ? "" : "：\(detail)")
        case .toolTimedOut(let tool, let seconds):
            "\(tool) 在 \(seconds) 秒内没有完成转换，已停止"
        case .outputMissing(let file):
            "转换结束，但没有生成 \(file)"
        case .archive(let detail):
            "无法生成文件包：\(detail)"
        case .io(let detail):
            "无法读写临时文件：\(detail)"
        }
    }

    public var description: String { message }
}
