/// The paragraph styles of an official letter (GB/T 9704—2012 §7.2.4, §7.3.2, §7.3.5, §7.4.2),
/// beside the report's in the one `styles.xml`:
///
/// - `DocumentNumber` (发文字号): 3号 仿宋, centred under the title, one empty line after it;
/// - `Salutation` (主送): flush left, no indent, ending with a full-width colon;
/// - `Signature` (发文机关署名, 成文日期): right-aligned; each paragraph sets its own right indent so
///   the signature is centred over the date and the date stands four characters from the right
///   edge (`LetterLayout`);
/// - `CopyTo` (版记 抄送): 4号 仿宋, one character in from both edges, between two rules.
extension DocxStyles {
    /// 4号: the size of the 版记.
    static let copyToSize = 28

    static func letterStyles(_ xml: inout XMLWriter) {
        paragraphStyle(
            &xml, id: "DocumentNumber", name: "Document Number", basedOn: "Normal", next: "Salutation"
        ) { xml in
            xml.empty("w:keepNext")
            xml.empty("w:spacing", [("w:after", "\(DocxStyle.linePitch)")])
            xml.empty("w:ind", [("w:firstLine", "0")])
            xml.empty("w:jc", [("w:val", "center")])
        } runProperties: { _ in
        }
        paragraphStyle(&xml, id: "Salutation", name: "Salutation", basedOn: "Normal", next: "Normal") { xml in
            xml.empty("w:keepNext")
            xml.empty("w:ind", [("w:firstLine", "0")])
        } runProperties: { _ in
        }
        paragraphStyle(&xml, id: "Signature", name: "Signature", basedOn: "Normal") { xml in
            xml.empty("w:keepNext")
            xml.empty("w:keepLines")
            xml.empty("w:ind", [("w:firstLine", "0")])
            xml.empty("w:jc", [("w:val", "right")])
        } runProperties: { _ in
        }
        paragraphStyle(&xml, id: "CopyTo", name: "Copy To", basedOn: "Normal") { xml in
            xml.element("w:pBdr") { xml in
                // 0.35 mm rules above and below (GB/T 9704 §7.4.1: 首条和末条分隔线用粗线).
                xml.empty("w:top", [("w:val", "single"), ("w:sz", "8"), ("w:space", "4"), ("w:color", "000000")])
                xml.empty("w:bottom", [("w:val", "single"), ("w:sz", "8"), ("w:space", "4"), ("w:color", "000000")])
            }
            xml.empty("w:ind", [("w:left", "280"), ("w:right", "280"), ("w:firstLine", "0")])
        } runProperties: { xml in
            size(&xml, copyToSize)
        }
    }
}
