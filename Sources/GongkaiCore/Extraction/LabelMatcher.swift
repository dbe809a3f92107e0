/// Scores how well a label written in a document matches a row of the template.
///
/// The score is the share of the template label's character pairs (bigrams) found in the written
/// label, after normalization. That tolerates misprints ("2.其他法律行政止公开"), labels split
/// over several lines or cells, and group labels mixed in ("（四）无法提供1.本机关不掌握…"),
/// while the order of rows (see `RowAligner`) settles the cases where a short label is ambiguous.
struct LabelMatcher: Sendable {
    /// The bigrams of each row's label forms (canonical label and known variants).
    private let rowForms: [[[UInt64]]]
    /// The normalized canonical label of each row.
    let normalizedLabels: [String]
    private let normalizedVariants: [[String]]

    init(layout: TableLayout) {
        normalizedLabels = layout.rows.map { LabelText.normalize($0.label) }
        normalizedVariants = layout.rows.map { $0.variants.map(LabelText.normalize) }
        rowForms = zip(normalizedLabels, normalizedVariants).map { label, variants in
            ([label] + variants).map { Array(Self.bigrams($0)) }
        }
    }

    /// The score of `written` (normalized) against each row, in layout order.
    func scores(for written: String) -> [Double] {
        scores(forBigrams: Self.bigrams(written))
    }

    /// The score of a written label, given as its bigrams, against each row.
    func scores(forBigrams observed: Set<UInt64>) -> [Double] {
        rowForms.map { forms in
            var best = 0.0
            for form in forms where !form.isEmpty {
                var shared = 0
                for bigram in form where observed.contains(bigram) { shared += 1 }
                best = max(best, Double(shared) / Double(form.count))
            }
            return best
        }
    }

    /// Whether `written` (normalized) is exactly the label or a known variant of row `index`.
    func isExact(_ written: String, row index: Int) -> Bool {
        written == normalizedLabels[index] || normalizedVariants[index].contains(written)
            || written.hasSuffix(normalizedLabels[index])
    }

    static func bigrams(_ text: String) -> Set<UInt64> {
        var result = Set<UInt64>()
        var previous: UInt32?
        for scalar in text.unicodeScalars {
            if let previous { result.insert(UInt64(previous) << 32 | UInt64(scalar.value)) }
            previous = scalar.value
        }
        if result.isEmpty, let previous { result.insert(UInt64(previous)) }
        return result
    }
}

/// Assigns observed rows to template rows, keeping both in order and maximizing the total score.
enum RowAligner {
    /// The least score at which a written label can stand for a template row.
    static let threshold = 0.5

    /// For each observed row, the index of the template row it is, or `nil` when it is none.
    /// `scores[i][j]` is the score of observed row `i` against template row `j`.
    static func align(_ scores: [[Double]], templateRowCount: Int) -> (assignment: [Int?], total: Double) {
        let observedCount = scores.count
        let columns = templateRowCount + 1
        // best[i][j]: the best total for the first i observed rows and the first j template rows.
        var best = [Double](repeating: 0, count: (observedCount + 1) * columns)
        for i in 0..<observedCount {
            for j in 0..<templateRowCount {
                var value = max(best[i * columns + j + 1], best[(i + 1) * columns + j])
                let score = scores[i][j]
                if score >= threshold { value = max(value, best[i * columns + j] + score) }
                best[(i + 1) * columns + j + 1] = value
            }
        }
        var assignment = [Int?](repeating: nil, count: observedCount)
        var i = observedCount
        var j = templateRowCount
        while i > 0 && j > 0 {
            let here = best[i * columns + j]
            let score = scores[i - 1][j - 1]
            if score >= threshold, abs(here - (best[(i - 1) * columns + j - 1] + score)) < 1e-9 {
                assignment[i - 1] = j - 1
                i -= 1
                j -= 1
            } else if abs(here - best[(i - 1) * columns + j]) < 1e-9 {
                i -= 1
            } else {
                j -= 1
            }
        }
        return (assignment, best[observedCount * columns + templateRowCount])
    }
}
