/// How to reach the applicant; at least one way must be given.
public struct ContactInfo: Sendable, Hashable, Codable {
    /// A telephone number.
    public var phone: String?
    /// A postal address.
    public var address: String?
    /// An e-mail address.
    public var email: String?

    /// Contact details; blank entries are dropped.
    public init(phone: String? = nil, address: String? = nil, email: String? = nil) {
        self.phone = phone?.trimmedForRecord.nilIfEmptyForRecord
        self.address = address?.trimmedForRecord.nilIfEmptyForRecord
        self.email = email?.trimmedForRecord.nilIfEmptyForRecord
    }

    /// Checks that some way of contact is given and that an e-mail address looks like one.
    public func validate() throws(ApplicantError) {
        guard phone != nil || address != nil || email != nil else { throw .missingContact }
        if let email {
            let parts = email.split(separator: "@", omittingEmptySubsequences: false)
            guard parts.count == 2, !parts[0].isEmpty, parts[1].contains("."), !parts[1].hasPrefix("."),
                !parts[1].hasSuffix(".")
            else { throw .invalidEmail(email) }
        }
    }
}
