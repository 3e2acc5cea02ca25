import Foundation

/// Where the built `kiosk` programs are: `KIOSK_BIN_DIR` (set by Kiosk/test), else the debug build folder.
enum KioskBinary {
    static var folder: URL {
        if let dir = ProcessInfo.processInfo.environment["KIOSK_BIN_DIR"], !dir.isEmpty {
            return URL(fileURLWithPath: dir, isDirectory: true)
        }
        let packageRoot = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        return packageRoot.appendingPathComponent(".build/debug", isDirectory: true)
    }

    /// The path of one built program; the test fails with a clear message when it was not built.
    static func path(_ name: String) throws -> String {
        let url = folder.appendingPathComponent(name)
        guard FileManager.default.isExecutableFile(atPath: url.path) else {
            throw KioskBinaryError.notBuilt(path: url.path)
        }
        return url.path
    }

    /// A fresh temporary folder for one test's data.
    static func temporaryFolder() throws -> String {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("kiosk-e2e-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url.path
    }
}

/// The program under test is missing: build it first (Kiosk/test does).
enum KioskBinaryError: Error, CustomStringConvertible {
    case notBuilt(path: String)
    var description: String {
        switch self {
        case .notBuilt(let path): "\(path) is not built: run `swift build` first (Kiosk/test does)"
        }
    }
}
