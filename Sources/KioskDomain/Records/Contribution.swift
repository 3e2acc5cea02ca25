/// Whether a contribution pays the current year or makes up a missed one.
public enum ContributionKind: String, Sendable, Codable, CaseIterable {
    case regular
    case backPayment
}

/// How a contribution is collected.
public enum PaymentChannel: String, Sendable, Codable, CaseIterable {
    /// Bank withholding under a signed agreement (银行代扣).
    case bankWithholding
    /// Collected by the tax office (税务征收), e.g. by app or at a counter.
    case taxOffice

    /// The message key of the channel's display name.
    public var messageKey: String { "contribution.channel.\(rawValue)" }
}

/// One year's contribution to a personal account.
public struct Contribution: Hashable, Sendable, Codable {
    public var personID: IDNumber
    /// The scheme year the contribution counts for.
    public var year: Int
    public var tierYuan: Int
    /// What the person pays.
    public var personal: Money
    /// The government subsidy credited with it (none for back-payments unless policy says so).
    public var subsidy: Money
    public var kind: ContributionKind
    public var channel: PaymentChannel
    /// The day the order was made.
    public var paidOn: CivilDate
    /// The part of `personal` local government pays for a hardship group (Guo Fa [2014] No. 8 §4(3)).
    public var governmentPaid: Money = .zero

    /// A contribution.
    public init(personID: IDNumber, year: Int, tierYuan: Int, personal: Money, subsidy: Money,
                kind: ContributionKind, channel: PaymentChannel, paidOn: CivilDate) {
        self.personID = personID
        self.year = year
        self.tierYuan = tierYuan
        self.personal = personal
        self.subsidy = subsidy
        self.kind = kind
        self.channel = channel
        self.paidOn = paidOn
    }

    /// What the person pays themselves: the personal amount less the government-paid part.
    public var paidByPerson: Money { personal - governmentPaid }

    /// Personal amount plus subsidy: what the personal account is credited.
    public var credited: Money { personal + subsidy }
}
