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
/// Rows an importer skipped (a clashing card UID, a malformed line) are returned for the technicians' log.
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

    /// What applying the sets came to: how many sets were applied, and each row skipped, as a line for the log.
    struct Outcome: Hashable, Sendable {
        var sets: Int
        var skippedRows: [String]
    }

    /// Applies `sets` and records their versions.
    func apply(_ sets: [ReferenceSet]) throws(SyncFailure) -> Outcome {
        var applied = [HeldReference]()
        var skipped = [String]()
        for set in sets {
            guard set.isIntact else {
                throw .badAnswer("reference set \(set.kind.rawValue) version \(set.version) does not match its digest")
            }
            let report = try importRows(set)
            applied.append(HeldReference(kind: set.kind.rawValue, version: set.version, digest: set.digest,
                                         publishedAt: set.publishedAt, rowsApplied: report.imported))
            // The non-payer list is cut to this village's rows before it is read, so its line numbers are not the set's.
            let numbered = set.kind != .taxNonPayers
            skipped += report.problems.map { problem in
                "\(set.kind.rawValue) version \(set.version)\(numbered ? ", line \(problem.line)" : ""): \(problem.reason)"
            }
        }
        do {
            try store.recordReferenceVersions(applied, at: clock.now())
        } catch {
            throw .store(String(describing: error))
        }
        return Outcome(sets: applied.count, skippedRows: skipped)
    }

    private func importRows(_ set: ReferenceSet) throws(SyncFailure) -> ImportReport {
        let now = clock.now()
        do {
            switch set.kind {
            case .upperOfficeJobs:
                return try store.importJobs(csv: set.content, source: .upperOffice, actor: .system, at: now,
                                            updatingHeld: true)
            case .taxNonPayers:
                return try store.importNonPayers(csv: try villagersOnly(set.content), actor: .system, at: now)
            case .policyTables:
                // A set with any bad table is refused whole, so it never skips a row.
                return ImportReport(imported: try store.applyCountyPolicyTables(json: set.content, version: set.version, at: now),
                                    problems: [])
            case .idCardRegistrations:
                return try store.applyCountyIDCards(csv: set.content, at: now)
            case .coordinatorAccounts:
                return try store.applyCountyCoordinators(csv: set.content, at: now)
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
