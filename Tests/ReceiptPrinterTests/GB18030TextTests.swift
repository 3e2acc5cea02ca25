import Testing
@testable import ReceiptPrinter

struct GB18030TextTests {
    @Test func encodesChineseAsTwoByteGBCodesAndASCIIAsItself() throws {
        let bytes = try #require(GB18030Text.encode("社会保险 A1"))
        #expect(bytes == [0xC9, 0xE7, 0xBB, 0xE1, 0xB1, 0xA3, 0xCF, 0xD5, 0x20, 0x41, 0x31])
    }

    @Test func encodesTheYuanSignEuroSignAndRareCharacters() throws {
        #expect(GB18030Text.encode("¥") == [0x81, 0x30, 0x84, 0x36])
        #expect(GB18030Text.encode("€") == [0xA2, 0xE3])
        #expect(GB18030Text.encode("é") == [0xA8, 0xA6])
        #expect(GB18030Text.encode("𠀀") == [0x95, 0x32, 0x82, 0x36])
    }

    @Test func decodesWhatItEncodes() throws {
        let text = "城乡居民养老保险 缴费 ¥180.00 覃𠀀"
        let bytes = try #require(GB18030Text.encode(text))
        #expect(GB18030Text.decode(bytes) == text)
        #expect(GB18030Text.decode([UInt8]()) == "")
    }

    @Test func refusesInvalidOrTruncatedBytes() {
        #expect(GB18030Text.decode([0xC9]) == nil)
        #expect(GB18030Text.decode([0x95, 0x32, 0x82]) == nil)
        #expect(GB18030Text.decode([0xFF, 0xFF]) == nil)
    }
}
