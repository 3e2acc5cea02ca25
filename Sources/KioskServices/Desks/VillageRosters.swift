import KioskDomain
import KioskStore

/// The village's rosters (coverage, mobilisation, pensioners, ...) on a day, under the policy in force
/// for the village's county: the one way the coordinator's screen and `kiosk report` build them.
public enum VillageRosters {
    /// The rosters of the store's village on `day`.
    public static func roster(_ store: KioskStore, on day: CivilDate, policies: PolicyBook) throws -> VillageRoster {
        let policy = try policies.table(region: CountyCode(village: store.villageCode).value, on: day)
        return try store.roster(villageCode: store.villageCode, on: day, policy: policy)
    }
}
