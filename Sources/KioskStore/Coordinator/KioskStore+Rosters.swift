import Foundation
import GRDB
import KioskDomain

/// The coordinator's rosters, read in one transaction and built by `VillageRoster.make`.
extension KioskStore {
    /// Every villager of a village with account, contribution years and mobility flag.
    public func rosterEntries(villageCode: String) throws -> [RosterEntry] {
        try database.read { db in
            let rows = try Row.fetchAll(db, sql: """
                SELECT p.id_number, p.needs_home_visit,
                       (SELECT COUNT(DISTINCT c.year) FROM contributions c WHERE c.person_id = p.id_number) AS years
                FROM people p WHERE p.village_code = ? ORDER BY p.id_number
                """, arguments: [villageCode])
            let people = try PersonRecord.filter(Column("village_code") == villageCode).fetchAll(db)
            let accounts = try AccountRecord.fetchAll(db, sql: """
                SELECT a.* FROM accounts a JOIN people p ON p.id_number = a.person_id WHERE p.village_code = ?
                """, arguments: [villageCode])
            let personByID = Dictionary(uniqueKeysWithValues: people.map { ($0.idNumber, $0) })
            let accountByID = Dictionary(uniqueKeysWithValues: accounts.map { ($0.personId, $0) })
            return try rows.map { row in
                let key: String = row["id_number"]
                let person = try personByID[key]!.person()
                let account = try accountByID[key]?.account() ?? .notEnrolled(person.id)
                return RosterEntry(person: person, account: account, contributionYears: row["years"],
                                   needsHomeVisit: row["needs_home_visit"])
            }
        }
    }

    /// The rosters of a village on a day under the policy in force.
    public func roster(villageCode: String, on day: CivilDate, policy: PolicyTable) throws -> VillageRoster {
        VillageRoster.make(entries: try rosterEntries(villageCode: villageCode), on: day, policy: policy)
    }

    /// Marks whether a person cannot walk to the service point (needs home visits).
    public func setNeedsHomeVisit(_ personID: IDNumber, _ needsHomeVisit: Bool, actor: Actor,
                                  at instant: Date) throws(CoordinatorStoreError) {
        try coordinatorWrite { db in
            try db.execute(sql: "UPDATE people SET needs_home_visit = ? WHERE id_number = ?",
                           arguments: [needsHomeVisit, personID.value])
            guard db.changesCount == 1 else { throw CoordinatorStoreError.unknownPerson(personID.masked) }
            try AuditChain.append(db, recordedAt: Timestamp.text(instant), actor: actor.auditText,
                                  personId: personID.value, action: "mobilityChanged", receiptNumber: nil,
                                  detail: JSONText.encode(["needsHomeVisit": needsHomeVisit ? "yes" : "no"]))
        }
    }
}
