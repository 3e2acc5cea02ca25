import Crypto
import Foundation

/// A kiosk's secret: 32 random bytes, written as 64 hex digits in the kiosk's key file and printed once by the hub.
///
/// Requests are signed with a key derived from it (`signingKey`); the hub stores only that derived key,
/// never the secret itself.
public struct KioskKey: Sendable, Hashable {
    /// The secret's bytes.
    public let bytes: Data

    /// A new random key.
    public static func generate() -> KioskKey {
        KioskKey(bytes: SymmetricKey(size: .bits256).withUnsafeBytes { Data($0) })
    }

    private init(bytes: Data) {
        self.bytes = bytes
    }

    /// Reads the 64 hex digits of a key file (surrounding white space allowed); nil for anything else.
    public init?(text: String) {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard let data = SyncHex.decode(trimmed), data.count == 32 else { return nil }
        self.init(bytes: data)
    }

    /// The 64 hex digits, as printed and kept in the key file.
    public var text: String { SyncHex.encode(bytes) }

    /// The key requests are signed with: HKDF-SHA256 of the secret, the only form the hub keeps.
    public var signingKey: SigningKey {
        let derived = HKDF<SHA256>.deriveKey(inputKeyMaterial: SymmetricKey(data: bytes),
                                             info: Data("village-kiosk request signing v1".utf8), outputByteCount: 32)
        return SigningKey(bytes: derived.withUnsafeBytes { Data($0) })
    }
}

/// The HMAC-SHA256 key of a kiosk's requests, derived one way from its `KioskKey`.
public struct SigningKey: Sendable, Hashable {
    /// The key's bytes.
    public let bytes: Data

    /// A key from its bytes.
    public init(bytes: Data) {
        self.bytes = bytes
    }

    /// As stored at the hub: 64 hex digits.
    public var text: String { SyncHex.encode(bytes) }

    /// Reads the stored form; nil for anything else.
    public init?(text: String) {
        guard let data = SyncHex.decode(text), data.count == 32 else { return nil }
        self.init(bytes: data)
    }
}

/// Lower-case hex for keys, digests and signatures.
public enum SyncHex {
    /// The bytes as lower-case hex.
    public static func encode<Bytes: Sequence>(_ bytes: Bytes) -> String where Bytes.Element == UInt8 {
        let digits = Array("0123456789abcdef".utf8)
        var out = [UInt8]()
        for byte in bytes {
            out.append(digits[Int(byte >> 4)])
            out.append(digits[Int(byte & 0x0F)])
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// The bytes of an even-length hex text (either case); nil for anything else.
    public static func decode(_ text: String) -> Data? {
        let chars = Array(text.utf8)
        guard chars.count % 2 == 0 else { return nil }
        var data = Data(capacity: chars.count / 2)
        var index = 0
        while index < chars.count {
            guard let high = value(chars[index]), let low = value(chars[index + 1]) else { return nil }
            data.append(high << 4 | low)
            index += 2
        }
        return data
    }

    private static func value(_ char: UInt8) -> UInt8? {
        switch char {
        case 0x30...0x39: char - 0x30
        case 0x61...0x66: char - 0x61 + 10
        case 0x41...0x46: char - 0x41 + 10
        default: nil
        }
    }
}
