#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The IEEE 1284 status byte a Linux printer device reports (LPGETSTATUS), read for paper-out.
struct PrinterPortStatus: Equatable {
    /// The raw status byte.
    let bits: Int32

    /// LP_POUTPA from linux/lp.h: the paper-end line.
    static let paperEnd: Int32 = 0x20
    /// LP_PERRORP from linux/lp.h: set while the printer reports no error.
    static let noError: Int32 = 0x08
    /// LPGETSTATUS from linux/lp.h.
    static let request: UInt = 0x060B

    /// True when the printer signals an error with the paper-end line raised (as usblp reads it).
    var isOutOfPaper: Bool {
        bits & Self.noError == 0 && bits & Self.paperEnd != 0
    }

    /// The status of the printer device open at `descriptor`; nil when it reports none (not a printer port).
    static func read(_ descriptor: Int32) -> PrinterPortStatus? {
        var bits: Int32 = 0
        let result = withUnsafeMutablePointer(to: &bits) { ioctl(descriptor, request, $0) }
        return result == 0 ? PrinterPortStatus(bits: bits) : nil
    }
}
