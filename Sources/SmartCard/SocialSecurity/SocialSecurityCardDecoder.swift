#if canImport(TextCodecs)
import TextCodecs
#endif

/// Turns the raw field values read from a social-security card into a checked `CardIdentity`.
public struct SocialSecurityCardDecoder: Sendable {
    /// The GB 3304 table used to name the nation code.
    public let nations: NationTable

    /// Builds a decoder with a nation table.
    public init(nations: NationTable) {
        self.nations = nations
    }

    /// Decodes the values (by tag) and validates them: ID number checksum, birth date agreement, expiry.
    public func identity(from values: [UInt8: [UInt8]], today: CardDate) throws(SmartCardError) -> CardIdentity {
        typealias L = SocialSecurityCardLayout
        let idNumber = try ascii(values, L.idNumber.tag).uppercased()
        guard IDNumberCheck.isValid(idNumber) else { throw .invalidIDNumber }
        let name = try gbk(values, L.name.tag)
        let nationCode = try bcd(values, L.nation.tag)
        guard nationCode.count == 2 else { throw .invalidField(tag: L.nation.tag) }
        let birthDate = try date(values, L.birthDate.tag)
        guard IDNumberCheck.birthDate(of: idNumber) == birthDate else { throw .birthDateMismatch }
        let idSex = IDNumberCheck.sexCode(of: idNumber) ?? ""
        var sex = idSex
        if values[L.sex.tag] != nil {
            sex = try ascii(values, L.sex.tag)
            guard sex == "1" || sex == "2" else { throw .invalidField(tag: L.sex.tag) }
        }
        var regionCode = String(idNumber.prefix(6))
        if let identification = values[L.cardIdentification.tag] {
            let hex = Hex.string(identification)
            guard hex.count >= 6, hex.prefix(6).allSatisfy(\.isNumber) else {
                throw .invalidField(tag: L.cardIdentification.tag)
            }
            regionCode = String(hex.prefix(6))
        }
        let version = try ascii(values, L.specVersion.tag)
        guard version.count == 4, version.dropFirst().first == "." else { throw .invalidField(tag: L.specVersion.tag) }
        let issueDate = try date(values, L.issueDate.tag)
        let expiryDate = try date(values, L.expiryDate.tag)
        let cardNumber = try ascii(values, L.cardNumber.tag)
        guard !cardNumber.isEmpty, cardNumber.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber) }) else {
            throw .invalidField(tag: L.cardNumber.tag)
        }
        if expiryDate < today { throw .expired(expiryDate: expiryDate) }
        return CardIdentity(
            idNumber: idNumber, name: name, sex: sex, nationCode: nationCode,
            nationName: nations.name(for: nationCode), birthDate: birthDate, cardNumber: cardNumber,
            cardVersion: version, issueDate: issueDate, expiryDate: expiryDate, regionCode: regionCode,
            source: .socialSecurityCard)
    }

    private func value(_ values: [UInt8: [UInt8]], _ tag: UInt8) throws(SmartCardError) -> [UInt8] {
        guard let value = values[tag] else { throw .status(.recordNotFound) }
        return value
    }

    private func ascii(_ values: [UInt8: [UInt8]], _ tag: UInt8) throws(SmartCardError) -> String {
        var bytes = try value(values, tag)
        while let last = bytes.last, last == 0x00 || last == 0x20 || last == 0xFF { bytes.removeLast() }
        guard !bytes.isEmpty, bytes.allSatisfy({ $0 >= 0x21 && $0 <= 0x7E }) else { throw .invalidField(tag: tag) }
        return String(decoding: bytes, as: UTF8.self)
    }

    private func gbk(_ values: [UInt8: [UInt8]], _ tag: UInt8) throws(SmartCardError) -> String {
        guard let text = GBKText.decode(try value(values, tag)), !text.isEmpty,
              !text.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) else {
            throw .invalidField(tag: tag)
        }
        return text
    }

    private func bcd(_ values: [UInt8: [UInt8]], _ tag: UInt8) throws(SmartCardError) -> String {
        guard let digits = BCD.digits(try value(values, tag)) else { throw .invalidField(tag: tag) }
        return digits
    }

    private func date(_ values: [UInt8: [UInt8]], _ tag: UInt8) throws(SmartCardError) -> CardDate {
        guard let date = CardDate(digits: try bcd(values, tag)) else { throw .invalidField(tag: tag) }
        return date
    }
}
