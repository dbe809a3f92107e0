import Crypto
import GongkaiApp
import Vapor

/// Cross-site request forgery protection for every state-changing form, signed-in or not.
///
/// A random anchor lives in the `gk_csrf` cookie (HttpOnly, SameSite=Lax); each form carries
/// `_csrf` = HMAC-SHA256(site key, anchor). A forged form from another site has neither the
/// cookie nor a token that matches it; a token cannot be made without the site key, which is in
/// the database (shared by every server process), so an attacker who can plant a cookie still
/// cannot forge the pair. Sign-in and sign-out renew the anchor.
enum CSRF {
    static let cookieName = "gk_csrf"
    static let fieldName = "_csrf"

    /// The token for this request's forms; sets the anchor cookie on the response if needed.
    static func token(for request: Request) -> String {
        let anchor = anchor(of: request)
        return sign(anchor, key: request.application.platform.csrfKey)
    }

    /// The anchor from the cookie, or a new one remembered for `CSRFMiddleware` to set.
    static func anchor(of request: Request) -> String {
        if let pending = request.storage[PendingAnchorKey.self] { return pending }
        if let cookie = request.cookies[cookieName]?.string, cookie.count >= 32, !request.storage.contains(RenewKey.self) {
            return cookie
        }
        let fresh = WebSessionStore.randomToken()
        request.storage[PendingAnchorKey.self] = fresh
        return fresh
    }

    /// Asks for a new anchor (after sign-in or sign-out).
    static func renew(for request: Request) {
        request.storage[RenewKey.self] = true
        request.storage[PendingAnchorKey.self] = nil
    }

    static func sign(_ anchor: String, key: SymmetricKey) -> String {
        let mac = HMAC<SHA256>.authenticationCode(for: Data(("csrf|" + anchor).utf8), using: key)
        return Data(mac).base64EncodedString().replacingOccurrences(of: "+", with: "-")
            .replacingOccurrences(of: "/", with: "_").replacingOccurrences(of: "=", with: "")
    }

    /// Whether `token` is the one for the request's anchor cookie (constant time).
    static func isValid(_ token: String?, for request: Request) -> Bool {
        guard let token, let anchor = request.cookies[cookieName]?.string, anchor.count >= 32 else { return false }
        let expected = Array(sign(anchor, key: request.application.platform.csrfKey).utf8)
        let given = Array(token.utf8)
        guard expected.count == given.count else { return false }
        return zip(expected, given).reduce(0) { $0 | ($1.0 ^ $1.1) } == 0
    }

    struct PendingAnchorKey: StorageKey { typealias Value = String }
    struct RenewKey: StorageKey { typealias Value = Bool }
}

/// Refuses every POST without a valid `_csrf` field (403 with a page saying what to do), and
/// sets the anchor cookie when a page made a token for a new anchor.
struct CSRFMiddleware: AsyncMiddleware {
    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        if request.method == .POST || request.method == .PUT || request.method == .PATCH || request.method == .DELETE {
            // The body is needed to read the token; collect it here, within the site's cap.
            let uploads = request.application.platform.settings.uploads
            let cap = uploads.maximumBytes * uploads.maximumFiles + (1 << 20)
            do {
                _ = try await request.body.collect(max: cap).get()
            } catch {
                throw UploadTooLarge(limitMegabytes: cap >> 20)
            }
            let token = try? request.content.get(String.self, at: CSRF.fieldName)
            guard CSRF.isValid(token, for: request) else { throw ForgedForm() }
        }
        let response = try await next.respond(to: request)
        if let anchor = request.storage[CSRF.PendingAnchorKey.self] {
            response.cookies[CSRF.cookieName] = request.application.cookie(anchor)
        }
        return response
    }
}

/// A form without a valid CSRF token: forged, or from a page opened before the anchor changed.
struct ForgedForm: CategorizedError {
    var category: ErrorCategory { .forbidden }
    var userMessage: String { "表单已过期或来源无法验证，未作任何处理。请返回上一页，刷新后重新提交。" }
}

/// A form body beyond the site's cap.
struct UploadTooLarge: CategorizedError {
    let limitMegabytes: Int
    var category: ErrorCategory { .tooLarge }
    var userMessage: String { "提交的内容超过\(limitMegabytes)MB，未作任何处理。请压缩附件或减少附件后重新提交。" }
}
