import Foundation

/// A kiosk's configuration file (`/etc/village-kiosk/kiosk.json`): which village, which files, which reader.
///
/// This folder (`Configuration/`) holds the configuration's values and their checks with nothing beyond Foundation,
/// so the fuzz target `KioskConfigFuzz` compiles it alone; reading the file and building from it are elsewhere.
struct KioskConfig: Codable, Equatable {
    /// The administrative village's 12-digit code, the first part of every receipt number.
    var villageCode: String
    /// The village's name as the status line shows it.
    var villageName: String
    /// The SQLite database file.
    var database: String
    /// The PC/SC reader to use; empty for the first real one found (a virtual one too when allowed).
    var reader: String = ""
    /// Whether virtual readers ("Virtual PCD", vsmartcard) may be used: any program on the machine can play a card
    /// in one, so only demo and test machines set it.
    var allowVirtualReaders: Bool = false
    /// Whether a resident ID card seen only by its UID may do business that moves money or standing (off: a UID is
    /// cloned with a cheap card; such a session is limited to queries).
    var uidCardsMayTransact: Bool = false
    /// The GA 467 resident ID card reader's serial device (e.g. `/dev/ttyUSB0`); empty for none.
    var idReader: String = ""
    /// The village's time zone.
    var timeZone: String = "Asia/Shanghai"
    /// Start in elderly mode (for terminals where mostly elderly people come).
    var elderly: Bool = false
    /// The ESC/POS receipt printer's device (e.g. `/dev/usb/lp0`); empty for none.
    var printer: String = ""
    /// Columns on the printer's paper: 32 for 58 mm rolls, 48 for 80 mm.
    var paperColumns: Int = 32
    /// Whether a speaker is attached: elderly mode reads screens aloud (espeak-ng, Mandarin).
    var speech: Bool = false
    /// Unifont's .hex file for elderly mode's large glyphs.
    var fontPath: String = "/usr/share/unifont/unifont.hex"
    /// The log file for technicians.
    var log: String = KioskConfig.defaultLogPath
    /// The county hub this kiosk sends its records to; nil keeps them in the outbox.
    var hub: HubSyncConfig?
    /// Which sender the background SMS sender uses; nil for a file beside the database.
    var sms: SMSConfig?

    private enum CodingKeys: String, CodingKey {
        case villageCode, villageName, database, reader, timeZone, elderly, printer, paperColumns, speech, fontPath, log
        case hub
        case allowVirtualReaders, uidCardsMayTransact, idReader
        case sms
    }

    /// Decodes a configuration; `reader`, `timeZone` and `elderly` may be left out.
    init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        villageCode = try container.decode(String.self, forKey: .villageCode)
        villageName = try container.decode(String.self, forKey: .villageName)
        database = try container.decode(String.self, forKey: .database)
        reader = try container.decodeIfPresent(String.self, forKey: .reader) ?? ""
        timeZone = try container.decodeIfPresent(String.self, forKey: .timeZone) ?? "Asia/Shanghai"
        elderly = try container.decodeIfPresent(Bool.self, forKey: .elderly) ?? false
        printer = try container.decodeIfPresent(String.self, forKey: .printer) ?? ""
        paperColumns = try container.decodeIfPresent(Int.self, forKey: .paperColumns) ?? 32
        speech = try container.decodeIfPresent(Bool.self, forKey: .speech) ?? false
        fontPath = try container.decodeIfPresent(String.self, forKey: .fontPath) ?? "/usr/share/unifont/unifont.hex"
        log = try container.decodeIfPresent(String.self, forKey: .log) ?? KioskConfig.defaultLogPath
        hub = try container.decodeIfPresent(HubSyncConfig.self, forKey: .hub)
        allowVirtualReaders = try container.decodeIfPresent(Bool.self, forKey: .allowVirtualReaders) ?? false
        sms = try container.decodeIfPresent(SMSConfig.self, forKey: .sms)
        uidCardsMayTransact = try container.decodeIfPresent(Bool.self, forKey: .uidCardsMayTransact) ?? false
        idReader = try container.decodeIfPresent(String.self, forKey: .idReader) ?? ""
    }

    /// Where `kiosk run` writes its log unless the configuration says otherwise: the folder systemd's
    /// `LogsDirectory=village-kiosk` makes writable for the service.
    static let defaultLogPath = "/var/log/village-kiosk/kiosk.log"

    /// A configuration from the bytes of its file, checked: JSON of the right shape (a missing or mistyped field named)
    /// whose values can be used (`problem`). Pure: the file is read, and the problem turned into a start-up error, by
    /// `load(path:)`.
    static func decoded(from data: Data) throws(ConfigProblem) -> KioskConfig {
        let config: KioskConfig
        do {
            config = try JSONDecoder().decode(KioskConfig.self, from: data)
        } catch let DecodingError.keyNotFound(key, context) {
            throw .missing(Self.path(context.codingPath + [key]))
        } catch let DecodingError.typeMismatch(_, context) {
            throw .wrongType(Self.path(context.codingPath))
        } catch let DecodingError.valueNotFound(_, context) {
            throw .wrongType(Self.path(context.codingPath))
        } catch {
            throw .notJSON
        }
        if let problem = config.problem { throw problem }
        return config
    }

    /// Columns a receipt printer's paper may have (58 mm rolls take 32, 80 mm rolls 48; the bounds assumed).
    static let paperColumnRange = 24...64

    /// What makes the configuration unusable, or nil: an unknown time zone, paper columns out of range, an SMS sender
    /// that cannot be built.
    var problem: ConfigProblem? {
        if TimeZone(identifier: timeZone) == nil { return .unknownTimeZone(timeZone) }
        if !Self.paperColumnRange.contains(paperColumns) { return .paperColumns(paperColumns) }
        if let reason = sms?.problem { return .sms(reason) }
        return nil
    }

    /// The configured time zone; nil only for a configuration `decoded(from:)` would have refused.
    var zone: TimeZone? { TimeZone(identifier: timeZone) }

    private static func path(_ keys: [CodingKey]) -> String {
        keys.map { $0.intValue.map { "\($0)" } ?? $0.stringValue }.joined(separator: ".")
    }
}
