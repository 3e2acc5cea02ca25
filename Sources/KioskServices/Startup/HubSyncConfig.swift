import Foundation
import KioskDomain
import KioskStore
import KioskSync

/// The `hub` part of a kiosk's configuration: where the county hub is and how this kiosk signs for it.
public struct HubSyncConfig: Codable, Equatable, Sendable {
    /// The hub's base URL (`https://hub.county.example:8480`).
    public var url: String
    /// This kiosk's ID at the hub (`kiosk-hub kiosk add ID`).
    public var kioskID: String
    /// The file holding the key `kiosk-hub kiosk add` printed (readable by the kiosk's user only).
    public var keyFile: String
    /// A PEM file of the authority that signed the hub's certificate, when it is not a public one.
    public var caFile: String?
    /// Days an acknowledged entry is kept before it is deleted (0 keeps them all).
    public var retentionDays: Int?

    /// A hub configuration from its parts.
    public init(url: String, kioskID: String, keyFile: String, caFile: String? = nil, retentionDays: Int? = nil) {
        self.url = url
        self.kioskID = kioskID
        self.keyFile = keyFile
        self.caFile = caFile
        self.retentionDays = retentionDays
    }

    /// The background sync of `store` to this hub, reporting to `log`; a configuration problem stops the start.
    func backgroundSync(store: KioskStore, clock: KioskClock, policies: PolicyBook, log: KioskLog,
                        configPath: String) throws(StartupError) -> BackgroundSync {
        let client: HubClient
        do {
            let endpoint = try HubEndpoint(baseURL: url, kioskID: kioskID, keyFile: keyFile, trustedCAFile: caFile)
            client = try HubClient(endpoint: endpoint, clock: clock)
        } catch {
            throw .invalidConfig(path: configPath, reason: "hub: \(error.description)")
        }
        let sender = OutboxSender(store: store, client: client, clock: clock, kioskID: kioskID, policies: policies)
        let retention = retentionDays ?? 90
        return BackgroundSync(sender: sender) { outcome in
            switch outcome {
            case .success(let progress):
                if let finding = progress.auditFinding { log.write("county hub reports on the audit chain: \(finding)") }
                if retention > 0 {
                    _ = try? store.outbox.purgeDelivered(before: clock.now().addingTimeInterval(-Double(retention) * 86_400))
                }
            case .failure(let failure):
                log.write("sync with the county hub failed, will retry: \(failure.description)")
            }
        }
    }
}
