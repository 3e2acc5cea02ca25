import Foundation
import GRDB
import KioskDomain

/// A row of `receipts`.
public struct ReceiptRecord: Codable, Hashable, Sendable, FetchableRecord, PersistableRecord {
    public static let databaseTableName = "receipts"
    public static let databaseColumnDecodingStrategy = DatabaseColumnDecodingStrategy.convertFromSnakeCase
    public static let databaseColumnEncodingStrategy = DatabaseColumnEncodingStrategy.convertToSnakeCase

    public var number: String
    public var villageCode: String
    public var service: String
    public var personId: String
    public var maskedId: String
    public var personName: String
    public var businessDate: String
    /// Summary values as sorted-key JSON.
    public var summary: String
    public var amountFen: Int?
    public var actorKind: String
    public var actorId: String?
    public var actorName: String?
    public var proxyName: String?
    public var proxyRelationship: String?
    public var proxyMaskedId: String?
    public var proxyConsent: Bool
    public var recordedAt: String

    /// The row of a receipt.
    public init(_ r: Receipt) {
        number = r.number
        villageCode = r.villageCode
        service = r.service.rawValue
        personId = r.personID.value
        maskedId = r.maskedID
        personName = r.personName
        businessDate = r.businessDate.iso
        summary = JSONText.encode(r.summary)
        amountFen = r.amount?.fen
        actorKind = r.actor.kind.rawValue
        actorId = r.actor.id
        actorName = r.actor.name
        proxyName = r.actor.proxy?.name
        proxyRelationship = r.actor.proxy?.relationship
        proxyMaskedId = r.actor.proxy?.maskedID
        proxyConsent = r.actor.proxy?.consentRecorded ?? false
        recordedAt = Timestamp.text(r.recordedAt)
    }

    /// The receipt this row holds (the instant is read back at millisecond precision).
    public func receipt() throws(StoreError) -> Receipt {
        guard let service = ServiceKind(rawValue: service), let id = try? IDNumber(personId),
              let day = CivilDate(iso: businessDate), let kind = ActorKind(rawValue: actorKind),
              let instant = Timestamp.date(recordedAt) else {
            throw .corruptRow(table: Self.databaseTableName, key: number)
        }
        let proxy = proxyName.map {
            Proxy(name: $0, relationship: proxyRelationship ?? "", maskedID: proxyMaskedId, consentRecorded: proxyConsent)
        }
        return Receipt(number: number, villageCode: villageCode, service: service, personID: id,
                       personName: personName, businessDate: day, summary: JSONText.decodeDictionary(summary),
                       amount: amountFen.map { Money(fen: $0) },
                       actor: Actor(kind: kind, id: actorId, name: actorName, proxy: proxy), recordedAt: instant)
    }
}
