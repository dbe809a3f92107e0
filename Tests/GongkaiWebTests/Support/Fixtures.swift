import Foundation

/// Test data a citizen or an officer would type or upload.
enum Fixtures {
    /// A 居民身份证 number from its first 17 digits, with the GB 11643 check character
    /// (ISO 7064 MOD 11-2) computed here, independently of the core.
    static func residentID(_ first17: String) -> String {
        precondition(first17.count == 17 && first17.allSatisfy(\.isNumber))
        let weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
        let sum = zip(first17, weights).reduce(0) { $0 + $1.0.wholeNumberValue! * $1.1 }
        return first17 + String(Array("10X98765432")[sum % 11])
    }

    /// A citizen filing a request: every field of the form for a 自然人.
    struct Citizen: Sendable {
        var name: String
        var idNumber: String
        var phone: String
        var address: String
        var email: String

        /// The form fields (names as on the request form).
        var formFields: [String: String] {
            [
                "applicantKind": "naturalPerson", "name": name, "idKind": "residentIDCard", "idNumber": idNumber,
                "phone": phone, "address": address, "email": email,
            ]
        }
    }

    /// A citizen with values found nowhere else in the demo data, so a page or a log line that
    /// contains them can only have them from this citizen.
    static func citizen(_ serial: Int = 1) -> Citizen {
        let sequence = String(format: "%03d", 700 + serial % 300)
        return Citizen(
            name: "欧阳测试\(["甲", "乙", "丙", "丁", "戊"][serial % 5])", idNumber: residentID("32010219880412" + sequence),
            phone: "1390771\(String(format: "%04d", 4400 + serial % 5000))", address: "江东市测试路\(serial)号",
            email: "citizen\(serial)@example.cn")
    }

    /// What a test citizen asks for.
    static let content = "2025年度江东市中小学校舍安全检查报告（含整改情况）"

    /// Hostile text: markup that would run if rendered raw, and SQL that would match every row if
    /// pasted into a query.
    static let script = "<script>alert(1)</script>"
    static let sqlInjection = "' OR 1=1 --"
    static let hostile = "\(script) \(sqlInjection)"

    /// A tiny real PNG (1×1, grey).
    static let png = Data(
        base64Encoded: "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAAAAAA6fptVAAAACklEQVR4nGNoAAAAggCBd81ytgAAAABJRU5ErkJggg==")!

    /// A small PDF file's bytes (the type is sniffed from its header).
    static let pdf = Data("%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n".utf8)

    /// A Windows program renamed to look like a PDF.
    static let exeNamedPDF = UploadFile(
        name: "身份证扫描件.pdf", contentType: "application/pdf",
        bytes: Data([0x4D, 0x5A, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00]) + Data(repeating: 0x00, count: 512))

    /// A PDF one byte over `limit`.
    static func oversizedPDF(limit: Int) -> UploadFile {
        var bytes = Data("%PDF-1.4\n".utf8)
        bytes.append(Data(repeating: 0x20, count: limit + 1 - bytes.count))
        return UploadFile(name: "扫描件-过大.pdf", contentType: "application/pdf", bytes: bytes)
    }
}
