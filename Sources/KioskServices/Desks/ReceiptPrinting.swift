import Dispatch
import KioskDomain
import ReceiptPrinter

/// Prints receipts on the configured ESC/POS printer off the UI thread and says how it went.
public struct ReceiptPrinting: Sendable {
    /// The printer device (such as /dev/usb/lp0), a pipe to a print relay, or an existing file.
    let devicePath: String
    /// Columns a line may take on the roll: 32 for 58 mm paper, 48 for 80 mm.
    let paperColumns: Int
    private let work = DispatchQueue(label: "kiosk.receipt-printing")

    /// A printer at `devicePath` with paper `paperColumns` wide.
    public init(devicePath: String, paperColumns: Int) {
        self.devicePath = devicePath
        self.paperColumns = paperColumns
    }

    /// Prints the receipt's localised lines (the first is the heading), then calls `posting` with nil,
    /// or with the message of why it failed; never blocks the caller.
    /// A `qrCode` (the receipt's check code) is printed below the lines.
    public func print(lines: [String], qrCode: String? = nil, posting: @escaping @Sendable (UserMessage?) -> Void) {
        let device = ReceiptPrinterDevice(path: devicePath)
        let document = EscPosDocument.receipt(lines: lines, columns: paperColumns, qrCode: qrCode)
        work.async {
            guard let bytes = document.bytes() else {
                posting(UserMessage(ReceiptPrinterError.encodingFailed.messageKey, ReceiptPrinterError.encodingFailed.parameters))
                return
            }
            do throws(ReceiptPrinterError) {
                try device.write(bytes)
                posting(nil)
            } catch {
                posting(UserMessage(error.messageKey, error.parameters))
            }
        }
    }
}
