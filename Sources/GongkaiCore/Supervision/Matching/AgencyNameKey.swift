/// Agency names as they are compared: the same agency is written with and without spaces,
/// full-width or ASCII letters, a parenthesised second name, "人民政府" or just "政府".
enum AgencyNameKey {
    /// The comparable form of `name`: spaces, quotes and punctuation removed, anything in
    /// brackets dropped ("（区政务公开办）"), "人民政府" shortened to "政府".
    static func key(_ name: String) -> String {
        let normalized = LabelText.normalize(name)
        var result = ""
        result.reserveCapacity(normalized.utf8.count)
        var depth = 0
        for character in normalized {
            switch character {
            case "(", "（", "【", "[", "〔": depth += 1
            case ")", "）", "】", "]", "〕": depth = max(0, depth - 1)
            case "·", "•", "-", "—", "_", "、", ",", "，", ".", "。", "/", ":", "：": continue
            default: if depth == 0 { result.append(character) }
            }
        }
        return result.replacingOccurrences(of: "人民政府", with: "政府")
    }
}
