import Foundation

/// Why the kiosk cannot start; printed as one line naming the path, with a non-zero exit.
public enum StartupError: Error, CustomStringConvertible {
    case unreadableConfig(path: String, reason: String)
    case invalidConfig(path: String, reason: String)
    case unusableDataFolder(path: String, reason: String)
    case unreadableAssets(reason: String)
    case unusableDatabase(path: String, reason: String)
    case invalidPolicy(reason: String)
    case noTerminal
    case terminalFailed(reason: String)

    public var description: String {
        switch self {
        case .unreadableConfig(let path, let reason): "cannot read config file \(path): \(reason)"
        case .invalidConfig(let path, let reason): "config file \(path) is invalid: \(reason)"
        case .unusableDataFolder(let path, let reason): "cannot use database folder \(path): \(reason)"
        case .unreadableAssets(let reason): "cannot load the kiosk's assets: \(reason)"
        case .unusableDatabase(let path, let reason): "cannot use database \(path): \(reason)"
        case .invalidPolicy(let reason): "invalid policy table: \(reason)"
        case .noTerminal: "the kiosk needs a terminal: run it on a console or in a terminal window"
        case .terminalFailed(let reason): "cannot start the terminal: \(reason)"
        }
    }
}
