import Testing
@testable import SmartCard

struct CodecTests {
    @Test func bcdDecodesDigitsAndRejectsNibblesAboveNine() {
        #expect(BCD.digits([0x19, 0x85, 0x03, 0x14]) == "19850314")
        #expect(BCD.digits([0x1A]) == nil)
        #expect(BCD.encode("19850314") == [0x19, 0x85, 0x03, 0x14])
        #expect(BCD.encode("123") == nil)
        #expect(BCD.encode("12a4") == nil)
    }

    @Test func gbkRoundTripsChineseNamesAndDropsPadding() throws {
        let bytes = try #require(GBKText.encode("韦小燕"))
        #expect(bytes.count == 6)
        #expect(GBKText.decode(bytes + [0, 0, 0, 0]) == "韦小燕")
        #expect(GBKText.encode("张") == [0xD5, 0xC5])
        #expect(GBKText.decode([0x81]) == nil)
    }

    @Test func tlvRecordChecksTagAndLength() throws {
        #expect(try TLVRecord.parse([0x0A, 0x01, 0x31], expecting: 0x0A).value == [0x31])
        #expect(throws: SmartCardError.unexpectedTag(expected: 0x0A, found: 0x0B)) {
            try TLVRecord.parse([0x0B, 0x01, 0x31], expecting: 0x0A)
        }
        #expect(throws: SmartCardError.truncatedRecord(tag: 0x08)) { try TLVRecord.parse([0x08, 0x12, 0x31], expecting: 0x08) }
        #expect(throws: SmartCardError.malformedRecord(tag: 0x08)) { try TLVRecord.parse([0x08, 0x01, 0x31, 0x32], expecting: 0x08) }
        #expect(throws: SmartCardError.truncatedRecord(tag: 0x08)) { try TLVRecord.parse([0x08], expecting: 0x08) }
    }

    @Test func idNumberCheckAcceptsValidAndRejectsWrongCheckCharacter() {
        #expect(IDNumberCheck.isValid("45012219850314123X"))
        #expect(IDNumberCheck.isValid("45012219850314123x"))
        #expect(IDNumberCheck.isValid("451022199001014513"))
        #expect(!IDNumberCheck.isValid("450122198503141230"))
        #expect(!IDNumberCheck.isValid("45012219851314123X"))
        #expect(IDNumberCheck.birthDate(of: "45012219850314123X") == CardDate(year: 1985, month: 3, day: 14))
        #expect(IDNumberCheck.sexCode(of: "45012219850314123X") == "1")
        #expect(IDNumberCheck.sexCode(of: "450721195206080023") == "2")
    }

    @Test func cardDatesRejectImpossibleDays() {
        #expect(CardDate(digits: "20240229") != nil)
        #expect(CardDate(digits: "20230229") == nil)
        #expect(CardDate(digits: "2023013") == nil)
        #expect(CardDate(digits: "20231301") == nil)
        #expect(CardDate(year: 2024, month: 1, day: 2)!.description == "2024-01-02")
    }

    @Test func nationTableReadsTheReferenceCSV() {
        let table = NationTable(csv: "code,name\n01,汉族\n08,壮族\nbad\n")
        #expect(table.name(for: "08") == "壮族")
        #expect(table.name(for: "99") == nil)
        #expect(table.names.count == 2)
    }
}
