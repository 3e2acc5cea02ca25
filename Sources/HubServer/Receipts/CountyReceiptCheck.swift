import Foundation
import KioskStore
import SyncProtocol

/// What checking a receipt's code county-wide found.
public enum CountyReceiptVerification: Hashable, Sendable {
    /// A kiosk sent an entry under this receipt number whose receipt carries this code.
    case valid(HubReceiptEntry)
    /// No kiosk sent an entry under this number (or it has not synced yet).
    case unknownReceipt(number: String)
    /// Entries under this number arrived with their codes, and none is this code: the paper was changed or forged.
    case codeMismatch(number: String)
    /// Entries under this number arrived before their kiosks sent receipt codes: the hub cannot tell; the kiosk can.
    case noCodeHeld(number: String)
    /// The text is no receipt code.
    case malformed
}

/// The county-wide check of a paper receipt's QR or printed code (`kiosk receipt verify`'s county counterpart).
///
/// The hub never holds a kiosk's receipt key: each kiosk sends, with every entry, the check code printed on the
/// entry's receipt (the receipt's HMAC under its key). A code is valid when it equals the code a kiosk sent for an
/// entry under that receipt number. Holding codes lets nobody make a code for a receipt that does not exist or was
/// changed, since that needs the kiosk's key.
public enum CountyReceiptCheck {
    /// Checks `text` (`VK1 NUMBER CODE`, or `NUMBER CODE` typed from the paper) against what the kiosks sent.
    public static func verify(_ text: String, in storage: any HubStorage) async throws(HubStorageError)
        -> CountyReceiptVerification {
        guard let (number, code) = ReceiptSeal.parse(text) else { return .malformed }
        return judge(number: number, code: code, entries: try await storage.entries(withReceipt: number))
    }

    /// The verdict on `code` for a receipt `number` given the entries stored under that number.
    static func judge(number: String, code: String, entries: [HubReceiptEntry]) -> CountyReceiptVerification {
        guard !entries.isEmpty else { return .unknownReceipt(number: number) }
        // Every candidate is compared in full, so the time taken does not tell how much of a forged code was right.
        var match: HubReceiptEntry?
        for entry in entries {
            if let held = entry.receiptCode, sameCode(held, code), match == nil { match = entry }
        }
        if let match { return .valid(match) }
        return entries.contains { $0.receiptCode != nil } ? .codeMismatch(number: number) : .noCodeHeld(number: number)
    }

    /// Compares two codes without an early exit.
    static func sameCode(_ held: String, _ given: String) -> Bool {
        let left = Array(held.utf8), right = Array(given.utf8)
        guard left.count == right.count else { return false }
        return zip(left, right).reduce(UInt8(0)) { $0 | ($1.0 ^ $1.1) } == 0
    }

    /// The verdict in plain words, for the county's command line and page.
    public static func describe(_ verification: CountyReceiptVerification) -> String {
        switch verification {
        case .valid(let entry):
            "valid: receipt \(entry.receiptNumber), \(entry.kind), recorded \(entry.createdAt) at kiosk "
                + "\(entry.key.kioskID), received by the hub \(entry.receivedAt)"
        case .unknownReceipt(let number):
            "not found: no kiosk has sent a receipt \(number) to the hub (it may not have synced yet)"
        case .codeMismatch(let number):
            "not valid: the code does not belong to receipt \(number) (the paper was changed or is forged)"
        case .noCodeHeld(let number):
            "cannot tell: receipt \(number) reached the hub before kiosks sent receipt codes; "
                + "check it at its kiosk with kiosk receipt verify"
        case .malformed:
            "not a receipt code: give the QR code's text (VK1 NUMBER CODE) or NUMBER CODE"
        }
    }
}
