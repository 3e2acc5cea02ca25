import Foundation

/// The globally unique key of one outbox entry: the kiosk that wrote it and the UUID it gave the entry then.
///
/// A receipt number alone repeats (after a restore, or on two kiosks of one village); the pair does not.
public struct EntryKey: Hashable, Sendable, Codable, CustomStringConvertible {
    /// The kiosk's ID as registered at the hub.
    public var kioskID: String
    /// The UUID assigned when the kiosk wrote the entry.
    public var entryID: UUID

    /// A key from its two parts.
    public init(kioskID: String, entryID: UUID) {
        self.kioskID = kioskID
        self.entryID = entryID
    }

    /// `KIOSK/UUID`, as the hub's command line shows and accepts it.
    public var description: String { "\(kioskID)/\(entryID.uuidString)" }

    /// Parses `KIOSK/UUID`; nil for anything else.
    public init?(text: String) {
        guard let slash = text.lastIndex(of: "/") else { return nil }
        let kiosk = String(text[..<slash])
        guard KioskID.isValid(kiosk), let uuid = UUID(uuidString: String(text[text.index(after: slash)...])) else {
            return nil
        }
        self.init(kioskID: kiosk, entryID: uuid)
    }
}

/// The rule for kiosk IDs: 1 to 64 letters, digits, `-`, `_` or `.`.
public enum KioskID {
    /// Whether `text` may name a kiosk.
    public static func isValid(_ text: String) -> Bool {
        guard (1...64).contains(text.utf8.count) else { return false }
        return text.unicodeScalars.allSatisfy { scalar in
            scalar.isASCII && (CharacterSet.alphanumerics.contains(scalar) || "-_.".unicodeScalars.contains(scalar))
        }
    }
}
