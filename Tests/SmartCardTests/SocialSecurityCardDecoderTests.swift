import Testing
@testable import SmartCard
import TextCodecs

struct SocialSecurityCardDecoderTests {
    static let today = CardDate(year: 2026, month: 5, day: 1)!
    let decoder = SocialSecurityCardDecoder(nations: NationTable(csv: "01,汉族\n08,壮族"))

    static func values(idNumber: String = "45012219850314123X", birth: String = "19850314",
                       expiry: String = "20300101") -> [UInt8: [UInt8]] {
        [
            0x08: Array(idNumber.utf8),
            0x09: GBKText.encode("韦小燕")! + [0, 0, 0, 0],
            0x0B: [0x08],
            0x0D: BCD.encode(birth)!,
            0x03: Array("3.00".utf8),
            0x05: BCD.encode("20200101")!,
            0x06: BCD.encode(expiry)!,
            0x07: Array("G12345678".utf8),
        ]
    }

    @Test func decodesAValidCard() throws {
        let identity = try decoder.identity(from: Self.values(), today: Self.today)
        #expect(identity.idNumber == "45012219850314123X")
        #expect(identity.name == "韦小燕")
        #expect(identity.sex == "1")
        #expect(identity.nationCode == "08")
        #expect(identity.nationName == "壮族")
        #expect(identity.birthDate.digits == "19850314")
        #expect(identity.cardVersion == "3.00")
        #expect(identity.cardNumber == "G12345678")
        #expect(identity.regionCode == "450122")
        #expect(identity.source == .socialSecurityCard)
    }

    @Test func sexAndRegionFromTheCardWinWhenRead() throws {
        var values = Self.values()
        values[0x0A] = [0x31]
        values[0x01] = Hex.bytes("450126D156000005A1B2C3D4E5F60708")!
        let identity = try decoder.identity(from: values, today: Self.today)
        #expect(identity.regionCode == "450126")
        #expect(identity.sex == "1")
        values[0x0A] = [0x33]
        #expect(throws: SmartCardError.invalidField(tag: 0x0A)) { try decoder.identity(from: values, today: Self.today) }
    }

    @Test func aBadChecksumIsRejected() {
        #expect(throws: SmartCardError.invalidIDNumber) {
            try decoder.identity(from: Self.values(idNumber: "450122198503141230"), today: Self.today)
        }
    }

    @Test func aBirthDateDisagreeingWithTheIDNumberIsRejected() {
        #expect(throws: SmartCardError.birthDateMismatch) {
            try decoder.identity(from: Self.values(birth: "19850315"), today: Self.today)
        }
    }

    @Test func anExpiredCardIsReportedAsExpired() {
        #expect(throws: SmartCardError.expired(expiryDate: CardDate(year: 2025, month: 12, day: 31)!)) {
            try decoder.identity(from: Self.values(expiry: "20251231"), today: Self.today)
        }
        #expect(SmartCardError.expired(expiryDate: Self.today).messageKey == "card.error.expired")
    }

    @Test func garbageFieldsBecomeUnreadableData() {
        var values = Self.values()
        values[0x06] = [0xFF, 0xFF, 0xFF, 0xFF]
        #expect(throws: SmartCardError.invalidField(tag: 0x06)) { try decoder.identity(from: values, today: Self.today) }
        values = Self.values()
        values[0x09] = [0x81, 0x00]
        #expect(throws: SmartCardError.invalidField(tag: 0x09)) { try decoder.identity(from: values, today: Self.today) }
        values = Self.values()
        values[0x07] = nil
        #expect(throws: SmartCardError.status(.recordNotFound)) { try decoder.identity(from: values, today: Self.today) }
    }

    @Test func readerSendsOneSelectAndOneReadPerFieldInNineAPDUs() throws {
        let values = Self.values()
        var script: [(command: [UInt8], response: [UInt8])] = [(SocialSecurityCardLayout.selectApplication.bytes, [0x90, 0x00])]
        for field in SocialSecurityCardLayout.ReadPlan.essential.fields {
            script.append((field.readCommand.bytes, TLVRecord(tag: field.tag, value: values[field.tag]!).bytes + [0x90, 0x00]))
        }
        let reader = SocialSecurityCardReader(nations: .empty)
        let raw = try reader.readRaw(over: ScriptedChannel(script))
        #expect(raw.apduCount == 9)
        #expect(try reader.decoder.identity(from: raw.values, today: Self.today).name == "韦小燕")
    }

    @Test func applicationNotFoundMeansNotASocialSecurityCard() {
        let reader = SocialSecurityCardReader(nations: .empty)
        let channel = ScriptedChannel([(SocialSecurityCardLayout.selectApplication.bytes, [0x6A, 0x82])])
        #expect(throws: SmartCardError.notSocialSecurityCard) { try reader.readRaw(over: channel) }
        #expect(SmartCardError.notSocialSecurityCard.messageKey == "card.error.applicationNotFound")
    }

    @Test func uidFallsBackToTheResidentCardCommand() throws {
        let channel = ScriptedChannel([
            (IDCardUIDReader.getUID.bytes, [0x6D, 0x00]),
            (IDCardUIDReader.residentCardUID.bytes, [1, 2, 3, 4, 5, 6, 7, 8, 0x90, 0x00]),
        ])
        #expect(try IDCardUIDReader().readUID(over: channel) == [1, 2, 3, 4, 5, 6, 7, 8])
        let failing = ScriptedChannel([
            (IDCardUIDReader.getUID.bytes, [0x6D, 0x00]),
            (IDCardUIDReader.residentCardUID.bytes, [0x6A, 0x82]),
        ])
        #expect(throws: SmartCardError.uidUnavailable) { try IDCardUIDReader().readUID(over: failing) }
    }
}
