import Foundation
import KioskStore
import SyncProtocol

extension OutboxSender {
    /// Every waiting entry as a signed parcel file for a USB stick; nothing is marked delivered (the hub's answer
    /// at the next sync does that). Returns the file and how many entries it holds.
    public func exportParcel(key: KioskKey) throws(SyncFailure) -> (file: Data, entries: Int) {
        let pending: [SyncOutboxEntry]
        do {
            pending = try store.outbox.pendingForSync(limit: Int.max)
        } catch {
            throw .store(String(describing: error))
        }
        var batches = [SyncBatch]()
        var start = 0
        while start < pending.count {
            let end = min(start + batchSize, pending.count)
            batches.append(try makeBatch(Array(pending[start..<end])))
            start = end
        }
        let parcel = SyncParcel(kioskID: kioskID, writtenAt: Timestamp.text(clock.now()), batches: batches)
        do {
            return (try parcel.sealed(with: key.signingKey), pending.count)
        } catch {
            throw .store("the parcel could not be written: \(error)")
        }
    }
}
