/// What a GA 467 module reads from a resident ID card: the decoded text block and the raw photo block.
public struct ResidentIDCardData: Sendable, Hashable {
    /// Holder's name (trailing spaces removed).
    public var name: String
    /// "1" male, "2" female.
    public var sex: String
    /// Two-digit GB 3304 nation code.
    public var nationCode: String
    /// Date of birth.
    public var birthDate: CardDate
    /// Registered address.
    public var address: String
    /// 18-character ID number.
    public var idNumber: String
    /// The issuing police authority.
    public var authority: String
    /// First day of validity.
    public var validFrom: CardDate
    /// Last day of validity; nil for "长期" (no limit).
    public var validTo: CardDate?
    /// The 1024-byte compressed photo block, kept as bytes.
    public var photo: [UInt8]

    /// Builds the data from decoded fields.
    public init(name: String, sex: String, nationCode: String, birthDate: CardDate, address: String,
                idNumber: String, authority: String, validFrom: CardDate, validTo: CardDate?, photo: [UInt8]) {
        self.name = name
        self.sex = sex
        self.nationCode = nationCode
        self.birthDate = birthDate
        self.address = address
        self.idNumber = idNumber
        self.authority = authority
        self.validFrom = validFrom
        self.validTo = validTo
        self.photo = photo
    }

    /// The identity the kiosk works with.
    public func identity(nations: NationTable) -> CardIdentity {
        CardIdentity(idNumber: idNumber, name: name, sex: sex, nationCode: nationCode,
                     nationName: nations.name(for: nationCode), birthDate: birthDate, cardNumber: "",
                     cardVersion: "", issueDate: validFrom, expiryDate: validTo,
                     regionCode: String(idNumber.prefix(6)), source: .residentIDCard)
    }
}
