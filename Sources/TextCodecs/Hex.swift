/// Hexadecimal text for bytes and back: card logs and profiles, audit hashes, PIN salts.
public enum Hex {
    /// Which letters the digits a to f are written with.
    public enum LetterCase: Sendable {
        case upper, lower
    }

    private static let upperDigits = Array("0123456789ABCDEF".utf8)
    private static let lowerDigits = Array("0123456789abcdef".utf8)

    /// Two digits per byte without separators, e.g. `3B8F01` (or `3b8f01` in lower case).
    public static func string(_ bytes: some Sequence<UInt8>, case letterCase: LetterCase = .upper) -> String {
        let digits = letterCase == .upper ? upperDigits : lowerDigits
        var characters: [UInt8] = []
        characters.reserveCapacity(bytes.underestimatedCount * 2)
        for byte in bytes {
            characters.append(digits[Int(byte >> 4)])
            characters.append(digits[Int(byte & 0x0F)])
        }
        return String(decoding: characters, as: UTF8.self)
    }

    /// Parses hex digits of either case, ignoring spaces and colons between them; nil on an odd
    /// number of digits or any other character (full-width digits included).
    public static func bytes(_ text: some StringProtocol) -> [UInt8]? {
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count / 2)
        var high: UInt8?
        for character in text.utf8 where character != UInt8(ascii: " ") && character != UInt8(ascii: ":") {
            guard let nibble = nibble(character) else { return nil }
            if let first = high {
                out.append(first << 4 | nibble)
                high = nil
            } else {
                high = nibble
            }
        }
        return high == nil ? out : nil
    }

    private static func nibble(_ character: UInt8) -> UInt8? {
        switch character {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): character - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): character - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): character - UInt8(ascii: "A") + 10
        default: nil
        }
    }
}
