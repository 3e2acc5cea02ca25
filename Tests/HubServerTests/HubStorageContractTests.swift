import Foundation
import HubServer
import SyncProtocol
import Testing

extension SQLiteHubStorageTests {
    @Test("SQLite: the entries of a receipt number are found across kiosks with the codes they sent")
    func receiptEntriesAcrossKiosks() async throws {
        let storage = try SQLiteHubStorage.inMemory()
        try await registered(storage)
        try await ReceiptStorageContract.entriesOfANumberAreFoundAcrossKiosksWithTheirCodes(storage)
    }
}

extension PostgresHubStorageTests {
    @Test("PostgreSQL: the entries of a receipt number are found across kiosks with the codes they sent")
    func receiptEntriesAcrossKiosks() async throws {
        try await withStorage { storage, _ in
            try await ReceiptStorageContract.entriesOfANumberAreFoundAcrossKiosksWithTheirCodes(storage)
        }
    }
}
