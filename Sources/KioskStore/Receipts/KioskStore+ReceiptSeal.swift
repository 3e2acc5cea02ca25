import Crypto
import Foundation
import GRDB
import KioskDomain

/// The kiosk's receipt key and the check of a receipt's code against the receipts this kiosk recorded.
extension KioskStore {
    static func registerReceiptSealMigration(_ migrator: inout DatabaseMigrator) {
        migrator.registerMigration("2026-12 receipt seal key") { db in
            try db.execute(sql: """
                CREATE TABLE receipt_seal_key (
                    id INTEGER PRIMARY KEY CHECK (id = 1),
                    key BLOB NOT NULL
                )
                """)
        }
    }

    /// The kiosk's own 256-bit receipt key, made from the system's random source the first time it is asked for
    /// and kept in the database file (readable by the kiosk alone).
    public func receiptSealKey() throws -> SymmetricKey {
        try database.write { db in
            if let stored = try Data.fetchOne(db, sql: "SELECT key FROM receipt_seal_key WHERE id = 1") {
                return SymmetricKey(data: stored)
            }
            let key = SymmetricKey(size: .bits256)
            let bytes = key.withUnsafeBytes { Data($0) }
            try db.execute(sql: "INSERT INTO receipt_seal_key (id, key) VALUES (1, ?)", arguments: [bytes])
            return key
        }
    }

    /// What the QR code of `receipt` holds.
    public func sealPayload(for receipt: Receipt) throws -> String {
        ReceiptSeal.payload(for: receipt, key: try receiptSealKey())
    }

    /// Checks a scanned or typed receipt code against the receipt recorded under its number.
    public func verifyReceipt(_ text: String) throws -> ReceiptVerification {
        guard let (number, code) = ReceiptSeal.parse(text) else { return .malformed }
        guard let receipt = try receipt(number: number) else { return .unknownReceipt(number: number) }
        let expected = ReceiptSeal.code(for: receipt, key: try receiptSealKey())
        // Compared without an early exit, so the time taken does not tell how much of a forged code was right.
        let same = zip(expected.utf8, code.utf8).reduce(UInt8(0)) { $0 | ($1.0 ^ $1.1) } == 0 && expected.count == code.count
        return same ? .valid(receipt) : .codeMismatch(number: number)
    }
}
