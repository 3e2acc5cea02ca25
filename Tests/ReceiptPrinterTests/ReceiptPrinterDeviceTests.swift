import Foundation
import Testing
@testable import ReceiptPrinter

struct ReceiptPrinterDeviceTests {
    @Test func printedReceiptWrittenToAFileDecodesBackToTheReceiptLinesWithACutAtTheEnd() throws {
        let directory = try TemporaryDirectory()
        let path = directory.file("printer.escpos")
        #expect(FileManager.default.createFile(atPath: path, contents: nil))
        let document = EscPosDocument.receipt(lines: ReceiptSample.chinese, columns: EscPosDocument.columns58mm)
        try ReceiptPrinterDevice(path: path).write(try #require(document.bytes()))

        let written = try #require(FileManager.default.contents(atPath: path))
        let commands = try EscPosDecoder.decode(written)
        #expect(commands.compactMap { if case .line(let text) = $0 { text } else { nil } } == document.lines)
        #expect(document.lines == ReceiptSample.chinese.flatMap { line in
            EscPosDocument.wrapped(line, columns: line == ReceiptSample.chinese[0] ? 16 : 32)
        })
        #expect(commands.first == .initialise)
        #expect(commands.last == .cut(.partial))
    }

    @Test func receiptsAreAppendedToAFile() throws {
        let directory = try TemporaryDirectory()
        let path = directory.file("printer.escpos")
        #expect(FileManager.default.createFile(atPath: path, contents: nil))
        let device = ReceiptPrinterDevice(path: path)
        for sample in [ReceiptSample.chinese, ReceiptSample.english] {
            try device.write(try #require(EscPosDocument.receipt(lines: sample, columns: 48).bytes()))
        }
        let commands = try EscPosDecoder.decode(try #require(FileManager.default.contents(atPath: path)))
        #expect(commands.filter { $0 == .initialise }.count == 2)
        #expect(commands.filter { $0 == .cut(.partial) }.count == 2)
    }

    @Test func aMissingPathIsNotFoundAndNoFileIsCreated() throws {
        let directory = try TemporaryDirectory()
        let path = directory.file("lp0")
        #expect(throws: ReceiptPrinterError.notFound) { try ReceiptPrinterDevice(path: path).write([0x1B, 0x40]) }
        #expect(!FileManager.default.fileExists(atPath: path))
        #expect(throws: ReceiptPrinterError.notFound) {
            try ReceiptPrinterDevice(path: directory.file("usb/lp0")).write([0x1B, 0x40])
        }
    }

    @Test func aDirectoryIsNotFound() throws {
        let directory = try TemporaryDirectory()
        #expect(throws: ReceiptPrinterError.notFound) { try ReceiptPrinterDevice(path: directory.path).write([0x1B, 0x40]) }
    }

    @Test func aPipeWithoutAReaderTimesOut() throws {
        let directory = try TemporaryDirectory()
        let path = directory.file("printer.fifo")
        #expect(mkfifo(path, 0o600) == 0)
        let started = ContinuousClock.now
        #expect(throws: ReceiptPrinterError.timedOut) {
            try ReceiptPrinterDevice(path: path, timeout: .milliseconds(150)).write([0x1B, 0x40])
        }
        let elapsed = ContinuousClock.now - started
        #expect(elapsed >= .milliseconds(150))
        #expect(elapsed < .seconds(1))
    }

    @Test func aPipeWithAReaderReceivesTheWholeReceipt() throws {
        let directory = try TemporaryDirectory()
        let path = directory.file("printer.fifo")
        #expect(mkfifo(path, 0o600) == 0)
        let bytes = try #require(EscPosDocument.receipt(lines: ReceiptSample.english, columns: 32).bytes())
        // A thread of its own (not the test's task pool) opens the pipe blocking, as a print relay would;
        // the writer's retried non-blocking open finds it.
        let reader = PipeReader(path: path)
        try ReceiptPrinterDevice(path: path, timeout: .seconds(5)).write(bytes)
        #expect(reader.received() == bytes)
    }

    @Test func aCharacterDeviceThatIsNotAPrinterTakesTheBytes() throws {
        try ReceiptPrinterDevice(path: "/dev/null", timeout: .milliseconds(500)).write([0x1B, 0x40, 0x41, 0x0A])
    }

    @Test func aFullCharacterDeviceReadsAsPaperOut() {
        // /dev/full fails every write with ENOSPC, as usblp does when the printer reports paper out.
        #expect(throws: ReceiptPrinterError.paperOut) {
            try ReceiptPrinterDevice(path: "/dev/full", timeout: .milliseconds(500)).write([0x1B, 0x40])
        }
    }

    @Test func writeErrorsMapToTheVillagersMessages() {
        #expect(ReceiptPrinterError.failure(errno: ENOENT, onPrinterDevice: false) == .notFound)
        #expect(ReceiptPrinterError.failure(errno: ENODEV, onPrinterDevice: true) == .notFound)
        #expect(ReceiptPrinterError.failure(errno: EACCES, onPrinterDevice: true) == .permissionDenied)
        #expect(ReceiptPrinterError.failure(errno: ENOSPC, onPrinterDevice: true) == .paperOut)
        #expect(ReceiptPrinterError.failure(errno: ENOSPC, onPrinterDevice: false) == .writeFailed(code: ENOSPC))
        #expect(ReceiptPrinterError.failure(errno: EIO, onPrinterDevice: true) == .writeFailed(code: EIO))
        #expect(ReceiptPrinterError.paperOut.messageKey == "print.error.paperOut")
        #expect(ReceiptPrinterError.timedOut.messageKey == "print.error.timeout")
        #expect(ReceiptPrinterError.writeFailed(code: EIO).messageKey == "print.error.writeFailed")
    }
}
