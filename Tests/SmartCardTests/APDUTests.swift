import Testing
@testable import SmartCard
import TextCodecs

struct APDUTests {
    @Test func selectByNameEncodesTheSSSEApplication() {
        let bytes = SocialSecurityCardLayout.selectApplication.bytes
        #expect(Hex.string(bytes) == "00A404000F7378312E73682EC9E7BBE1B1A3D5CF")
    }

    @Test func readRecordByTagPutsTagInP1AndSFIInP2() {
        #expect(SocialSecurityCardLayout.idNumber.readCommand.bytes == [0x00, 0xB2, 0x08, 0x30, 0x00])
        #expect(SocialSecurityCardLayout.cardNumber.readCommand.bytes == [0x00, 0xB2, 0x07, 0x28, 0x00])
    }

    @Test func commandParsingRoundTripsAllFourCases() throws {
        let cases = [
            CommandAPDU(ins: 0x84, p1: 0, p2: 0),
            CommandAPDU(ins: 0xB0, p1: 0, p2: 0, le: 0x10),
            CommandAPDU(ins: 0xA4, p1: 4, p2: 0, data: [1, 2, 3]),
            CommandAPDU(ins: 0xA4, p1: 4, p2: 0, data: [1, 2, 3], le: 0),
        ]
        for command in cases {
            #expect(CommandAPDU(bytes: command.bytes) == command)
        }
        #expect(CommandAPDU(bytes: [0, 0xA4, 4, 0, 5, 1]) == nil)
        #expect(CommandAPDU(bytes: [0, 0xA4]) == nil)
    }

    @Test func statusWordsClassify() {
        #expect(StatusWord(0x9000).meaning == .success)
        #expect(StatusWord(0x6112).meaning == .moreData(0x12))
        #expect(StatusWord(0x6C09).meaning == .wrongLength(correct: 9))
        #expect(StatusWord(0x6A82).meaning == .fileNotFound)
        #expect(StatusWord(0x6A83).meaning == .recordNotFound)
        #expect(StatusWord(0x6F00).meaning == .other)
        #expect(ResponseAPDU(bytes: [0x90]) == nil)
        #expect(ResponseAPDU(bytes: [1, 2, 0x90, 0x00]) == ResponseAPDU(data: [1, 2], status: .success))
    }

    @Test func moreDataIsFetchedWithGetResponseAndConcatenated() throws {
        let channel = ScriptedChannel([
            ([0x00, 0xA4, 0x04, 0x00, 0x01, 0xAA], [0x61, 0x03]),
            ([0x00, 0xC0, 0x00, 0x00, 0x03], [1, 2, 3, 0x61, 0x02]),
            ([0x00, 0xC0, 0x00, 0x00, 0x02], [4, 5, 0x90, 0x00]),
        ])
        var exchange = APDUExchange(channel: channel)
        let response = try exchange.send(CommandAPDU(ins: 0xA4, p1: 4, p2: 0, data: [0xAA]))
        #expect(response == ResponseAPDU(data: [1, 2, 3, 4, 5], status: .success))
        #expect(exchange.apduCount == 3)
    }

    @Test func wrongLengthResendsWithTheCardsLe() throws {
        let channel = ScriptedChannel([
            ([0x00, 0xB2, 0x08, 0x30, 0x00], [0x6C, 0x14]),
            ([0x00, 0xB2, 0x08, 0x30, 0x14], [0x08, 0x12, 0x90, 0x00]),
        ])
        var exchange = APDUExchange(channel: channel)
        let response = try exchange.send(SocialSecurityCardLayout.idNumber.readCommand)
        #expect(response.status == .success)
        #expect(response.data == [0x08, 0x12])
        #expect(exchange.apduCount == 2)
    }

    @Test func endlessMoreDataStopsAfterTheRetryLimit() {
        let loop = (0...APDUExchange.maximumFollowUps + 1).map { index in
            (command: index == 0 ? [UInt8]([0, 0xB0, 0, 0, 0]) : [0, 0xC0, 0, 0, 1], response: [UInt8]([0xAB, 0x61, 0x01]))
        }
        var exchange = APDUExchange(channel: ScriptedChannel(loop))
        #expect(throws: SmartCardError.tooManyFollowUps) {
            try exchange.send(CommandAPDU(ins: 0xB0, p1: 0, p2: 0, le: 0))
        }
    }

    @Test func aOneByteAnswerIsMalformed() {
        var exchange = APDUExchange(channel: ScriptedChannel([([0, 0x84, 0, 0], [0x90])]))
        #expect(throws: SmartCardError.malformedResponse) { try exchange.send(CommandAPDU(ins: 0x84, p1: 0, p2: 0)) }
    }
}
