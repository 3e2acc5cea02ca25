import Foundation
import KioskAssets
import KioskDomain
import SyncProtocol

/// The policy tables the hub judges villages by: the same dated tables the kiosks ship with (`Assets/policy/`),
/// loaded once, and the county's published ones. A hub whose tables cannot be read judges no village (the page shows "-") rather than guess a target.
public enum HubPolicies {
    /// The shipped tables, or an empty book when they cannot be read.
    public static let shipped: PolicyBook = (try? PolicyBook(folder: KioskAssets.url("policy"))) ?? PolicyBook(tables: [])

    /// The tables in force at the county: `shipped` with the county's latest published `policyTables` set (a county
    /// table replaces a shipped one for the same region and first day, as at the kiosks).
    public static func inForce(from storage: any HubStorage,
                               shipped: PolicyBook = HubPolicies.shipped) async throws(HubStorageError) -> PolicyBook {
        var others = [ReferenceKind: Int64]()
        for kind in ReferenceKind.allCases where kind != .policyTables { others[kind] = .max }
        guard let set = try await storage.referenceSets(newerThan: others).first(where: { $0.kind == .policyTables }),
              let tables = try? PolicyTableSet.tables(from: set.content) else { return shipped }
        return shipped.including(tables)
    }

    /// The coverage target (per mille, the table's `coverageTargetPerMille`) in force for the figures' village on the
    /// (UTC) day they were computed; nil when no table is in force for it.
    public static func coverageTarget(for figures: VillageFigures, in policies: PolicyBook) -> Int? {
        guard let day = CivilDate(iso: String(figures.computedAt.prefix(10))) else { return nil }
        return try? policies.table(region: figures.villageCode, on: day).coverageTargetPerMille
    }
}
