import KioskDomain

extension CoordinatorReports {
    /// The stored proxy authorisations (`kiosk authorisation list`), newest first, each with where it stands on `day`:
    /// active, revoked, expired or not yet valid (IDs masked).
    public static func authorisations(_ stored: [(authorisation: ProxyAuthorisation, villagerName: String)],
                                      on day: CivilDate, villageCode: String) -> ReportTable {
        func standing(_ a: ProxyAuthorisation) -> String {
            if a.revoked { return "revoked" }
            if day > a.expiresOn { return "expired" }
            if day < a.validFrom { return "not yet valid" }
            return "active"
        }
        return ReportTable(
            title: "Proxy authorisations",
            notes: ["village \(villageCode), \(day.iso): \(stored.count) stored, "
                        + "\(stored.filter { standing($0.authorisation) == "active" }.count) active"],
            header: ["id", "villager", "id_number", "kind", "proxy", "relationship", "proxy_id_number", "scope", "valid_from",
                     "expires_on", "consent", "status"],
            rows: stored.map { entry in
                let a = entry.authorisation
                return [String(a.id ?? 0), entry.villagerName, a.personID.masked, a.kind.rawValue, a.proxyName,
                        a.relationship, a.proxyIDNumber.masked, a.scope.sorted().map(\.rawValue).joined(separator: " "),
                        a.validFrom.iso, a.expiresOn.iso, a.consentEvidence, standing(a)]
            })
    }
}
