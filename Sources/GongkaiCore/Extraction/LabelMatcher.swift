/// Scores how well a label written in a document matches a row of the template.
///
/// The score is the share of the template label's character pairs (bigrams) found in the written
/// label, after normalization. That tolerates misprints ("2.其他法律行政止公开"), labels split
/// over several lines or cells, and group labels mixed in ("（四）无法提供1.本机关不掌握…"),
/// while the order of rows (see `RowAligner`) settles the cases where a short label is ambiguous.
struct LabelMatcher: Sendable {
    /// For each bigram of any label form, the forms that contain it (forms are the canonical
    /// label and the known variants of each row, numbered in `formRow`).
    private let formsByBigram: [UInt64: [Int]]
    /// The row each form belongs to, and its number of distinct bigrams.
    private let formRow: [Int]
    private let formSize: [Int]
    /// The normalized canonical label of each row.
    let normalizedLabels: [String]
    private let exactForms: [String: Int]

    init(layout: TableLayout) {
        normalizedLabels = layout.rows.map { LabelText.normalize($0.label) }
        var formsByBigram: [UInt64: [Int]] = [:]
        var formRow: [Int] = []
        var formSize: [Int] = []
        var exactForms: [String: Int] = [:]
        for (row, definition) in layout.rows.enumerated() {
            for form in [normalizedLabels[row]] + definition.variants.map(LabelText.normalize) {
                let bigrams = Self.bigrams(form)
                for bigram in bigrams { formsByBigram[bigram, default: []].append(formRow.count) }
                formRow.append(row)
                formSize.append(bigrams.count)
                exactForms[form] = row
            }
        }
        self.formsByBigram = formsByBigram
        self.formRow = formRow
        self.formSize = formSize
        self.exactForms = exactForms
    }

    /// The score of `written` (normalized) against each row, in layout order.
    func scores(for written: String) -> [Double] {
        scores(forBigrams: Self.bigrams(written))
    }

    /// The score of a written label, given as its distinct bigrams, against each row.
    func scores(forBigrams observed: [UInt64]) -> [Double] {
        var shared = [Int](repeating: 0, count: formRow.count)
        for bigram in observed {
            guard let forms = formsByBigram[bigram] else { continue }
            for form in forms { shared[form] += 1 }
        }
        var result = [Double](repeating: 0, count: normalizedLabels.count)
        for form in formRow.indices where formSize[form] > 0 {
            result[formRow[form]] = max(result[formRow[form]], Double(shared[form]) / Double(formSize[form]))
        }
        return result
    }

    /// Whether `written` (normalized) is exactly the label or a known variant of a row, or ends
    /// with a row's label (a group label before it); the row, if so.
    func exactRow(_ written: String) -> Int? {
        if let row = exactForms[written] { return row }
        return normalizedLabels.firstIndex { written.fastHasSuffix($0) }
    }

    /// The distinct bigrams of `text`, sorted.
    static func bigrams(_ text: String) -> [UInt64] {
        var result: [UInt64] = []
        result.reserveCapacity(text.utf8.count / 2)
        var previous: UInt32?
        for scalar in text.unicodeScalars {
            if let previous { result.append(UInt64(previous) << 32 | UInt64(scalar.value)) }
            previous = scalar.value
        }
        if result.isEmpty, let previous { result.append(UInt64(previous)) }
        result.sort()
        var unique = 0
        for index in result.indices where index == 0 || result[index] != result[index - 1] {
            result[unique] = result[index]
            unique += 1
        }
        result.removeLast(result.count - unique)
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
