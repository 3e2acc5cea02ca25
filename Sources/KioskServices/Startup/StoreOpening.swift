import Foundation
import KioskAssets
import KioskDomain
import KioskFlows
import KioskStore

/// Opens the kiosk's database at start, turning store errors into one-line startup errors.
public enum StoreOpening {
    /// The migrated store at `path` serving `villageCode`, its days counted in `timeZone`.
    static func open(path: String, villageCode: String, timeZone: TimeZone) throws(StartupError) -> KioskStore {
        do {
            return try KioskStore.open(path: path, villageCode: villageCode, timeZone: timeZone)
        } catch {
            throw .unusableDatabase(path: path, reason: error.description)
        }
    }

    /// The GB/T 2260 region list shipped in the assets.
    static func regions() throws(StartupError) -> RegionDirectory {
        do {
            return try RegionDirectory(csv: String(contentsOf: KioskAssets.url("reference/regions-gb2260.csv"), encoding: .utf8))
        } catch {
            throw .unreadableAssets(reason: "region codes: \(error)")
        }
    }

    /// The demo coordinator's PIN, shown on the demo's login screen.
    static let demoCoordinatorPIN = "123456"
    /// The card number of the demo coordinator's card (`Assets/demo/cards/coordinator.json`).
    static let demoCoordinatorCardNumber = "GX3456789"

    /// Registers the demo village's coordinator with the demo card and PIN, once.
    private static func registerDemoCoordinator(_ village: DemoVillage.Description, in store: KioskStore, at instant: Date) throws {
        guard try store.coordinator(cardNumber: demoCoordinatorCardNumber) == nil,
              let person = try store.people(villageCode: village.villageCode).first(where: { $0.name == village.coordinator.name })
        else { return }
        let coordinator = Coordinator(id: village.coordinator.id, name: village.coordinator.name, idNumber: person.id,
                                      cardNumber: demoCoordinatorCardNumber, villageCode: village.villageCode)
        try store.addCoordinator(coordinator, pin: try CoordinatorPIN(demoCoordinatorPIN), actor: .system, at: instant)
    }

    /// The book a kiosk's store decides with: the shipped tables and the county's tables the store holds.
    public static func policies(for store: KioskStore) throws(StartupError) -> PolicyBook {
        store.policyBook(shipped: try policies())
    }

    /// The dated policy tables shipped in the assets; an invalid file stops the start with file, field and why.
    public static func policies() throws(StartupError) -> PolicyBook {
        do {
            return try PolicyBook(folder: KioskAssets.url("policy"))
        } catch {
            throw .invalidPolicy(reason: "\(error)")
        }
    }

    /// The demo database in `folder`, seeded with the demo village drawn up for the clock's day; returns it and
    /// the village. A database seeded for another day is replaced, so the demo never goes stale.
    static func openDemo(in folder: String, clock: KioskClock) throws(StartupError) -> (store: KioskStore, village: DemoVillage.Description) {
        let villageFolder = KioskAssets.url("demo/village")
        let village: DemoVillage.Description
        do {
            village = try DemoVillage.description(from: villageFolder)
        } catch {
            throw .unreadableAssets(reason: "\(error)")
        }
        let path = (folder as NSString).appendingPathComponent("demo.sqlite")
        var store = try open(path: path, villageCode: village.villageCode, timeZone: clock.timeZone)
        do {
            if try store.peopleCount() > 0, try DemoVillage.seededDay(in: store) != clock.today {
                store = try replaceDemoDatabase(at: path, village: village, clock: clock)
            }
            _ = try DemoVillage.seed(into: store, from: villageFolder, at: clock.now())
            try registerDemoCoordinator(village, in: store, at: clock.now())
        } catch let error as StartupError {
            throw error
        } catch {
            throw .unusableDatabase(path: path, reason: "\(error)")
        }
        return (store, village)
    }

    /// Removes the demo database file (with its WAL) and opens a new, empty one.
    private static func replaceDemoDatabase(at path: String, village: DemoVillage.Description,
                                            clock: KioskClock) throws(StartupError) -> KioskStore {
        for suffix in ["", "-wal", "-shm"] where FileManager.default.fileExists(atPath: path + suffix) {
            do {
                try FileManager.default.removeItem(atPath: path + suffix)
            } catch {
                throw .unusableDatabase(path: path, reason: "cannot replace the demo database seeded for another day")
            }
        }
        return try open(path: path, villageCode: village.villageCode, timeZone: clock.timeZone)
    }
}
