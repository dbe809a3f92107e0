import Foundation

/// A fontconfig configuration for LibreOffice that stands the closest installed fonts in for the
/// official ones: 仿宋_GB2312, 宋体 and 方正小标宋简体 by a serif (FangSong/SimSun if present, else
/// Noto Serif CJK SC, the title in bold), 黑体 by a sans-serif, 楷体_GB2312 by a Kai face. Without
/// it fontconfig gives every unknown Chinese font name its default sans-serif.
///
/// The system configuration is included first, so everything else stays as installed.
enum FontSubstitution {
    /// Family → preferred installed families, best first.
    static let preferences: [(family: String, prefer: [String])] = [
        (DocxStyle.bodyFont, ["FangSong", "仿宋", "STFangsong", "AR PL UKai CN", "Noto Serif CJK SC"]),
        (DocxStyle.tableFont, ["SimSun", "宋体", "AR PL UMing CN", "Noto Serif CJK SC"]),
        (DocxStyle.level1Font, ["SimHei", "黑体", "WenQuanYi Zen Hei", "Noto Sans CJK SC"]),
        (DocxStyle.level2Font, ["KaiTi", "楷体", "STKaiti", "AR PL UKai CN", "Noto Serif CJK SC"]),
        (DocxStyle.pageNumberFont, ["SimSun", "宋体", "Noto Serif CJK SC"]),
        (DocxStyle.latinFont, ["Liberation Serif", "Tinos", "DejaVu Serif"]),
    ]

    static func configuration() -> String {
        var xml = XMLWriter()
        xml.element("fontconfig") { xml in
            xml.element("include", [("ignore_missing", "yes")], text: "/etc/fonts/fonts.conf")
            for (family, prefer) in preferences {
                xml.element("alias", [("binding", "strong")]) { xml in
                    xml.element("family", text: family)
                    xml.element("prefer") { xml in
                        for name in prefer { xml.element("family", text: name) }
                    }
                }
            }
            // 方正小标宋 is a heavy Song face: a bold serif is the nearest stand-in.
            xml.element("match", [("target", "pattern")]) { xml in
                xml.element("test", [("name", "family")]) { $0.element("string", text: DocxStyle.titleFont) }
                xml.element("edit", [("name", "family"), ("mode", "assign"), ("binding", "strong")]) { xml in
                    for name in ["FZXiaoBiaoSong-B05S", "Noto Serif CJK SC"] { xml.element("string", text: name) }
                }
                xml.element("edit", [("name", "weight"), ("mode", "assign")]) { $0.element("const", text: "bold") }
            }
        }
        return xml.text
    }

    /// Writes the configuration into `directory`; `nil` when it cannot be written (LibreOffice
    /// then uses the system's choices).
    static func write(in directory: URL) -> URL? {
        let file = directory.appendingPathComponent("fonts.conf")
        do {
            try configuration().write(to: file, atomically: true, encoding: .utf8)
            return file
        } catch {
            return nil
        }
    }
}
