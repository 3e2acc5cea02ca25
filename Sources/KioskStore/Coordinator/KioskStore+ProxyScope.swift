import GRDB
import KioskDomain

extension KioskStore {
    /// The check every record made for a proxy passes, inside the recording transaction: the stored authorisation
    /// the proxy acts on must be this villager's, not revoked, valid on `day` and cover the business
    /// (`ProxyAuthorisation.refusals`). Otherwise `StoreError.proxyRefused` ends the transaction and nothing is written,
    /// whatever the screens allowed (issue 12 item 5).
    func checkProxyAuthorisation(_ proxy: Proxy, service: ServiceKind, personID: IDNumber, on day: CivilDate,
                                 _ db: Database) throws {
        guard let id = proxy.authorisationID, let row = try ProxyAuthorisationRecord.fetchOne(db, key: id),
              row.personId == personID.value else {
            throw StoreError.proxyRefused([.notRecorded])
        }
        guard let delegated = ProxyService(rawValue: service.rawValue) else {
            throw StoreError.proxyRefused([.notDelegable])
        }
        let refusals = try row.authorisation().refusals(service: delegated, on: day)
        if !refusals.isEmpty {
            throw StoreError.proxyRefused(refusals)
        }
    }
}
