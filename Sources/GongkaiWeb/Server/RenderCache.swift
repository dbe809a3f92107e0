import Foundation
import NIOConcurrencyHelpers
import Vapor

/// Rendered pages kept per process and served again while the data behind them has not changed.
///
/// Each entry records the version of the data it was rendered from (`ChangeVersions`, bumped by
/// database triggers on every change) and the day (deadlines move with the date). A request
/// reads the current version — one primary-key lookup — and gets the stored page when it
/// matches; any change made by any process makes the next request render afresh. Nothing here
/// matters if lost: a cold cache only costs a render. Per-request parts (the CSRF token) are
/// rendered as a placeholder and filled in on every response.
final class RenderCache: Sendable {
    struct Entry: Sendable {
        let version: Int
        let day: String
        /// The page's bytes split where the CSRF token goes (one part when there is no form).
        let parts: [ByteBuffer]
        let etag: String

        /// The page with `token` in each gap.
        func body(token: @autoclosure () -> String) -> ByteBuffer {
            guard parts.count > 1 else { return parts[0] }
            let token = token()
            var buffer = ByteBufferAllocator().buffer(capacity: parts.reduce(0) { $0 + $1.readableBytes } + parts.count * token.utf8.count)
            for (index, part) in parts.enumerated() {
                if index > 0 { buffer.writeString(token) }
                buffer.writeImmutableBuffer(part)
            }
            return buffer
        }
    }

    /// What the CSRF token is rendered as in cached pages.
    static let csrfPlaceholder = "__GK_CSRF_TOKEN__"

    private let entries = NIOLockedValueBox<[String: Entry]>([:])
    private let capacity: Int

    init(capacity: Int = 2_000) { self.capacity = capacity }

    func entry(_ key: String, version: Int, day: String) -> Entry? {
        entries.withLockedValue { entries in
            guard let entry = entries[key], entry.version == version, entry.day == day else { return nil }
            return entry
        }
    }

    /// The entry of a page rendered as `body` from `version` on `day` (not stored).
    static func entry(body: String, version: Int, day: String) -> Entry {
        var hasher = Hasher()
        hasher.combine(body)
        let parts = body.components(separatedBy: csrfPlaceholder).map { ByteBuffer(string: $0) }
        return Entry(version: version, day: day, parts: parts, etag: "\"g\(version)-\(UInt(bitPattern: hasher.finalize()))\"")
    }

    /// Keeps `entry` under `key`.
    func store(_ key: String, _ entry: Entry) {
        entries.withLockedValue { entries in
            if entries.count >= capacity { entries.removeAll(keepingCapacity: true) }
            entries[key] = entry
        }
    }
}

extension Application {
    private struct RenderCacheKey: StorageKey { typealias Value = RenderCache }

    var renderCache: RenderCache {
        if let cache = storage[RenderCacheKey.self] { return cache }
        let cache = RenderCache()
        storage[RenderCacheKey.self] = cache
        return cache
    }
}

extension Request {
    /// The page `key` rendered at `version` of its data today: from the cache when current, else
    /// rendered by `render` (which must put `RenderCache.csrfPlaceholder` where the CSRF token
    /// goes) and kept. A page with a one-time notice is never cached. Public pages (`isPublic`)
    /// carry an ETag and answer a matching If-None-Match with 304.
    func cachedPage(key: String, version: Int, isPublic: Bool = false, render: () async throws -> View) async throws -> Response {
        let cache = application.renderCache
        let day = today.description
        let hasFlash = hasLoadedSession && webSession["flash"] != nil
        let entry: RenderCache.Entry
        if !hasFlash, let cached = cache.entry(key, version: version, day: day) {
            entry = cached
        } else {
            var view = try await render()
            let body = view.data.readString(length: view.data.readableBytes) ?? ""
            entry = RenderCache.entry(body: body, version: version, day: day)
            if !hasFlash { cache.store(key, entry) }
        }
        if isPublic, headers.first(name: .ifNoneMatch) == entry.etag {
            let response = Response(status: .notModified)
            response.headers.replaceOrAdd(name: .eTag, value: entry.etag)
            return response
        }
        let response = Response(status: .ok, body: .init(buffer: entry.body(token: CSRF.token(for: self))))
        response.headers.contentType = .html
        if isPublic {
            response.headers.replaceOrAdd(name: .eTag, value: entry.etag)
            response.headers.replaceOrAdd(name: .cacheControl, value: "no-cache")
        }
        return response
    }
}
