import ArgumentParser
import Foundation
import HubServer

/// `kiosk-hub import FILE`: a kiosk's parcel from a USB stick, taken exactly once.
struct HubImportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import", abstract: "Take a kiosk's exported file (kiosk sync export); a second import stores nothing new.")
    @OptionGroup var storage: StorageOptions
    @Argument(help: "The file `kiosk sync export` wrote.") var file: String

    func run() async throws {
        guard let data = FileManager.default.contents(atPath: file) else {
            throw HubCommandFailure("cannot read \(file)")
        }
        do {
            let outcome = try await ParcelImport.take(data, into: try await storage.open(),
                                                      at: KioskHubCommand.machineClock.now())
            print("kiosk \(outcome.kioskID): \(outcome.stored) stored, \(outcome.alreadyHeld) already held")
            for finding in outcome.auditFindings { print("audit: \(finding)") }
        } catch let refusal as ParcelImport.Refusal {
            throw HubCommandFailure(refusal.description)
        }
    }
}
