/// The fingerprints of a report's section texts, kept when the text itself is dropped (a batch of
/// thousands of reports keeps summaries only) so that TEXT_COPIED can still compare two years.
public struct NarrativeFingerprint: Sendable, Hashable {
    /// How many shingles a section keeps in a batch: a long section keeps a quarter to a half
    /// of them, enough for a similarity within about ±3 percentage points, in at most 2 KB.
    public static let batchShingles = 512

    /// The fingerprint of each section's text, by section number (1…6).
    public var sections: [Int: TextFingerprint]

    public init(sections: [Int: TextFingerprint]) {
        self.sections = sections
    }

    /// The fingerprints of `report`'s sections; every shingle is kept unless `maximumShingles` is given.
    public init(_ report: Report, maximumShingles: Int? = nil) {
        var sections: [Int: TextFingerprint] = [:]
        for section in report.sections where !section.text.isEmpty {
            sections[section.number] = TextFingerprint(section.text, maximumShingles: maximumShingles)
        }
        self.sections = sections
    }
}
