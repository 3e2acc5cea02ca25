import GRDB
import KioskDomain

/// A row of `contributions`.
public struct ContributionRecord: ServiceRecord {
    public static let databaseTableName = "contributions"
    public var id: Int64?
    public var personId: String
    public var year: Int
    public var tierYuan: Int
    public var personalFen: Int
    public var subsidyFen: Int
    public var kind: String
    public var channel: String
    public var paidOn: String
    public var receiptNumber: String?
    /// The part of the personal amount local government paid (hardship groups).
    public var governmentPaidFen: Int

    /// The row of a contribution.
    public init(_ c: Contribution, receiptNumber: String?) {
        personId = c.personID.value
        year = c.year
        tierYuan = c.tierYuan
        personalFen = c.personal.fen
        subsidyFen = c.subsidy.fen
        kind = c.kind.rawValue
        channel = c.channel.rawValue
        paidOn = c.paidOn.iso
        self.receiptNumber = receiptNumber
        governmentPaidFen = c.governmentPaid.fen
    }

    /// The contribution this row holds.
    public func contribution() throws(StoreError) -> Contribution {
        guard let id = try? IDNumber(personId), let kind = ContributionKind(rawValue: kind),
              let channel = PaymentChannel(rawValue: channel), let paid = CivilDate(iso: paidOn) else {
            throw .corruptRow(table: Self.databaseTableName, key: "\(personId)/\(year)")
        }
        var contribution = Contribution(personID: id, year: year, tierYuan: tierYuan, personal: Money(fen: personalFen),
                                        subsidy: Money(fen: subsidyFen), kind: kind, channel: channel, paidOn: paid)
        contribution.governmentPaid = Money(fen: governmentPaidFen)
        return contribution
    }
}
