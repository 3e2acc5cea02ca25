import Foundation
import KioskAssets
import KioskDomain
import KioskStore

/// Opens the kiosk's database at start, turning store errors into one-line startup errors.
enum StoreOpening {
    /// The migrated store at `path` for `villageCode`.
    static func open(path: String, villageCode: String) throws(StartupError) -> KioskStore {
        do {
            return try KioskStore.open(path: path, villageCode: villageCode)
        } catch {
            throw .unusableDatabase(path: path, reason: error.parameters["reason"] ?? "\(error)")
        }
    }

    /// The dated policy tables shipped in the assets; an invalid file stops the start with file, field and why.
    static func policies() throws(StartupError) -> PolicyBook {
        do {
            return try PolicyBook(folder: KioskAssets.url("policy"))
        } catch {
            throw .invalidPolicy(reason: "\(error)")
        }
    }

    /// The demo database in `folder`, seeded with the demo village the first time; returns it and the village.
    static func openDemo(in folder: String) throws(StartupError) -> (store: KioskStore, village: DemoVillage.Description) {
        let villageFolder = KioskAssets.url("demo/village")
        let village: DemoVillage.Description
        do {
            village = try DemoVillage.description(from: villageFolder)
        } catch {
            throw .unreadableAssets(reason: "\(error)")
        }
        let path = (folder as NSString).appendingPathComponent("demo.sqlite")
        let store = try open(path: path, villageCode: village.villageCode)
        do {
            _ = try DemoVillage.seed(into: store, from: villageFolder, at: Date())
        } catch {
            throw .unusableDatabase(path: path, reason: "\(error)")
        }
        return (store, village)
    }
}
