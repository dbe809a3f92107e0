import Foundation

/// The URL of a file in `Tests/GongkaiCoreTests/Fixtures` (copied into the test bundle);
/// `name` may include subfolders, as in `"html/portal-2021-utf8.html"`.
func fixtureURL(_ name: String) -> URL {
    guard let resources = Bundle.module.resourceURL else {
        fatalError("the test bundle has no resources; is Fixtures declared in Package.swift?")
    }
    return resources.appendingPathComponent("Fixtures").appendingPathComponent(name)
}

/// The bytes of a fixture file; stops the test run when it is missing.
func fixtureBytes(_ name: String) -> [UInt8] {
    let url = fixtureURL(name)
    guard let data = FileManager.default.contents(atPath: url.path) else {
        fatalError("missing fixture \(name) at \(url.path)")
    }
    return [UInt8](data)
}

/// `text` in UTF-16 with a byte-order mark, as Windows tools save it.
func utf16Bytes(_ text: String, bigEndian: Bool) -> [UInt8] {
    var bytes: [UInt8] = bigEndian ? [0xFE, 0xFF] : [0xFF, 0xFE]
    for unit in text.utf16 {
        let high = UInt8(unit >> 8)
        let low = UInt8(unit & 0xFF)
        bytes += bigEndian ? [high, low] : [low, high]
    }
    return bytes
}
