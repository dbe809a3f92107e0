/// The character shingles of a piece of Chinese prose, for measuring how much of one text
/// repeats another (TEXT_COPIED).
///
/// Chinese has no spaces between words, so words cannot be compared; runs of four characters
/// (4-character shingles) can. Four is long enough that two unrelated reports share few of them
/// even though they follow the same template and use the same officialese (the five seeds, all
/// different agencies, share at most 10% of a section's 4-shingles with each other), and short enough
/// that a text copied with small edits keeps most of its shingles (an edit touches at most four).
///
/// Before shingling the text is normalized: only letters and ideographs are kept (punctuation,
/// spaces and line breaks go), full-width letters fold to ASCII, and every run of digits becomes
/// one `#` — so last year's text with this year's figures and year filled in counts as the copy it is.
///
/// A fingerprint may keep only a sample of its shingles, to bound memory when thousands of reports
/// are checked together: the shingles whose hash is divisible by a power of two (`modulus`).
/// Two fingerprints are compared on the coarser of their samples, so the sample is unbiased and a
/// text compared with itself still gives exactly 1.
public struct TextFingerprint: Sendable, Hashable {
    /// The number of characters in a shingle.
    public static let shingleLength = 4

    /// The sorted, distinct hashes of the shingles kept.
    public let hashes: [UInt32]
    /// Only shingles whose hash is divisible by this power of two are kept; 1 keeps all.
    public let modulus: UInt32
    /// The number of characters after normalization.
    public let length: Int

    /// The fingerprint of `text`, keeping at most about `maximumShingles` shingles when given.
    public init(_ text: String, maximumShingles: Int? = nil) {
        let characters = Self.normalized(text)
        length = characters.count
        var hashes: [UInt32] = []
        if characters.count >= Self.shingleLength {
            hashes.reserveCapacity(characters.count - Self.shingleLength + 1)
            for start in 0...(characters.count - Self.shingleLength) {
                hashes.append(Self.hash(characters[start..<start + Self.shingleLength]))
            }
        }
        hashes.sort()
        var distinct: [UInt32] = []
        distinct.reserveCapacity(hashes.count)
        for hash in hashes where distinct.last != hash { distinct.append(hash) }
        var modulus: UInt32 = 1
        if let maximumShingles {
            while distinct.count > max(maximumShingles, 1), modulus < 1 << 30 {
                modulus <<= 1
                distinct.removeAll { $0 % modulus != 0 }
            }
        }
        self.hashes = distinct
        self.modulus = modulus
    }

    /// The share (0…1) of this text's shingles that also occur in `other`: how much of this text
    /// repeats the other one. `nil` when this text is too short to have a shingle.
    public func containment(in other: TextFingerprint) -> Double? {
        let modulus = max(self.modulus, other.modulus)
        let mine = modulus == self.modulus ? hashes : hashes.filter { $0 % modulus == 0 }
        let theirs = modulus == other.modulus ? other.hashes : other.hashes.filter { $0 % modulus == 0 }
        guard !mine.isEmpty else { return nil }
        var shared = 0
        var i = 0
        var j = 0
        while i < mine.count, j < theirs.count {
            if mine[i] == theirs[j] {
                shared += 1
                i += 1
                j += 1
            } else if mine[i] < theirs[j] {
                i += 1
            } else {
                j += 1
            }
        }
        return Double(shared) / Double(mine.count)
    }

    /// The text as compared: letters and ideographs only, digit runs as one `#`.
    static func normalized(_ text: String) -> [UInt32] {
        var result: [UInt32] = []
        result.reserveCapacity(text.utf8.count / 3)
        var inDigits = false
        for scalar in text.unicodeScalars {
            var value = scalar.value
            if (0xFF01...0xFF5E).contains(value) { value -= 0xFEE0 }
            if (0x30...0x39).contains(value) {
                if !inDigits { result.append(0x23) }
                inDigits = true
                continue
            }
            inDigits = false
            if (0x41...0x5A).contains(value) {
                result.append(value + 0x20)
            } else if (0x61...0x7A).contains(value) {
                result.append(value)
            } else if value >= 0x80, let folded = Unicode.Scalar(value), folded.properties.isAlphabetic {
                result.append(value)
            }
        }
        return result
    }

    /// FNV-1a over the scalars, then a finalizer (MurmurHash3's) so the low bits used for
    /// sampling are well mixed.
    private static func hash(_ shingle: ArraySlice<UInt32>) -> UInt32 {
        var hash: UInt32 = 0x811C_9DC5
        for value in shingle {
            hash = (hash ^ (value & 0xFF)) &* 0x0100_0193
            hash = (hash ^ (value >> 8)) &* 0x0100_0193
        }
        hash ^= hash >> 16
        hash = hash &* 0x85EB_CA6B
        hash ^= hash >> 13
        hash = hash &* 0xC2B2_AE35
        hash ^= hash >> 16
        return hash
    }
}
