import ArgumentParser
import HubServer

/// `kiosk-hub receipt verify CODE`: checks a paper receipt's code against every kiosk's receipts at the hub.
struct HubReceiptCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "receipt", abstract: "Check printed receipts county-wide.", subcommands: [Verify.self])

    /// `kiosk-hub receipt verify "VK1 NUMBER CODE"` (or `NUMBER CODE`); exit status 1 unless valid.
    struct Verify: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Check a receipt's code against the receipts the kiosks sent; exit status 1 unless it is valid.")
        @OptionGroup var storage: StorageOptions
        @Argument(help: "The QR code's text (VK1 NUMBER CODE), or the receipt number and the printed code.")
        var code: [String]

        func run() async throws {
            let verdict = try await CountyReceiptCheck.verify(code.joined(separator: " "), in: try await storage.open())
            print(CountyReceiptCheck.describe(verdict))
            if case .valid = verdict { return }
            throw ExitCode(1)
        }
    }
}
