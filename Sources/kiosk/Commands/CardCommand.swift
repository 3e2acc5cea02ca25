import ArgumentParser
import Foundation
import KioskFlows
import KioskAssets
import SmartCard
import KioskServices
import TextCodecs

/// `kiosk card`: the coordinator's and technician's card diagnosis tools.
struct CardCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "card",
        abstract: "Read the inserted card or watch card events.",
        subcommands: [Read.self, Watch.self]
    )

    /// `kiosk card read`: reads the inserted social-security card once and prints its holder.
    struct Read: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "read", abstract: "Read the inserted social-security card once.")

        @Option(help: "Reader name (default: the first reader holding a card).")
        var reader: String?

        @Flag(help: "Print JSON.")
        var json = false

        @Flag(help: "Also read the sex and card identification fields (12 APDUs instead of 9).")
        var allFields = false

        func run() throws {
            let nations = NationTable(csv: (try? String(contentsOf: KioskAssets.url("reference/nations-gb3304.csv"), encoding: .utf8)) ?? "")
            let cardReader = SocialSecurityCardReader(nations: nations, plan: allFields ? .complete : .essential)
            do {
                let context = try PCSCContext()
                let identity = try cardReader.read(reader: reader, context: context, today: CardStation.cardDate(KioskCommand.machineClock().today))
                print(json ? CardCommand.json(identity) : CardCommand.text(identity))
            } catch {
                CardCommand.fail(error.messageKey, detail: "\(error)")
            }
        }
    }

    /// `kiosk card watch`: prints reader and card events until interrupted.
    struct Watch: AsyncParsableCommand {
        static let configuration = CommandConfiguration(commandName: "watch", abstract: "Print reader and card events as they happen.")

        func run() async throws {
            for await event in CardEventSource().events() {
                print(CardCommand.line(event))
                fflush(nil)
            }
        }
    }

    /// The JSON form of an identity (keys fixed for scripts).
    static func json(_ identity: CardIdentity) -> String {
        let object: [String: String] = [
            "id_number": identity.idNumber,
            "name": identity.name,
            "sex": identity.sex,
            "nation": identity.nationName ?? identity.nationCode,
            "birth_date": identity.birthDate.description,
            "card_number": identity.cardNumber,
            "card_version": identity.cardVersion,
            "issue_date": identity.issueDate?.description ?? "",
            "expiry_date": identity.expiryDate?.description ?? "",
            "source": identity.source.rawValue,
        ]
        let data = (try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes])) ?? Data()
        return String(decoding: data, as: UTF8.self)
    }

    /// A plain-text listing of an identity.
    static func text(_ identity: CardIdentity) -> String {
        [
            "id_number    \(identity.idNumber)",
            "name         \(identity.name)",
            "sex          \(identity.sex)",
            "nation       \(identity.nationCode) \(identity.nationName ?? "")",
            "birth_date   \(identity.birthDate)",
            "card_number  \(identity.cardNumber)",
            "card_version \(identity.cardVersion)",
            "issue_date   \(identity.issueDate?.description ?? "")",
            "expiry_date  \(identity.expiryDate?.description ?? "")",
            "region       \(identity.regionCode)",
            "source       \(identity.source.rawValue)",
        ].joined(separator: "\n")
    }

    /// One line per card event.
    static func line(_ event: CardEvent) -> String {
        switch event {
        case .readerAdded(let name): return "reader-added \"\(name)\""
        case .readerRemoved(let name): return "reader-removed \"\(name)\""
        case .cardInserted(let reader, let atr, let insertion):
            return "card-inserted \"\(reader)\" atr=\(Hex.string(atr)) insertion=\(insertion)"
        case .cardRemoved(let reader): return "card-removed \"\(reader)\""
        case .serviceUnavailable(let key): return "service-unavailable \(key): \(message(key))"
        }
    }

    /// Prints the error's text (in the terminal's language) to stderr and exits non-zero.
    static func fail(_ key: String, detail: String) -> Never {
        FileHandle.standardError.write(Data("error: \(message(key)) [\(key); \(detail)]\n".utf8))
        Foundation.exit(1)
    }

    /// The text for a message key from the shipped strings, in the terminal's language.
    static func message(_ key: String) -> String {
        let language: Language = (ProcessInfo.processInfo.environment["LANG"] ?? "").hasPrefix("zh") ? .chinese : .english
        guard let strings = try? StringCatalog.load(from: KioskAssets.url("strings")) else {
            return key
        }
        return strings.text(key, language)
    }
}
