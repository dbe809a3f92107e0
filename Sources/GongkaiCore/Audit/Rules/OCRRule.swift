/// OCR_VALUE: a part of the report was read by OCR from an image, so its values may be misread —
/// one finding per part, so that no OCR value is taken as certain.
public struct OCRRule: AuditRule {
    public var codes: [RuleCode] { [.ocrValue] }

    public func findings(in context: AuditContext) -> [Finding] {
        context.report.ocr.sorted().map { part in
            let what =
                switch part {
                case .proactive: TableID.proactive.displayName + "的数值"
                case .requests: TableID.requests.displayName + "的数值"
                case .review: TableID.review.displayName + "的数值"
                case .sections: "正文"
                }
            return Finding(
                code: .ocrValue, severity: .info, location: part.rawValue,
                message: "\(what)由 OCR 从扫描图像中识别，可能有误；请与原件逐项核对", source: .ocr)
        }
    }
}
