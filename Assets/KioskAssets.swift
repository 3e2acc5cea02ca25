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
        return located
    }

    /// The resource folder SwiftPM puts beside the executable, found without Foundation's `Bundle`, whose
    /// lookup scans the executable's folder (a large one in a build tree) and took a fifth of the kiosk's start;
    /// `Bundle.module` (which also knows the build folder) when it is not there.
    private static let located: URL = {
        let executable = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
        let beside = executable.deletingLastPathComponent()
            .appendingPathComponent("VillageKiosk_KioskAssets.resources", isDirectory: true)
        if FileManager.default.fileExists(atPath: beside.appendingPathComponent("strings").path) {
            return beside
        }
        return Bundle.module.resourceURL ?? Bundle.module.bundleURL
    }()

    /// A file or folder below the assets root, e.g. `url("strings/en.json")`.
    public static func url(_ relativePath: String) -> URL {
        root.appendingPathComponent(relativePath)
    }

    /// The contents of a file below the assets root.
    public static func data(_ relativePath: String) throws -> Data {
        try Data(contentsOf: url(relativePath))
    }
}
