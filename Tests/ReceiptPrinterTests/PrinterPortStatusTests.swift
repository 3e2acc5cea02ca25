import Foundation
import Testing
@testable import ReceiptPrinter

struct PrinterPortStatusTests {
    @Test func paperOutIsTheErrorLineWithPaperEndRaised() {
        #expect(PrinterPortStatus(bits: 0x18).isOutOfPaper == false)
        #expect(PrinterPortStatus(bits: 0x30).isOutOfPaper == true)
        #expect(PrinterPortStatus(bits: 0x38).isOutOfPaper == false)
        #expect(PrinterPortStatus(bits: 0x10).isOutOfPaper == false)
    }

    @Test func aFileHasNoPrinterPortStatus() throws {
        let directory = try TemporaryDirectory()
        let path = directory.file("printer.escpos")
        #expect(FileManager.default.createFile(atPath: path, contents: nil))
        let descriptor = open(path, O_WRONLY)
        defer { close(descriptor) }
        #expect(PrinterPortStatus.read(descriptor) == nil)
    }
}
