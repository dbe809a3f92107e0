import GongkaiApp
import Vapor

/// What every page's layout needs: the title, the CSRF token for its forms, the signed-in
/// staff member (for the navigation), and a one-time notice.
struct PageContext: Encodable {
    let title: String
    let siteName: String
    let csrf: String?
    let staff: StaffNavigation?
    let flash: String?
    let section: String
    /// The year whose annual report the staff navigation opens (last year until the end of
    /// March, when reports are due; this year after).
    let reportYear: Int

    struct StaffNavigation: Encodable {
        let displayName: String
        let agencyName: String
        let roles: String
        let isAdmin: Bool
        let isCaseworker: Bool
    }
}

extension Request {
    /// The page context for a page titled `title` in navigation `section`; `forms` says the
    /// page has forms (a CSRF token is made only then, so that plain public pages set no cookie).
    ///
    /// A `cacheable` page gets the placeholder instead of the token (`RenderCache` fills it in).
    func page(title: String, section: String = "", forms: Bool = false, cacheable: Bool = false) -> PageContext {
        let staff = optionalStaff
        let hasForms = forms || staff != nil
        let csrf = hasForms ? (cacheable ? RenderCache.csrfPlaceholder : CSRF.token(for: self)) : nil
        return PageContext(
            title: title, siteName: "政府信息公开平台", csrf: csrf,
            staff: staff.map { staff in
                PageContext.StaffNavigation(
                    displayName: staff.displayName, agencyName: staff.agencyName, roles: staff.roles.label,
                    isAdmin: staff.has(.admin), isCaseworker: staff.roles.intersects(.caseworkers))
            },
            flash: hasLoadedSession ? webSession.takeFlash() : nil, section: section,
            reportYear: today.month <= 3 ? today.year - 1 : today.year)
    }
}
