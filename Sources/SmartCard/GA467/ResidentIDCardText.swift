/// The 256-byte UCS-2LE text block of a resident ID card: fixed-width fields, space padded.
public enum ResidentIDCardText {
    /// The field widths in bytes, in order: name, sex, nation, birth, address, ID number, authority,
    /// valid from, valid to (the remaining 36 bytes are reserved).
    public static let widths = [30, 2, 4, 16, 70, 36, 30, 16, 16]
    /// The text block's size.
    public static let size = 256
    /// The word the card uses for "no expiry".
    public static let unlimited = "长期"

    /// Splits and decodes the text block; the photo block is carried along unchanged.
    public static func decode(_ text: [UInt8], photo: [UInt8]) throws(GA467Error) -> ResidentIDCardData {
        guard text.count >= size else { throw .truncatedData }
        var fields: [String] = []
        var offset = 0
        for width in widths {
            guard let field = ucs2(Array(text[offset..<(offset + width)])) else { throw .invalidText }
            fields.append(field)
            offset += width
        }
        guard let birth = CardDate(digits: fields[3]), let from = CardDate(digits: fields[7]),
              fields[1] == "1" || fields[1] == "2", fields[2].count == 2, fields[2].allSatisfy(\.isNumber),
              IDNumberCheck.isValid(fields[5]) else { throw .invalidText }
        let to: CardDate?
        if fields[8] == unlimited {
            to = nil
        } else {
            guard let date = CardDate(digits: fields[8]) else { throw .invalidText }
            to = date
        }
        return ResidentIDCardData(name: fields[0], sex: fields[1], nationCode: fields[2], birthDate: birth,
                                  address: fields[4], idNumber: fields[5].uppercased(), authority: fields[6],
                                  validFrom: from, validTo: to, photo: photo)
    }

    /// Builds a text block from fields (the simulated module uses it); each is space-padded to its width.
    public static func encode(_ fields: [String]) -> [UInt8] {
        var out: [UInt8] = []
        for (field, width) in zip(fields, widths) {
            var bytes: [UInt8] = []
            for unit in field.utf16 { bytes += [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
            bytes = Array(bytes.prefix(width))
            while bytes.count < width { bytes += [0x20, 0x00] }
            out += bytes
        }
        return out + [UInt8](repeating: 0x20, count: size - out.count).enumerated().map { $0.offset % 2 == 0 ? 0x20 : 0x00 }
    }

    /// Parses a read answer: text length (2), photo length (2), text, photo.
    public static func splitReadAnswer(_ data: [UInt8]) throws(GA467Error) -> (text: [UInt8], photo: [UInt8]) {
        guard data.count >= 4 else { throw .truncatedData }
        let textLength = Int(data[0]) << 8 | Int(data[1])
        let photoLength = Int(data[2]) << 8 | Int(data[3])
        guard data.count >= 4 + textLength + photoLength else { throw .truncatedData }
        let text = Array(data[4..<(4 + textLength)])
        let photo = Array(data[(4 + textLength)..<(4 + textLength + photoLength)])
        return (text, photo)
    }

    private static func ucs2(_ bytes: [UInt8]) -> String? {
        var units: [UInt16] = []
        for index in stride(from: 0, to: bytes.count - 1, by: 2) {
            units.append(UInt16(bytes[index]) | UInt16(bytes[index + 1]) << 8)
        }
        while let last = units.last, last == 0x20 || last == 0x00 { units.removeLast() }
        guard let text = String(validating: units, as: UTF16.self) else { return nil }
        return text
    }
}
