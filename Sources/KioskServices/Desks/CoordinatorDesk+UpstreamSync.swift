import Foundation
import KioskFlows
import KioskStore

extension CoordinatorDesk {
    /// Posts how the upstream sync stands, read from the store's sync state (entries waiting, the last success,
    /// the last error's kind); a store that cannot be read posts nothing, and the menu shows no sync line.
    public func loadUpstreamSync(posting inbox: EventInbox) {
        work.async { [store, log] in
            do {
                inbox.post(.upstreamSyncLoaded(Self.upstreamSyncLine(try store.outbox.syncStatus(), in: store.timeZone)))
            } catch {
                log?.write("coordinator desk: the sync state cannot be read: \(error)")
            }
        }
    }

    /// The menu's sync line of a sync state, its instants on the kiosk's wall clock.
    static func upstreamSyncLine(_ status: SyncStatus, in timeZone: TimeZone) -> UpstreamSyncLine {
        UpstreamSyncLine(waiting: status.waiting,
                         lastSuccess: status.lastSuccessAt.map { WallClockTime(date: $0, timeZone: timeZone) },
                         lastErrorKind: status.lastError == nil ? nil : (status.lastErrorKind?.rawValue ?? "other"),
                         lastErrorAt: status.lastErrorAt.map { WallClockTime(date: $0, timeZone: timeZone) })
    }
}
