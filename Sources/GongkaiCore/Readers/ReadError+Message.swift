import Foundation

extension ReadError: CustomStringConvertible, LocalizedError {
    /// The message shown to users: the file, then what is wrong and how to fix it.
    public var description: String { "\(file)：\(reason.message)" }
    public var errorDescription: String? { description }
}

extension ReadError.Reason {
    /// What is wrong, in Chinese, with the fix where there is one.
    public var message: String {
        switch self {
        case .empty:
            return "文件为空，没有可读取的内容"
        case .tooLarge(let bytes, let limit):
            return "文件过大（\(Self.size(bytes))），超过读取上限 \(Self.size(limit))；年度报告通常不超过几 MB，请确认文件是否正确"
        case .unrecognizedFormat(let detail):
            return "无法识别的文件格式（\(detail)）；支持 .txt、.html、.docx、.pdf、.md 和标准 JSON"
        case .undecodableText:
            return "无法识别文本编码；支持 UTF-8、带 BOM 的 UTF-16 和 GB18030/GBK，请另存为 UTF-8 后重试"
        case .corruptArchive(let detail):
            return "Word 文档（.docx）已损坏或不完整（\(detail)）；请用 Word 或 WPS 打开后重新保存"
        case .archiveTooLarge(let limit):
            return "Word 文档解压后超过 \(Self.size(limit)) 的上限，可能是压缩炸弹，已停止读取"
        case .notWordDocument:
            return "这是 zip 压缩包，但不是 Word 文档（缺少 word/document.xml）"
        case .malformedXML(let part, let line, let detail):
            return "文档部件 \(part) 第 \(line) 行的 XML 有误（\(detail)）；请用 Word 或 WPS 打开后重新保存"
        case .xmlDeclarationsRefused(let part):
            return "文档部件 \(part) 含有 DOCTYPE 或实体声明，为防止实体扩展攻击已拒绝读取；正常的 Word 文档不含此类声明"
        case .toolMissing(let tool, let package):
            return "读取该格式需要 \(tool)，但系统中没有安装；请安装 \(package)（例如：sudo apt-get install \(package)）"
        case .toolFailed(let tool, let status, let detail):
            let trimmed = detail.trimmingCharacters(in: .whitespacesAndNewlines)
            return "\(tool) 处理失败（退出码 \(status)）" + (trimmed.isEmpty ? "" : "：\(trimmed.prefix(200))")
        case .toolTimedOut(let tool, let seconds):
            return "\(tool) 在 \(seconds) 秒内没有完成，已中止"
        case .scannedPDF:
            return "该 PDF 为扫描图像，没有文字层，无法可靠读取其中的文字和数字；请提供由 Word 或 WPS 直接导出的 PDF，或 .docx 原件"
        case .notAReport:
            return "未找到政府信息公开工作年度报告的章节或表格；请确认这是年度报告全文"
        case .invalidReportJSON(let error):
            return "不是有效的标准报告 JSON：\(error.description)"
        case .io(let detail):
            return "无法读取文件（\(detail)）"
        case .zipArchive(let detail):
            return "压缩包（.zip）无法读取：\(detail)"
        }
    }

    static func size(_ bytes: Int) -> String {
        if bytes >= 1 << 20 { return String(format: "%.1f MB", Double(bytes) / Double(1 << 20)) }
        if bytes >= 1 << 10 { return String(format: "%.1f KB", Double(bytes) / Double(1 << 10)) }
        return "\(bytes) 字节"
    }
}
