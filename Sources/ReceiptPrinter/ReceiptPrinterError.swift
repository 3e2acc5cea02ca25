/// Why a receipt did not reach the printer; each case carries the message key the villager sees.
public enum ReceiptPrinterError: Error, Equatable, Sendable {
    /// Nothing printable at the configured path (missing, unplugged, or a directory).
    case notFound
    /// The kiosk may not write to the printer.
    case permissionDenied
    /// The printer reports it is out of paper.
    case paperOut
    /// The printer did not take the receipt in time.
    case timedOut
    /// Writing failed for another reason (errno, for the log).
    case writeFailed(code: Int32)
    /// The receipt's text could not be converted to the printer's GB18030.
    case encodingFailed

    /// The key of the short, plain reason shown after "printing failed".
    public var messageKey: String {
        switch self {
        case .notFound: "print.error.notFound"
        case .permissionDenied: "print.error.permission"
        case .paperOut: "print.error.paperOut"
        case .timedOut: "print.error.timeout"
        case .writeFailed: "print.error.writeFailed"
        case .encodingFailed: "print.error.encodingFailed"
        }
    }

    /// Values the message inserts, by placeholder name: none of these texts takes one, and a case's own values
    /// (codes, paths, dates) are for the technicians' log, not the screen.
    public var parameters: [String: String] { [:] }
}
