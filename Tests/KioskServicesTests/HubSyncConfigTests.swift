import Foundation
import KioskDomain
@testable import KioskServices
import Testing

struct HubSyncConfigTests {
    let clock = KioskClock.fixed(Date(timeIntervalSince1970: 1_796_011_200), timeZone: TimeZone(identifier: "Asia/Shanghai")!)

    /// A folder with a configuration naming a hub (and a key file unless `withKey` is false).
    func folder(withKey: Bool = true) throws -> (URL, String) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("hub-config-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let keyFile = folder.appendingPathComponent("hub.key").path
        if withKey { try String(repeating: "ab", count: 32).write(toFile: keyFile, atomically: true, encoding: .utf8) }
        let config = """
            {"villageCode": "450124100210", "villageName": "那料村", "database": "\(folder.path)/kiosk.sqlite",
             "log": "\(folder.path)/kiosk.log",
             "hub": {"url": "http://127.0.0.1:9", "kioskID": "450124100210-1", "keyFile": "\(keyFile)"}}
            """
        let path = folder.appendingPathComponent("kiosk.json").path
        try config.write(toFile: path, atomically: true, encoding: .utf8)
        return (folder, path)
    }

    @Test func aConfigurationNamingAHubStartsTheBackgroundSync() throws {
        let (folder, path) = try folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let assembly = try KioskAssembly.assemble(.run(configPath: path, database: nil, reader: nil, elderly: false),
                                                  machineClock: clock)
        #expect(assembly.sync != nil)
    }

    @Test func aMissingKeyFileStopsTheStartNamingIt() throws {
        let (folder, path) = try folder(withKey: false)
        defer { try? FileManager.default.removeItem(at: folder) }
        let error = try #require(throws: StartupError.self) {
            try KioskAssembly.assemble(.run(configPath: path, database: nil, reader: nil, elderly: false), machineClock: clock)
        }
        #expect(error.description.contains("hub.key") && error.description.contains("cannot be read"))
    }

    @Test func theCommandLineReplacesWhatTheConfigurationSays() throws {
        let (folder, path) = try folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let fromFile = try SyncTarget.resolve(configPath: path, database: nil, hubURL: nil, kioskID: nil, keyFile: nil)
        #expect(fromFile.hub.kioskID == "450124100210-1" && fromFile.database.hasSuffix("kiosk.sqlite"))
        let replaced = try SyncTarget.resolve(configPath: path, database: "/x.sqlite", hubURL: "https://hub", kioskID: "K2",
                                              keyFile: nil)
        #expect(replaced.database == "/x.sqlite" && replaced.hub.url == "https://hub" && replaced.hub.kioskID == "K2")
        #expect(throws: StartupError.self) {
            try SyncTarget.resolve(configPath: nil, database: "/x.sqlite", hubURL: nil, kioskID: nil, keyFile: nil)
        }
    }
}
