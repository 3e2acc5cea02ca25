import Foundation

/// Where the kiosk's shipped text assets live at run time: strings, policy tables, demo data and reference codes.
public enum KioskAssets {
    /// The folder holding `strings/`, `policy/`, `demo/` and `reference/`.
    ///
    /// `KIOSK_ASSETS` overrides it (for an installed kiosk whose assets sit elsewhere).
    public static var root: URL {
        if let override = ProcessInfo.processInfo.environment["KIOSK_ASSETS"], !override.isEmpty {
            return URL(fileURLWithPath: override, isDirectory: true)
        }
        return Bundle.module.resourceURL ?? Bundle.module.bundleURL
    }

    /// A file or folder below the assets root, e.g. `url("strings/en.json")`.
    public static func url(_ relativePath: String) -> URL {
        root.appendingPathComponent(relativePath)
    }

    /// The contents of a file below the assets root.
    public static func data(_ relativePath: String) throws -> Data {
        try Data(contentsOf: url(relativePath))
    }
}
