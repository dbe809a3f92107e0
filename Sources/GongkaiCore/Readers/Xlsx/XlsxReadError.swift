/// Why a workbook (.xlsx) could not be read, in terms an officer can act on.
public struct XlsxReadError: Error, Sendable, Hashable, CustomStringConvertible {
    /// What went wrong.
    public enum Reason: Sendable, Hashable {
        /// Not a zip archive, cut short, damaged, or encrypted.
        case corruptArchive(detail: String)
        /// A part unpacks beyond the cap (a zip bomb, or far larger than any ledger).
        case partTooLarge(part: String, limit: Int)
        /// No worksheet in the workbook.
        case noWorksheet
        /// A part declares a document type or entities (XXE, billion laughs): refused unparsed.
        case xmlDeclarationsRefused(part: String)
        /// A part is not well-formed XML.
        case malformedXML(part: String, line: Int, detail: String)
        /// More rows than the cap.
        case tooManyRows(limit: Int)
        /// A cell beyond the last column a worksheet can have (XFD).
        case columnOutOfRange(reference: String, row: Int)
        /// The sheet would hold more cells than the cap once laid out in rows.
        case tooManyCells(limit: Int)
        /// A shared-string cell pointing past the shared strings.
        case sharedStringOutOfRange(reference: String, row: Int)
    }

    /// What went wrong.
    public let reason: Reason

    /// An error for `reason`.
    public init(_ reason: Reason) { self.reason = reason }

    /// The message in Chinese.
    public var description: String {
        switch reason {
        case .corruptArchive(let detail): "不是有效的 .xlsx 工作簿（\(detail)）"
        case .partTooLarge(let part, let limit):
            "工作簿中的 \(part) 解压后超过 \(limit >> 20) MB 的上限，可能是压缩炸弹，已停止读取"
        case .noWorksheet: "工作簿中没有工作表"
        case .xmlDeclarationsRefused(let part):
            "工作簿中的 \(part) 含有 DOCTYPE 或实体声明；正常的 Excel 文件不含此类声明，为安全起见拒绝读取"
        case .malformedXML(let part, let line, let detail): "工作簿中的 \(part) 第\(line)行 XML 格式错误：\(detail)"
        case .tooManyRows(let limit): "工作表超过 \(limit) 行的上限；请按年度或机关拆分台账后分别导入"
        case .columnOutOfRange(let reference, let row): "第\(row)行的单元格“\(reference)”超出工作表的最大列（XFD）"
        case .tooManyCells(let limit): "工作表展开后超过 \(limit) 个单元格的上限；请删除无关的列或拆分台账"
        case .sharedStringOutOfRange(let reference, let row): "第\(row)行的单元格“\(reference)”引用了不存在的共享字符串"
        }
    }
}
