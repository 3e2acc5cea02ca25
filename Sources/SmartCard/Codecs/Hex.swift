/// Hexadecimal text for bytes, as printed in logs and written in card profiles.
public enum Hex {
    private static let digits = Array("0123456789ABCDEF")

    /// Upper-case hex without separators, e.g. `3B8F01`.
    public static func string(_ bytes: some Sequence<UInt8>) -> String {
        var out = ""
        for byte in bytes {
            out.append(digits[Int(byte >> 4)])
            out.append(digits[Int(byte & 0x0F)])
        }
        return out
    }

    /// Parses hex text (spaces and colons allowed); nil on an odd count or a non-hex character.
    public static func bytes(_ text: String) -> [UInt8]? {
        var out: [UInt8] = []
        var high: UInt8?
        for char in text where char != " " && char != ":" {
            guard let nibble = char.hexDigitValue else { return nil }
            if let h = high {
                out.append(h << 4 | UInt8(nibble))
                high = nil
            } else {
                high = UInt8(nibble)
            }
        }
        return high == nil ? out : nil
    }
}
