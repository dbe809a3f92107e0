import Foundation
import LeafKit
import NIOCore

/// The Leaf templates of this module, read once from its resource bundle at start-up.
///
/// Reading them all up front means a missing or unreadable template stops the server at start
/// (not on a citizen's request), no request touches the disk for a template, and a template name
/// can only ever resolve to one of these files (no path from a request reaches the file system).
struct BundledViews: LeafSource {
    let templates: [String: ByteBuffer]

    /// Every `.leaf` file under `directory`, by its path relative to it without the extension.
    init(directory: URL) throws {
        var templates: [String: ByteBuffer] = [:]
        let base = directory.standardizedFileURL.path
        guard let walker = FileManager.default.enumerator(atPath: base) else {
            throw ServerSetupError.missingResources(base)
        }
        for case let relative as String in walker where relative.hasSuffix(".leaf") {
            guard let data = FileManager.default.contents(atPath: base + "/" + relative) else {
                throw ServerSetupError.missingResources(base)
            }
            templates[String(relative.dropLast(".leaf".count))] = ByteBuffer(bytes: data)
        }
        guard !templates.isEmpty else { throw ServerSetupError.missingResources(base) }
        self.templates = templates
    }

    func file(template: String, escape: Bool, on eventLoop: any EventLoop) throws -> EventLoopFuture<ByteBuffer> {
        let name = template.hasSuffix(".leaf") ? String(template.dropLast(5)) : template
        guard let buffer = templates[name] else {
            return eventLoop.makeFailedFuture(LeafError(.noTemplateExists(template)))
        }
        return eventLoop.makeSucceededFuture(buffer)
    }
}
