import ArgumentParser
import Foundation
import KioskDomain
import KioskStore
#if canImport(Glibc)
import Glibc
#endif

/// `kiosk coordinator`: the county technician registers coordinators and resets their PINs.
struct CoordinatorCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "coordinator",
        abstract: "Add, list and remove coordinators and reset their PINs.",
        subcommands: [Add.self, ResetPIN.self, List.self, Remove.self, MeasurePIN.self]
    )

    /// Where the PIN comes from: never the command line.
    struct PINInput: ParsableArguments {
        @Flag(name: .customLong("pin-stdin"), help: "Read the 6-digit PIN from the first line of standard input.")
        var fromStandardInput = false

        /// The new PIN: from standard input, or typed twice at the terminal without echo.
        func read() throws -> CoordinatorPIN {
            let text: String
            if fromStandardInput {
                text = (readLine(strippingNewline: true) ?? "").trimmingCharacters(in: .whitespaces)
            } else {
                let first = try PINInput.prompt("New 6-digit PIN: ")
                guard try PINInput.prompt("Repeat the PIN: ") == first else { throw ValidationError("the PINs differ") }
                text = first
            }
            do { return try CoordinatorPIN.newPIN(text) } catch {
                throw ValidationError(error == .format ? "the PIN must be exactly 6 digits"
                                                       : "the PIN must not be one repeated digit or a run like 123456")
            }
        }

        /// Reads a line from the terminal with echo off.
        static func prompt(_ text: String) throws -> String {
            FileHandle.standardError.write(Data(text.utf8))
            var saved = termios()
            let isTerminal = tcgetattr(STDIN_FILENO, &saved) == 0
            if isTerminal {
                var silent = saved
                silent.c_lflag &= ~tcflag_t(ECHO)
                tcsetattr(STDIN_FILENO, TCSAFLUSH, &silent)
            }
            defer {
                if isTerminal {
                    tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved)
                    FileHandle.standardError.write(Data("\n".utf8))
                }
            }
            return (readLine(strippingNewline: true) ?? "").trimmingCharacters(in: .whitespaces)
        }
    }

    /// The technician acting on the command line.
    static let technician = Actor(kind: .system, id: "cli", name: "county technician")

    /// `kiosk coordinator add --db PATH --id ID --name NAME --id-number N --card-number C [--pin-stdin]`.
    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "add", abstract: "Register a coordinator with their card and a PIN.")
        @OptionGroup var location: DatabaseCommand.Location
        @Option(name: .long, help: "Staff ID, e.g. XG-450124-017.") var id: String
        @Option(name: .long, help: "Full name.") var name: String
        @Option(name: .customLong("id-number"), help: "The coordinator's 18-character ID number.") var idNumber: String
        @Option(name: .customLong("card-number"), help: "Card number of the coordinator's social-security card.")
        var cardNumber: String
        @Option(name: .long, help: "villageCoordinator (default) or countyTechnician.")
        var role: String = CoordinatorRole.villageCoordinator.rawValue
        @OptionGroup var pin: PINInput

        func run() throws {
            let number: IDNumber
            do { number = try IDNumber(idNumber) } catch { throw ValidationError("--id-number: \(error.messageKey)") }
            guard let role = CoordinatorRole(rawValue: role) else {
                throw ValidationError("--role must be villageCoordinator or countyTechnician")
            }
            let store = try location.open()
            let coordinator = Coordinator(id: id, name: name, idNumber: number, cardNumber: cardNumber,
                                          villageCode: store.villageCode, role: role)
            try store.addCoordinator(coordinator, pin: try pin.read(), actor: CoordinatorCommand.technician, at: location.clock(store).now())
            print("added \(id) (\(name)), card \(cardNumber), village \(store.villageCode)")
        }
    }

    /// `kiosk coordinator reset-pin --db PATH --id ID [--pin-stdin]`.
    struct ResetPIN: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "reset-pin",
                                                        abstract: "Set a new PIN and clear any lockout.")
        @OptionGroup var location: DatabaseCommand.Location
        @Option(name: .long, help: "Staff ID.") var id: String
        @OptionGroup var pin: PINInput

        func run() throws {
            let store = try location.open()
            try store.resetCoordinatorPIN(id: id, pin: try pin.read(), actor: CoordinatorCommand.technician, at: location.clock(store).now())
            print("PIN reset for \(id); lockout cleared")
        }
    }

    /// `kiosk coordinator list --db PATH`.
    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "list", abstract: "List coordinators and their lockout state.")
        @OptionGroup var location: DatabaseCommand.Location

        func run() throws {
            let store = try location.open()
            let now = location.clock(store).now()
            let accounts = try store.coordinatorAccounts()
            for a in accounts {
                let c = a.coordinator
                let state: String
                switch a.lockout.state(at: now) {
                case .locked(let until): state = "locked until \(Timestamp.text(until))"
                case .lockedUntilReset: state = "locked until the PIN is reset"
                case .open(let remaining): state = "open, \(remaining) attempts left"
                }
                print("\(c.id)  \(c.name)  \(c.idNumber.masked)  card \(c.cardNumber)  \(c.role.rawValue)  "
                      + "village \(c.villageCode)  \(state)  pbkdf2 \(a.pinIterations)")
            }
            print("\(accounts.count) coordinators")
        }
    }

    /// `kiosk coordinator remove --db PATH --id ID`.
    struct Remove: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "remove", abstract: "Remove a coordinator (their audit history stays).")
        @OptionGroup var location: DatabaseCommand.Location
        @Option(name: .long, help: "Staff ID.") var id: String

        func run() throws {
            let store = try location.open()
            try store.removeCoordinator(id: id, actor: CoordinatorCommand.technician, at: location.clock(store).now())
            print("removed \(id)")
        }
    }

    /// `kiosk coordinator measure-pin`: how long one PIN check takes here, to choose the iteration count.
    struct MeasurePIN: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "measure-pin", abstract: "Time PBKDF2-SHA256 PIN checks on this machine (use a release build).")
        @Option(name: .long, help: "Iteration counts to time.")
        var iterations: [Int] = [PINHashing.defaultIterations / 2, PINHashing.defaultIterations]

        func run() throws {
            let pin = try CoordinatorPIN("480213")
            for count in iterations {
                let hash = PINHashing.hash(pin, iterations: count)
                var best = Double.infinity
                for _ in 0..<5 {
                    let start = DispatchTime.now().uptimeNanoseconds
                    _ = PINHashing.verify(pin, against: hash)
                    best = min(best, Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6)
                }
                print("\(count) iterations: \(String(format: "%.1f", best)) ms per check (best of 5)")
            }
        }
    }
}
