import Testing
import TerminalUI
@testable import ReceiptPrinter

struct EscPosDocumentTests {
    @Test func commandBytesAreTheDocumentedForms() throws {
        #expect(EscPosCommand.initialise.bytes() == [0x1B, 0x40])
        #expect(EscPosCommand.chineseMode(true).bytes() == [0x1C, 0x26])
        #expect(EscPosCommand.chineseMode(false).bytes() == [0x1C, 0x2E])
        #expect(EscPosCommand.emphasis(true).bytes() == [0x1B, 0x45, 0x01])
        #expect(EscPosCommand.emphasis(false).bytes() == [0x1B, 0x45, 0x00])
        #expect(EscPosCommand.characterSize(width: 2, height: 2).bytes() == [0x1D, 0x21, 0x11])
        #expect(EscPosCommand.characterSize(width: 1, height: 1).bytes() == [0x1D, 0x21, 0x00])
        #expect(EscPosCommand.characterSize(width: 2, height: 1).bytes() == [0x1D, 0x21, 0x10])
        #expect(EscPosCommand.justification(.center).bytes() == [0x1B, 0x61, 0x01])
        #expect(EscPosCommand.feed(lines: 3).bytes() == [0x1B, 0x64, 0x03])
        #expect(EscPosCommand.cut(.partial).bytes() == [0x1D, 0x56, 0x42, 0x00])
        #expect(EscPosCommand.cut(.full).bytes() == [0x1D, 0x56, 0x41, 0x00])
        #expect(EscPosCommand.line("回执 A").bytes() == [0xBB, 0xD8, 0xD6, 0xB4, 0x20, 0x41, 0x0A])
    }

    @Test func receiptStartsWithInitialiseAndChineseModeAndEndsWithACut() throws {
        let document = EscPosDocument.receipt(lines: ReceiptSample.chinese, columns: EscPosDocument.columns80mm)
        let bytes = try #require(document.bytes())
        #expect(Array(bytes.prefix(4)) == [0x1B, 0x40, 0x1C, 0x26])
        #expect(Array(bytes.suffix(4)) == [0x1D, 0x56, 0x42, 0x00])
        #expect(document.commands.last == .cut(.partial))
    }

    @Test func headingIsCentredBoldAndDoubleSizeThenEverythingIsReset() {
        let document = EscPosDocument.receipt(lines: ["回执", "金额：300.00 元"], columns: 32)
        #expect(document.commands == [
            .initialise, .chineseMode(true),
            .justification(.center), .emphasis(true), .characterSize(width: 2, height: 2),
            .line("回执"),
            .characterSize(width: 1, height: 1), .emphasis(false), .justification(.left),
            .feed(lines: 1),
            .line("金额：300.00 元"),
            .cut(.partial),
        ])
    }

    @Test func wrapsEveryLineToThePaperWidthCountingChineseAsTwoColumns() {
        for columns in [EscPosDocument.columns58mm, EscPosDocument.columns80mm] {
            for sample in [ReceiptSample.chinese, ReceiptSample.english] {
                let document = EscPosDocument.receipt(lines: sample, columns: columns)
                var size = 1
                for command in document.commands {
                    if case .characterSize(let width, _) = command { size = width }
                    if case .line(let text) = command {
                        #expect(DisplayWidth.of(text) * size <= columns, "\(text) at \(columns) columns")
                    }
                }
                #expect(document.lines.joined().filter { $0 != " " } == sample.joined().filter { $0 != " " })
            }
        }
    }

    @Test func wrapsALongChineseLineOnA58mmRoll() {
        let lines = EscPosDocument.wrapped("缴费年度2025，档次300元，个人缴费300元，政府补贴40元", columns: 32)
        #expect(lines == ["缴费年度2025，档次300元，个人缴", "费300元，政府补贴40元"])
    }

    @Test func keepsBlankLinesAndSplitsAtNewlines() {
        #expect(EscPosDocument.wrapped("", columns: 32) == [""])
        #expect(EscPosDocument.wrapped("甲\n\n乙", columns: 32) == ["甲", "", "乙"])
    }

    @Test func controlCharactersInTextCannotStartACommand() throws {
        let bytes = try #require(EscPosCommand.line("A\u{1B}@B\u{1D}V\u{7F}").bytes())
        #expect(bytes == [0x41, 0x20, 0x40, 0x42, 0x20, 0x56, 0x20, 0x0A])
        #expect(EscPosDocument.wrapped("A\u{1B}d\u{09}B", columns: 32) == ["A d B"])
    }
}
