/// How a pensioner proved they are alive this year (资格认证).
public enum CertificationMethod: String, Sendable, Codable, CaseIterable {
    /// Card present and confirmation at the self-service terminal.
    case terminal
    /// The coordinator witnessed it at the service point.
    case coordinatorWitness
    /// The coordinator visited the person at home.
    case homeVisit
    /// At the social-security office.
    case office
    case phone

    /// The message key of the method's display name.
    public var messageKey: String { "certification.method.\(rawValue)" }
}

/// One yearly certification of a pension recipient.
public struct Certification: Hashable, Sendable, Codable {
    public var personID: IDNumber
    /// The certification year (the year of `certifiedOn`).
    public var year: Int
    public var method: CertificationMethod
    public var certifiedOn: CivilDate
    /// The day the next certification is due.
    public var nextDue: CivilDate
    /// Months of pension withheld during a suspension and now paid back.
    public var backPaidMonths: Int
    public var backPay: Money

    /// A certification.
    public init(personID: IDNumber, year: Int, method: CertificationMethod, certifiedOn: CivilDate,
                nextDue: CivilDate, backPaidMonths: Int = 0, backPay: Money = .zero) {
        self.personID = personID
        self.year = year
        self.method = method
        self.certifiedOn = certifiedOn
        self.nextDue = nextDue
        self.backPaidMonths = backPaidMonths
        self.backPay = backPay
    }
}
