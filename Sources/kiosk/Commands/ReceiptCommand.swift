import ArgumentParser
import Foundation
import KioskStore

/// `kiosk receipt verify CODE --db FILE`: checks a paper receipt's check code against the receipts this
/// kiosk recorded (the QR code's text, or the receipt number and the printed code).
struct ReceiptCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "receipt",
        abstract: "Check printed receipts.",
        subcommands: [Verify.self]
    )

    /// `kiosk receipt verify "VK1 NUMBER CODE" --db FILE` (or `NUMBER CODE`).
    struct Verify: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "verify",
            abstract: "Check a receipt's code: prints the receipt it belongs to, or why it is not valid (exit 1).")
        @Argument(help: "The QR code's text (VK1 NUMBER CODE), or the receipt number and the printed code.")
        var code: [String]
        @OptionGroup var location: DatabaseCommand.Location

        func run() throws {
            let store = try location.open()
            switch try store.verifyReceipt(code.joined(separator: " ")) {
            case .valid(let receipt):
                let amount = receipt.amount.map { " \($0.yuanText) yuan" } ?? ""
                print("valid: receipt \(receipt.number), \(receipt.service.rawValue), \(receipt.maskedID) "
                      + "\(receipt.personName), \(receipt.businessDate.iso)\(amount)")
            case .unknownReceipt(let number):
                print("not valid: this kiosk recorded no receipt \(number)")
                throw ExitCode.failure
            case .codeMismatch(let number):
                print("not valid: the code does not belong to receipt \(number) (the paper was changed or is forged)")
                throw ExitCode.failure
            case .malformed:
                throw ValidationError("not a receipt code: give the QR code's text (VK1 NUMBER CODE) or NUMBER CODE")
            }
        }
    }
}
