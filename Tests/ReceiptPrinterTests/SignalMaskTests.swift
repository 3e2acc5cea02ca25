import Foundation
import Testing
@testable import ReceiptPrinter

struct SignalMaskTests {
    @Test func writingToAPipeWhoseReaderLeftFailsWithEPIPEInsteadOfEndingTheProcess() throws {
        var ends: [Int32] = [0, 0]
        #expect(pipe(&ends) == 0)
        close(ends[0])
        defer { close(ends[1]) }
        let failure: Int32 = try SignalMask.withBrokenPipeBlocked { () throws(ReceiptPrinterError) -> Int32 in
            let byte: [UInt8] = [0x1B]
            return write(ends[1], byte, 1) < 0 ? errno : 0
        }
        #expect(failure == EPIPE)
        var pending = sigset_t()
        sigpending(&pending)
        #expect(sigismember(&pending, SIGPIPE) == 0)
    }
}
