import Foundation
import KioskDomain
import KioskStore
import KioskSync

extension HubSyncConfig {
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
                for row in progress.skippedReferenceRows { log.write("county reference row not applied: \(row)") }
                if retention > 0 {
                    _ = try? store.outbox.purgeDelivered(before: clock.now().addingTimeInterval(-Double(retention) * 86_400))
                }
            case .failure(let failure):
                log.write("sync with the county hub failed, will retry: \(failure.description)")
            }
        }
    }
}
