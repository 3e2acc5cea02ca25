import Foundation

/// Why a configuration file's bytes are not a usable configuration, said for the technician.
enum ConfigProblem: Error, Equatable {
    /// A required field is missing (its dotted path).
    case missing(String)
    /// A field holds a value of the wrong type (its dotted path).
    case wrongType(String)
    /// The bytes are not JSON.
    case notJSON
    /// `timeZone` names no known zone.
    case unknownTimeZone(String)
    /// `paperColumns` is outside `KioskConfig.paperColumnRange`.
    case paperColumns(Int)
    /// The `sms` part cannot make a sender: why.
    case sms(String)

    /// The reason as the start-up error says it after the file's path.
    var reason: String {
        switch self {
        case .missing(let path): "missing \"\(path)\""
        case .wrongType(let path): "wrong type at \"\(path)\""
        case .notJSON: "not valid JSON"
        case .unknownTimeZone(let zone): "unknown time zone \"\(zone)\""
        case .paperColumns(let columns):
            "\"paperColumns\" must be \(KioskConfig.paperColumnRange.lowerBound)-\(KioskConfig.paperColumnRange.upperBound), not \(columns)"
        case .sms(let reason): "sms: \(reason)"
        }
    }
}
