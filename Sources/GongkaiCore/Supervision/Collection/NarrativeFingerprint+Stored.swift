import Foundation

/// The sampled section fingerprints in a stored check result, so that a board drawn later (in
/// another process, from the database) still finds TEXT_COPIED across years: per section the
/// sample's modulus, the text's length and the hashes as base64 of big-endian 32-bit words
/// (at most `NarrativeFingerprint.batchShingles` hashes, about 2.7 KB of text per long section).
extension NarrativeFingerprint {
    /// `{"1": {"modulus": 4, "length": 812, "hashes": "…"}, …}`.
    var storedJSONValue: JSONValue {
        .object(
            sections.keys.sorted().map { number in
                let print = sections[number]!
                var bytes: [UInt8] = []
                bytes.reserveCapacity(print.hashes.count * 4)
                for hash in print.hashes {
                    for shift: UInt32 in [24, 16, 8, 0] { bytes.append(UInt8(truncatingIfNeeded: hash >> shift)) }
                }
                return JSONMember(
                    String(number),
                    .object([
                        JSONMember("modulus", .int(Int(print.modulus))), JSONMember("length", .int(print.length)),
                        JSONMember("hashes", .string(Data(bytes).base64EncodedString())),
                    ]))
            })
    }

    /// The fingerprints read back from `storedJSONValue`; `nil` when the value is not one.
    init?(storedJSON value: JSONValue) {
        guard let members = value.objectValue else { return nil }
        var sections: [Int: TextFingerprint] = [:]
        for member in members {
            guard let number = Int(member.key), let modulus = Self.integer(member.value["modulus"]),
                let length = Self.integer(member.value["length"]), let text = member.value["hashes"]?.stringValue,
                let data = Data(base64Encoded: text), data.count % 4 == 0, modulus > 0
            else { return nil }
            let bytes = [UInt8](data)
            var hashes: [UInt32] = []
            hashes.reserveCapacity(bytes.count / 4)
            for start in stride(from: 0, to: bytes.count, by: 4) {
                var word: UInt32 = 0
                for byte in bytes[start..<start + 4] { word = word << 8 | UInt32(byte) }
                hashes.append(word)
            }
            sections[number] = TextFingerprint(hashes: hashes, modulus: UInt32(modulus), length: length)
        }
        self.init(sections: sections)
    }

    private static func integer(_ value: JSONValue?) -> Int? {
        guard case .number(let text)? = value else { return nil }
        return Int(text)
    }
}

extension TextFingerprint {
    /// A fingerprint as stored: `hashes` sorted and distinct, sampled by `modulus`.
    init(hashes: [UInt32], modulus: UInt32, length: Int) {
        self.hashes = hashes
        self.modulus = modulus
        self.length = length
    }
}
