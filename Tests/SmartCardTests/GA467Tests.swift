import Testing
@testable import SmartCard
import TextCodecs

struct GA467Tests {
    @Test func requestFrameHasPreambleLengthAndXOR() {
        let bytes = GA467Command.findCard.frame.bytes
        #expect(Hex.string(bytes) == "AAAAAA96690003200122")
    }

    @Test func samStatusFrameMatchesTheKnownBytes() {
        #expect(Hex.string(GA467Command.samStatus.frame.bytes) == "AAAAAA9669000311FFED")
    }

    @Test func decoderSkipsNoiseAndWaitsForMoreBytes() throws {
        let frame = GA467Frame(body: [0x00, 0x00, 0x9F, 0x01])
        let wire = [0x12, 0x34] + frame.bytes
        #expect(try GA467Frame.decode(Array(wire.prefix(6))) == .needMore(discardable: 2))
        #expect(try GA467Frame.decode(Array(wire.prefix(9))) == .needMore(discardable: 2))
        #expect(try GA467Frame.decode(wire) == .frame(frame, consumed: wire.count))
    }

    @Test func aWrongXORIsAChecksumError() {
        var wire = GA467Frame(body: [0, 0, 0x90]).bytes
        wire[wire.count - 1] ^= 0x01
        #expect(throws: GA467Error.checksumMismatch) { try GA467Frame.decode(wire) }
        #expect(throws: GA467Error.malformedFrame) { try GA467Frame.decode(GA467Frame.preamble + [0x00, 0x01, 0x01]) }
    }

    @Test func textBlockDecodesFieldsAndLongTermValidity() throws {
        let text = ResidentIDCardText.encode(["韦小燕", "2", "08", "19900101", "广西壮族自治区南宁市隆安县那桐镇", "450123197007203624",
                                              "隆安县公安局", "20150101", "长期"])
        #expect(text.count == 256)
        let decoded = try ResidentIDCardText.decode(text, photo: [1, 2])
        #expect(decoded.name == "韦小燕")
        #expect(decoded.validTo == nil)
        #expect(decoded.idNumber == "450123197007203624")
        #expect(decoded.photo == [1, 2])
        #expect(decoded.identity(nations: .empty).source == .residentIDCard)
    }

    @Test func readAnswerShorterThanAnnouncedIsTruncated() {
        #expect(throws: GA467Error.truncatedData) { try ResidentIDCardText.splitReadAnswer([0x01, 0x00, 0x04, 0x00, 0x20]) }
        #expect(throws: GA467Error.truncatedData) { try ResidentIDCardText.decode([0x20, 0x00], photo: []) }
    }

    @Test func statusBytesMapToMessageKeys() {
        #expect(GA467Error.status(0x80).messageKey == "idcard.error.noCard")
        #expect(GA467Error.status(0x41).messageKey == "idcard.error.readFailed")
        #expect(GA467Error.status(0x77).messageKey == "idcard.error.moduleFailure")
    }
}
