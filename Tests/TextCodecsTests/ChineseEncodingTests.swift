import Testing
import TextCodecs

struct ChineseEncodingTests {
    @Test func encodesChineseAsTwoByteGBCodesAndASCIIAsItself() throws {
        let bytes = try #require(ChineseEncoding.gb18030.encode("社会保险 A1"))
        #expect(bytes == [0xC9, 0xE7, 0xBB, 0xE1, 0xB1, 0xA3, 0xCF, 0xD5, 0x20, 0x41, 0x31])
    }

    @Test func villagersNamesHaveTheSameTwoByteCodesInGBKAndGB18030() {
        for encoding in ChineseEncoding.allCases {
            #expect(encoding.encode("韦秀英") == [0xCE, 0xA4, 0xD0, 0xE3, 0xD3, 0xA2], "\(encoding)")
            #expect(encoding.encode("农秀兰") == [0xC5, 0xA9, 0xD0, 0xE3, 0xC0, 0xBC], "\(encoding)")
            #expect(encoding.decode([0xCE, 0xA4, 0xD0, 0xE3, 0xD3, 0xA2]) == "韦秀英", "\(encoding)")
        }
    }

    @Test func gb18030WritesTheYuanSignAndRareCharactersAsFourByteSequences() throws {
        #expect(ChineseEncoding.gb18030.encode("¥") == [0x81, 0x30, 0x84, 0x36])
        #expect(ChineseEncoding.gb18030.encode("€") == [0xA2, 0xE3])
        #expect(ChineseEncoding.gb18030.encode("é") == [0xA8, 0xA6])
        #expect(ChineseEncoding.gb18030.encode("㐀") == [0x81, 0x39, 0xEE, 0x39])
        #expect(ChineseEncoding.gb18030.encode("𠀀") == [0x95, 0x32, 0x82, 0x36])
        #expect(ChineseEncoding.gb18030.decode([0x95, 0x32, 0x82, 0x36]) == "𠀀")
    }

    @Test func aTextOfThreeByteCharactersThatGrowToFourBytesStillConvertsWhole() throws {
        // Each Thai letter is 3 bytes of UTF-8 and 4 of GB18030: the output outgrows the input.
        let text = String(repeating: "ก", count: 500)
        let bytes = try #require(ChineseEncoding.gb18030.encode(text))
        #expect(bytes.count == 2000)
        #expect(Array(bytes.prefix(4)) == [0x81, 0x32, 0xCE, 0x39])
        #expect(ChineseEncoding.gb18030.decode(bytes) == text)
    }

    @Test func gbkHasNoFormForCharactersOutsideIt() {
        #expect(ChineseEncoding.gbk.encode("𠀀") == nil)
        #expect(ChineseEncoding.gbk.encode("韦𠀀") == nil)
        #expect(ChineseEncoding.gbk.encode("") == [])
    }

    @Test func decodesWhatItEncodes() throws {
        let text = "城乡居民养老保险 缴费 ¥180.00 覃𠀀"
        let bytes = try #require(ChineseEncoding.gb18030.encode(text))
        #expect(ChineseEncoding.gb18030.decode(bytes) == text)
        #expect(ChineseEncoding.gb18030.decode([UInt8]()) == "")
        let name = try #require(ChineseEncoding.gbk.encode("覃美玲 Lan"))
        #expect(ChineseEncoding.gbk.decode(name) == "覃美玲 Lan")
    }

    @Test func refusesInvalidOrTruncatedBytes() {
        #expect(ChineseEncoding.gb18030.decode([0xC9]) == nil)
        #expect(ChineseEncoding.gb18030.decode([0x95, 0x32, 0x82]) == nil)
        #expect(ChineseEncoding.gb18030.decode([0xFF, 0xFF]) == nil)
        #expect(ChineseEncoding.gbk.decode([0xCE]) == nil)
        #expect(ChineseEncoding.gbk.decode([0x81, 0x30, 0x84, 0x36]) == nil, "GBK has no four-byte sequences")
    }
}
