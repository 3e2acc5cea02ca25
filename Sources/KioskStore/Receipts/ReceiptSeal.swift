import Crypto
import Foundation
import KioskDomain
import TextCodecs

/// A printed receipt's check code (校验码): HMAC-SHA256 with the kiosk's own key over the receipt's
/// content, so anyone holding the paper can have it checked (`kiosk receipt verify`) and a changed
/// amount, name or date is found out. The QR code on the receipt carries `VK1 <number> <code>`.
public enum ReceiptSeal {
    /// The scheme tag at the start of every QR payload (version 1).
    public static let scheme = "VK1"

    /// The receipt's check code: the first 10 bytes of the HMAC as 20 upper-case hex digits.
    public static func code(for receipt: Receipt, key: SymmetricKey) -> String {
        let mac = HMAC<SHA256>.authenticationCode(for: Data(canonicalText(receipt).utf8), using: key)
        return Hex.string(mac.prefix(10))
    }

    /// What the QR code on the receipt holds.
    public static func payload(for receipt: Receipt, key: SymmetricKey) -> String {
        "\(scheme) \(receipt.number) \(code(for: receipt, key: key))"
    }

    /// The receipt number and code of a scanned payload (`VK1 NUMBER CODE`) or of the two typed by hand
    /// (`NUMBER CODE`, the code with or without the dashes it is printed with); nil for anything else.
    public static func parse(_ text: String) -> (number: String, code: String)? {
        var parts = text.split(whereSeparator: \.isWhitespace).map(String.init)
        if parts.first == scheme { parts.removeFirst() }
        guard parts.count == 2 else { return nil }
        let code = parts[1].filter { $0 != "-" }.uppercased()
        guard code.count == 20, code.allSatisfy({ $0.isASCII && $0.isHexDigit }) else { return nil }
        return (parts[0], code)
    }

    /// The code as printed for reading aloud or typing: four groups of five (`A1B2C-3D4E5-F6071-82938`).
    public static func grouped(_ code: String) -> String {
        stride(from: 0, to: code.count, by: 5).map { start in
            String(code.dropFirst(start).prefix(5))
        }.joined(separator: "-")
    }

    /// The receipt's content in one fixed form: every field that is printed or decides, in a fixed order,
    /// instants as the store keeps them (millisecond UTC), so the same receipt read back gives the same text.
    static func canonicalText(_ receipt: Receipt) -> String {
        let summary = receipt.summary.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }
        return ([scheme, receipt.number, receipt.villageCode, receipt.service.rawValue, receipt.personID.value,
                 receipt.personName, receipt.businessDate.iso, receipt.amount.map { String($0.fen) } ?? "",
                 receipt.actor.auditText, Timestamp.text(receipt.recordedAt)] + summary).joined(separator: "\n")
    }
}

/// What checking a receipt's code found.
public enum ReceiptVerification: Equatable, Sendable {
    /// The code matches the receipt this kiosk recorded under that number.
    case valid(Receipt)
    /// This kiosk recorded no receipt with that number.
    case unknownReceipt(number: String)
    /// A receipt with that number exists, but the code was not made from it: the paper was changed or forged.
    case codeMismatch(number: String)
    /// The text is no receipt code.
    case malformed
}
