import ArgumentParser
import Foundation
import ReceiptPrinter

/// `kiosk printer dump FILE`: shows what an ESC/POS byte stream would print, command by command.
struct PrinterCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "printer",
        abstract: "Receipt printer diagnosis.",
        subcommands: [Dump.self]
    )

    /// Decodes ESC/POS bytes saved in a file (the demo's receipts.escpos, or a capture of the printer port).
    struct Dump: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "dump", abstract: "Print the commands and text lines of an ESC/POS file.")

        @Argument(help: "The ESC/POS file.")
        var file: String

        func run() throws {
            guard let data = FileManager.default.contents(atPath: file) else {
                FileHandle.standardError.write(Data("kiosk: cannot read \(file)\n".utf8))
                throw ExitCode.failure
            }
            print(EscPosDecoder.dump([UInt8](data)), terminator: "")
        }
    }
}
