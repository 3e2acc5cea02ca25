import Foundation
import KioskDomain
import KioskStore
import KioskSync

/// What `kiosk sync` works on: the kiosk's database and its hub, from the configuration file or the command line.
public struct SyncTarget: Sendable {
    public var database: String
    public var hub: HubSyncConfig

    /// A target from its parts.
    public init(database: String, hub: HubSyncConfig) {
        self.database = database
        self.hub = hub
    }

    /// The database and hub a kiosk configuration file names, each replaceable by the command line's value.
    public static func resolve(configPath: String?, database: String?, hubURL: String?, kioskID: String?,
                               keyFile: String?) throws(StartupError) -> SyncTarget {
        let config = try configPath.map { path throws(StartupError) in try KioskConfig.load(path: path) }
        guard let database = database ?? config?.database else {
            throw .invalidConfig(path: configPath ?? "-", reason: "no database: give --db or --config")
        }
        guard let url = hubURL ?? config?.hub?.url, let kiosk = kioskID ?? config?.hub?.kioskID,
              let key = keyFile ?? config?.hub?.keyFile else {
            throw .invalidConfig(path: configPath ?? "-",
                                 reason: "no hub: give --hub, --kiosk-id and --key-file, or a configuration with \"hub\"")
        }
        var hub = config?.hub ?? HubSyncConfig(url: url, kioskID: kiosk, keyFile: key)
        hub.url = url
        hub.kioskID = kiosk
        hub.keyFile = key
        return SyncTarget(database: database, hub: hub)
    }

    /// The sender of the database's outbox to the hub, on `clock`; call `client.shutdown()` when done.
    public func sender(store: KioskStore, clock: KioskClock, policies: PolicyBook) throws(SyncFailure) -> (OutboxSender, HubClient) {
        let endpoint = try HubEndpoint(baseURL: hub.url, kioskID: hub.kioskID, keyFile: hub.keyFile,
                                       trustedCAFile: hub.caFile)
        let client = try HubClient(endpoint: endpoint, clock: clock)
        return (OutboxSender(store: store, client: client, clock: clock, kioskID: hub.kioskID, policies: policies), client)
    }
}
