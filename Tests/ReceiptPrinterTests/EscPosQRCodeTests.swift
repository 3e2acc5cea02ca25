import Testing
@testable import ReceiptPrinter

/// The receipt's QR code: GS ( k bytes as receipt printers read them, and the dump reading them back.
struct EscPosQRCodeTests {
    static let payload = "VK1 450124100210-20261130-0001 A1B2C3D4E5F60718293A"

    @Test func aQRCodeIsSentAsModelSizeErrorCorrectionStoreAndPrintFunctions() throws {
        let bytes = try #require(EscPosCommand.qrCode("AB").bytes())
        #expect(bytes == [
            0x1D, 0x28, 0x6B, 0x04, 0x00, 0x31, 0x41, 0x32, 0x00, // model 2
            0x1D, 0x28, 0x6B, 0x03, 0x00, 0x31, 0x43, 0x06, // module size 6 dots
            0x1D, 0x28, 0x6B, 0x03, 0x00, 0x31, 0x45, 0x31, // error correction M
            0x1D, 0x28, 0x6B, 0x05, 0x00, 0x31, 0x50, 0x30, 0x41, 0x42, // store "AB" (pL = 2 + 3)
            0x1D, 0x28, 0x6B, 0x03, 0x00, 0x31, 0x51, 0x30, // print
        ])
    }

    @Test func aReceiptWithItsCodeReadsBackWithTheCodeAfterTheLinesAndBeforeTheCut() throws {
        let document = EscPosDocument.receipt(lines: ["业务回执", "回执号：450124100210-20261130-0001"], columns: 32,
                                              qrCode: Self.payload)
        let decoded = try EscPosDecoder.decode(try #require(document.bytes()))
        #expect(decoded == document.commands)
        let qrIndex = try #require(decoded.firstIndex(of: .qrCode(Self.payload)))
        let lastLine = try #require(decoded.lastIndex { if case .line = $0 { true } else { false } })
        #expect(lastLine < qrIndex && qrIndex < decoded.count - 1)
        #expect(decoded.last == .cut(.partial))
        #expect(EscPosDecoder.dump(try #require(document.bytes())).contains("QR code: \(Self.payload)"))
    }

    @Test func contentThatIsNotPrintableASCIIOrTooLongIsRefused() {
        #expect(EscPosCommand.qrCode("回执").bytes() == nil)
        #expect(EscPosCommand.qrCode("A\nB").bytes() == nil)
        #expect(EscPosCommand.qrCode(String(repeating: "A", count: 257)).bytes() == nil)
        #expect(EscPosCommand.qrCode(String(repeating: "A", count: 256)).bytes() != nil)
    }

    @Test func aPrintFunctionWithoutStoredDataOrACutOffFunctionIsAnError() {
        #expect(throws: EscPosDecodingError.self) { try EscPosDecoder.decode([0x1D, 0x28, 0x6B, 0x03, 0x00, 0x31, 0x51, 0x30]) }
        #expect(throws: EscPosDecodingError.truncatedCommand(offset: 0)) {
            try EscPosDecoder.decode([0x1D, 0x28, 0x6B, 0x05, 0x00, 0x31, 0x50])
        }
    }
}
