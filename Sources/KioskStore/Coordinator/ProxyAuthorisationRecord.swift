import Foundation
import GRDB
import KioskDomain

/// A row of `proxy_authorisations`.
public struct ProxyAuthorisationRecord: Codable, Hashable, Sendable, FetchableRecord, MutablePersistableRecord {
    public static let databaseTableName = "proxy_authorisations"
    public static let databaseColumnDecodingStrategy = DatabaseColumnDecodingStrategy.convertFromSnakeCase
    public static let databaseColumnEncodingStrategy = DatabaseColumnEncodingStrategy.convertToSnakeCase

    public var id: Int64?
    public var personId: String
    public var kind: String
    public var proxyName: String
    public var relationship: String
    public var proxyIdNumber: String
    /// Service raw values, comma-separated, in `ProxyService` order.
    public var scope: String
    public var validFrom: String
    public var expiresOn: String
    public var consentRecordedAt: String
    public var consentEvidence: String
    /// Staff ID of the coordinator who recorded it.
    public var recordedBy: String
    public var revoked: Bool

    /// The row of an authorisation.
    public init(_ a: ProxyAuthorisation, recordedBy: String) {
        id = a.id
        personId = a.personID.value
        kind = a.kind.rawValue
        proxyName = a.proxyName
        relationship = a.relationship
        proxyIdNumber = a.proxyIDNumber.value
        scope = a.scope.sorted().map(\.rawValue).joined(separator: ",")
        validFrom = a.validFrom.iso
        expiresOn = a.expiresOn.iso
        consentRecordedAt = Timestamp.text(a.consentRecordedAt)
        consentEvidence = a.consentEvidence
        self.recordedBy = recordedBy
        revoked = a.revoked
    }

    /// The authorisation this row holds.
    public func authorisation() throws(StoreError) -> ProxyAuthorisation {
        guard let person = try? IDNumber(personId), let proxy = try? IDNumber(proxyIdNumber),
              let kind = ProxyKind(rawValue: kind), let from = CivilDate(iso: validFrom),
              let until = CivilDate(iso: expiresOn), let consent = Timestamp.date(consentRecordedAt) else {
            throw .corruptRow(table: Self.databaseTableName, key: String(id ?? 0))
        }
        let services = scope.split(separator: ",").compactMap { ProxyService(rawValue: String($0)) }
        return ProxyAuthorisation(id: id, personID: person, kind: kind, proxyName: proxyName, relationship: relationship,
                                  proxyIDNumber: proxy, scope: Set(services), validFrom: from, expiresOn: until,
                                  consentRecordedAt: consent, consentEvidence: consentEvidence, revoked: revoked)
    }

    public mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }
}

extension Proxy {
    /// The proxy as receipts and the audit log show it: name, relationship, masked ID number, consent recorded.
    public init(_ authorisation: ProxyAuthorisation) {
        self.init(name: authorisation.proxyName, relationship: authorisation.relationship,
                  maskedID: authorisation.proxyIDNumber.masked, consentRecorded: true, authorisationID: authorisation.id)
    }
}

extension Actor {
    /// The coordinator acting, for a proxy when an authorisation is given.
    public static func coordinator(_ coordinator: Coordinator, for authorisation: ProxyAuthorisation? = nil) -> Actor {
        .coordinator(id: coordinator.id, name: coordinator.name, proxy: authorisation.map(Proxy.init))
    }
}
