import Foundation
import SmartCard
import TextCodecs

/// A virtual card described in JSON (`Assets/demo/cards/*.json`): a social-security card or a contactless UID card.
public struct CardProfile: Sendable, Hashable, Codable {
    /// What kind of card the profile emulates.
    public enum Kind: String, Sendable, Hashable, Codable {
        /// A social-security card with the SSSE application.
        case socialSecurity = "social-security"
        /// A contactless card (resident ID card) that only gives its UID.
        case contactlessUID = "contactless-uid"
    }

    /// The card holder's fields as written on a social-security card.
    public struct Holder: Sendable, Hashable, Codable {
        /// 18-character ID number.
        public var idNumber: String
        /// Name (stored as GBK on the card).
        public var name: String
        /// "1" or "2".
        public var sex: String
        /// Two-digit GB 3304 code.
        public var nation: String
        /// YYYYMMDD.
        public var birthDate: String
    }

    /// The card's own fields.
    public struct Card: Sendable, Hashable, Codable {
        /// Card identification code, hex (first six digits: issuing region).
        public var identification: String
        /// Specification version, "1.00"/"2.00"/"3.00".
        public var version: String
        /// YYYYMMDD.
        public var issueDate: String
        /// YYYYMMDD.
        public var expiryDate: String
        /// Card number (ASCII).
        public var cardNumber: String
    }

    /// Short name used in commands and event lines.
    public var id: String
    /// What the profile is for (shown to demo operators, never to residents).
    public var note: String?
    /// The kind of card.
    public var kind: Kind
    /// Card generation (1, 2 or 3): decides record numbers and the ATR's historical bytes.
    public var generation: Int
    /// Answer to reset, hex.
    public var atr: String
    /// True for a T=0 card that answers `61xx` and `6Cxx` and needs GET RESPONSE or resends.
    public var t0: Bool
    /// Holder fields (social-security cards).
    public var holder: Holder?
    /// Card fields (social-security cards).
    public var card: Card?
    /// UID hex (contactless cards).
    public var uid: String?
    /// The card holder's PIN, six digits (social-security cards); absent means the issuing default 123456.
    public var pin: String?
    /// Wrong PINs the card allows before it blocks the PIN; absent means 3.
    public var pinTries: Int?

    /// Loads a profile from a JSON file.
    public static func load(from url: URL) throws -> CardProfile {
        try JSONDecoder().decode(CardProfile.self, from: Data(contentsOf: url))
    }

    /// The ATR bytes.
    public var atrBytes: [UInt8] { Hex.bytes(atr) ?? [0x3B, 0x00] }
}
