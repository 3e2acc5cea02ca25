/// Packed binary-coded decimal, two digits per byte, as the card stores dates and nation codes.
public enum BCD {
    /// The decimal digits of packed BCD bytes; nil if a nibble is not 0-9.
    public static func digits(_ bytes: [UInt8]) -> String? {
        var out = ""
        out.reserveCapacity(bytes.count * 2)
        for byte in bytes {
            let high = byte >> 4, low = byte & 0x0F
            guard high <= 9, low <= 9 else { return nil }
            out.append(Character(Unicode.Scalar(0x30 + high)))
            out.append(Character(Unicode.Scalar(0x30 + low)))
        }
        return out
    }

    /// Packs an even number of ASCII decimal digits; nil on a non-digit or an odd count.
    public static func encode(_ digits: String) -> [UInt8]? {
        var values: [UInt8] = []
        for char in digits.utf8 {
            guard char >= 0x30, char <= 0x39 else { return nil }
            values.append(char - 0x30)
        }
        guard values.count % 2 == 0 else { return nil }
        return stride(from: 0, to: values.count, by: 2).map { values[$0] << 4 | values[$0 + 1] }
    }
}
