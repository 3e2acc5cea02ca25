import GRDB
import KioskDomain

/// A row of `certifications`.
public struct CertificationRecord: ServiceRecord {
    public static let databaseTableName = "certifications"
    public var id: Int64?
    public var personId: String
    public var year: Int
    public var method: String
    public var certifiedOn: String
    public var nextDue: String
    public var backPaidMonths: Int
    public var backPayFen: Int
    public var receiptNumber: String?

    /// The row of a certification.
    public init(_ c: Certification, receiptNumber: String?) {
        personId = c.personID.value
        year = c.year
        method = c.method.rawValue
        certifiedOn = c.certifiedOn.iso
        nextDue = c.nextDue.iso
        backPaidMonths = c.backPaidMonths
        backPayFen = c.backPay.fen
        self.receiptNumber = receiptNumber
    }

    /// The certification this row holds.
    public func certification() throws(StoreError) -> Certification {
        guard let id = try? IDNumber(personId), let method = CertificationMethod(rawValue: method),
              let on = CivilDate(iso: certifiedOn), let due = CivilDate(iso: nextDue) else {
            throw .corruptRow(table: Self.databaseTableName, key: personId)
        }
        return Certification(personID: id, year: year, method: method, certifiedOn: on, nextDue: due,
                             backPaidMonths: backPaidMonths, backPay: Money(fen: backPayFen))
    }
}

/// A row of `pension_suspensions`.
public struct PensionSuspensionRecord: ServiceRecord {
    public static let databaseTableName = "pension_suspensions"
    public var id: Int64?
    public var personId: String
    public var missedDue: String
    public var fromMonth: String
    public var receiptNumber: String?

    /// The row of a suspension.
    public init(_ s: PensionSuspension, receiptNumber: String?) {
        personId = s.personID.value
        missedDue = s.missedDue.iso
        fromMonth = s.fromMonth.iso
        self.receiptNumber = receiptNumber
    }
}
