import Testing
import TextCodecs

struct HexTests {
    @Test func writesTwoDigitsPerByteInTheChosenCase() {
        #expect(Hex.string([0x3B, 0x8F, 0x01, 0x00, 0xFF]) == "3B8F0100FF")
        #expect(Hex.string([0x3B, 0x8F, 0x01, 0x00, 0xFF], case: .lower) == "3b8f0100ff")
        #expect(Hex.string([UInt8]()) == "")
    }

    @Test func everyByteSurvivesARoundTripInBothCases() throws {
        let all = (0...255).map { UInt8($0) }
        #expect(Hex.bytes(Hex.string(all)) == all)
        #expect(Hex.bytes(Hex.string(all, case: .lower)) == all)
    }

    @Test func readsEitherCaseWithSpacesOrColonsBetweenBytes() {
        #expect(Hex.bytes("90 00") == [0x90, 0x00])
        #expect(Hex.bytes("3b:8F:01") == [0x3B, 0x8F, 0x01])
        #expect(Hex.bytes("") == [])
    }

    @Test func refusesOddCountsAndNonHexCharacters() {
        #expect(Hex.bytes("ABC") == nil)
        #expect(Hex.bytes("0G") == nil)
        #expect(Hex.bytes("0x90") == nil)
        #expect(Hex.bytes("９０") == nil, "full-width digits are not hex")
        #expect(Hex.bytes("90-00") == nil)
    }
}
