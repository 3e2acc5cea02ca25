import Foundation
import KioskDomain
import KioskStore
import SyncProtocol
import TextCodecs

/// Applies the county's reference sets at the kiosk: each through its area's own importer (jobs: a held posting is
/// updated when its fields changed; non-payers: this village's rows; policy tables: the set replaces the county's
/// tables held; ID cards and coordinator accounts: the rows of this village; every one keeps or replaces rows by their
/// key, so applying a set twice changes nothing), then every version applied in one sync recorded in
/// one transaction with an audit entry each. A crash between the two re-fetches the set next time, harmlessly.
struct ReferenceApplier {
    let store: KioskStore
    let clock: KioskClock

    /// The versions this kiosk holds, by kind.
    func held() throws(SyncFailure) -> [ReferenceKind: Int64] {
        let rows: [HeldReference]
        do {
            rows = try store.referenceVersions()
        } catch {
            throw .store(String(describing: error))
        }
        var versions = [ReferenceKind: Int64]()
        for row in rows {
            if let kind = ReferenceKind(rawValue: row.kind) { versions[kind] = row.version }
        }
        return versions
    }

    /// Applies `sets` and records their versions; returns how many were applied.
    func apply(_ sets: [ReferenceSet]) throws(SyncFailure) -> Int {
        var applied = [HeldReference]()
        for set in sets {
            guard set.isIntact else {
                throw .badAnswer("reference set \(set.kind.rawValue) version \(set.version) does not match its digest")
            }
            let rows = try importRows(set)
            applied.append(HeldReference(kind: set.kind.rawValue, version: set.version, digest: set.digest,
                                         publishedAt: set.publishedAt, rowsApplied: rows))
        }
        do {
            try store.recordReferenceVersions(applied, at: clock.now())
        } catch {
            throw .store(String(describing: error))
        }
        return applied.count
    }

    private func importRows(_ set: ReferenceSet) throws(SyncFailure) -> Int {
        let now = clock.now()
        do {
            switch set.kind {
            case .upperOfficeJobs:
                return try store.importJobs(csv: set.content, source: .upperOffice, actor: .system, at: now,
                                            updatingHeld: true).imported
            case .taxNonPayers:
                return try store.importNonPayers(csv: try villagersOnly(set.content), actor: .system, at: now).imported
            case .policyTables:
                return try store.applyCountyPolicyTables(json: set.content, version: set.version, at: now)
            case .idCardRegistrations:
                return try store.applyCountyIDCards(csv: set.content, at: now).imported
            case .coordinatorAccounts:
                return try store.applyCountyCoordinators(csv: set.content, at: now).imported
            }
        } catch let failure as SyncFailure {
            throw failure
        } catch {
            throw .badAnswer("reference set \(set.kind.rawValue) version \(set.version) could not be applied: \(error)")
        }
    }

    /// The county-wide non-payer list cut to the people this kiosk's village holds: the reminders are for them.
    private func villagersOnly(_ content: String) throws -> String {
        let records = try CSVText.records(content)
        guard let header = records.first?.fields,
              let column = header.firstIndex(where: { $0.trimmingCharacters(in: .whitespaces).lowercased() == "id_number" })
        else { return content }
        let villagers = Set(try store.people(villageCode: store.villageCode).map(\.id.value))
        let kept = records.dropFirst().filter { record in
            column < record.fields.count && villagers.contains(record.fields[column].trimmingCharacters(in: .whitespaces).uppercased())
        }
        return CSVText.text(rows: [header] + kept.map(\.fields))
    }
}
