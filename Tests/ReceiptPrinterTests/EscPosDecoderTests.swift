import Testing
@testable import ReceiptPrinter

struct EscPosDecoderTests {
    @Test func readsBackEveryCommandTheDocumentWrites() throws {
        for columns in [EscPosDocument.columns58mm, EscPosDocument.columns80mm] {
            for sample in [ReceiptSample.chinese, ReceiptSample.english] {
                let document = EscPosDocument.receipt(lines: sample, columns: columns, cut: columns == 32 ? .partial : .full)
                let bytes = try #require(document.bytes())
                #expect(try EscPosDecoder.decode(bytes) == document.commands)
            }
        }
    }

    @Test func acceptsTheShortCutFormsAndCarriageReturns() throws {
        #expect(try EscPosDecoder.decode([0x1D, 0x56, 0x01, 0x1D, 0x56, 0x30]) == [.cut(.partial), .cut(.full)])
        #expect(try EscPosDecoder.decode([0x41, 0x0D, 0x0A]) == [.line("A")])
    }

    @Test func namesTheOffsetOfAnUnknownCommand() {
        #expect(throws: EscPosDecodingError.unknownCommand(offset: 2, bytes: [0x1B, 0x74])) {
            try EscPosDecoder.decode([0x1B, 0x40, 0x1B, 0x74, 0x00])
        }
        #expect(throws: EscPosDecodingError.unknownCommand(offset: 1, bytes: [0x07])) {
            try EscPosDecoder.decode([0x41, 0x07, 0x0A])
        }
    }

    @Test func refusesTruncatedCommandsBadTextAndUnfinishedLines() {
        #expect(throws: EscPosDecodingError.truncatedCommand(offset: 0)) {
            try EscPosDecoder.decode([0x1D, 0x56, 0x42])
        }
        #expect(throws: EscPosDecodingError.invalidText(offset: 2)) {
            try EscPosDecoder.decode([0x1B, 0x40, 0xFF, 0xFF, 0x0A])
        }
        #expect(throws: EscPosDecodingError.unterminatedLine(offset: 0)) {
            try EscPosDecoder.decode([0xBB, 0xD8])
        }
    }

    @Test func dumpShowsOneCommandOrLinePerRow() throws {
        let document = EscPosDocument.receipt(lines: ["回执", "金额：300.00 元"], columns: 32)
        let dump = EscPosDecoder.dump(try #require(document.bytes()))
        #expect(dump.split(separator: "\n").count == document.commands.count)
        #expect(dump.hasPrefix("ESC @"))
        #expect(dump.contains("| 金额：300.00 元"))
        #expect(dump.hasSuffix("GS V 66 0  partial cut"))
        #expect(EscPosDecoder.dump([0x1B]).hasPrefix("unreadable"))
    }
}
