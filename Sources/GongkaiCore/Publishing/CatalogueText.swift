import Foundation

/// The text of catalogue items: the body as accepted (plain text in paragraphs — markup is not
/// interpreted, it is shown as typed), and the character bigrams the full-text search indexes.
///
/// Why bigrams: Chinese has no spaces, so a word index finds nothing; every two consecutive
/// characters of a title or body are indexed, and a query of two or more characters matches
/// the items holding all its bigrams, then the candidates are checked for the query itself. The
/// same plain table and B-tree work on SQLite and PostgreSQL alike.
public enum CatalogueText {
    /// The longest body accepted, in characters.
    public static let maximumBodyLength = 100_000

    /// `text` as stored: line breaks unified, control characters removed, trailing spaces
    /// trimmed, at most one empty line between paragraphs.
    public static func sanitisedBody(_ text: String) -> String {
        let unified = text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
        let cleaned = String(
            String.UnicodeScalarView(
                unified.unicodeScalars.filter { $0 == "\n" || $0 == "\t" || !CharacterSet.controlCharacters.contains($0) }))
        return paragraphs(cleaned).joined(separator: "\n\n")
    }

    /// The paragraphs of `text`: its non-empty lines, trimmed.
    public static func paragraphs(_ text: String) -> [String] {
        text.split(separator: "\n", omittingEmptySubsequences: true)
            .map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty }
    }

    /// `text` folded for search: compatibility forms (full-width Latin and digits) mapped, lower case.
    public static func folded(_ text: String) -> String {
        text.precomposedStringWithCompatibilityMapping.lowercased()
    }

    /// The runs of letters and digits of folded `text` (punctuation and spaces separate runs).
    public static func runs(_ text: String) -> [[Character]] {
        var runs: [[Character]] = []
        var current: [Character] = []
        for character in folded(text) {
            if character.isLetter || character.isNumber {
                current.append(character)
            } else if !current.isEmpty {
                runs.append(current)
                current = []
            }
        }
        if !current.isEmpty { runs.append(current) }
        return runs
    }

    /// The distinct bigrams of `text` (a run of one character is its own gram).
    public static func grams(_ text: String) -> Set<String> {
        var grams: Set<String> = []
        for run in runs(text) {
            if run.count == 1 {
                grams.insert(String(run))
                continue
            }
            for index in 0..<(run.count - 1) { grams.insert(String(run[index...index + 1])) }
        }
        return grams
    }

    /// Whether `text` contains every run of `query` (the check after the bigram match).
    public static func matches(_ text: String, query: String) -> Bool {
        let haystack = folded(text)
        return runs(query).allSatisfy { haystack.contains(String($0)) }
    }

    /// Whether `query` can be searched in the bigram index: some run of two or more characters.
    public static func isIndexable(_ query: String) -> Bool {
        runs(query).contains { $0.count >= 2 }
    }
}
