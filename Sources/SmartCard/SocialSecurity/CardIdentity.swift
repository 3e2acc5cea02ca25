/// Who a card belongs to, as decoded from a social-security card or a resident ID card.
public struct CardIdentity: Sendable, Hashable, Codable {
    /// Where the identity came from.
    public enum Source: String, Sendable, Hashable, Codable {
        /// The social-security card's SSSE application over PC/SC.
        case socialSecurityCard = "social-security-card"
        /// A resident ID card read by a GA 467 security module.
        case residentIDCard = "resident-id-card"
    }

    /// The 18-character GB 11643 citizen ID number.
    public var idNumber: String
    /// The holder's name.
    public var name: String
    /// "1" male or "2" female (GB/T 2261.1).
    public var sex: String
    /// Two-digit GB 3304 nation code.
    public var nationCode: String
    /// The nation's name from the code table, when known.
    public var nationName: String?
    /// Date of birth.
    public var birthDate: CardDate
    /// The social-security card number (empty for ID cards).
    public var cardNumber: String
    /// The card specification version such as "3.00" (empty for ID cards).
    public var cardVersion: String
    /// Issue date (ID card: start of validity).
    public var issueDate: CardDate?
    /// Expiry date; nil when the card is valid without limit.
    public var expiryDate: CardDate?
    /// The six-digit region code of the issuing region.
    public var regionCode: String
    /// Where the identity came from.
    public var source: Source

    /// Builds an identity from decoded fields.
    public init(idNumber: String, name: String, sex: String, nationCode: String, nationName: String?,
                birthDate: CardDate, cardNumber: String, cardVersion: String, issueDate: CardDate?,
                expiryDate: CardDate?, regionCode: String, source: Source) {
        self.idNumber = idNumber
        self.name = name
        self.sex = sex
        self.nationCode = nationCode
        self.nationName = nationName
        self.birthDate = birthDate
        self.cardNumber = cardNumber
        self.cardVersion = cardVersion
        self.issueDate = issueDate
        self.expiryDate = expiryDate
        self.regionCode = regionCode
        self.source = source
    }

    /// True when the card's expiry date is before `today`.
    public func isExpired(on today: CardDate) -> Bool {
        guard let expiryDate else { return false }
        return expiryDate < today
    }
}
