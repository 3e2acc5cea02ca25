import ChildProcessSupport
import Foundation

/// The built `kiosk` executable (and the crash test's `kiosk-stress-writer`) next to the test bundle, run
/// as child processes by the tests.
enum KioskBinary {
    /// Where the `kiosk` executable was looked for.
    static var candidates: [URL] { candidates(named: "kiosk") }

    /// Where an executable of the package was looked for.
    static func candidates(named name: String) -> [URL] {
        var urls: [URL] = []
        if name == "kiosk", let override = ProcessInfo.processInfo.environment["KIOSK_BINARY"], !override.isEmpty {
            urls.append(URL(fileURLWithPath: override))
        }
        let me = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
        var folder = me.deletingLastPathComponent()
        for _ in 0..<5 {
            urls.append(folder.appendingPathComponent(name))
            folder = folder.deletingLastPathComponent()
        }
        urls.append(Bundle.main.bundleURL.deletingLastPathComponent().appendingPathComponent(name))
        return urls
    }

    /// The `kiosk` executable, or nil when it has not been built.
    static var url: URL? { url(named: "kiosk") }

    /// The crash test's writer, or nil when it has not been built.
    static var stressWriter: URL? { url(named: "kiosk-stress-writer") }

    /// An executable of the package, or nil when it has not been built.
    static func url(named name: String) -> URL? {
        candidates(named: name).first { url in
            var isFolder: ObjCBool = false
            return FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder) && !isFolder.boolValue
                && FileManager.default.isExecutableFile(atPath: url.path)
        }
    }

    /// The message a test fails with when the executable is missing.
    static var missingMessage: String {
        "The kiosk executable was not found (looked in: \(candidates.map(\.path).joined(separator: ", "))). "
            + "Build it first (swift build) or set KIOSK_BINARY."
    }

    /// Runs the executable to completion; returns exit status and what it printed.
    static func run(_ url: URL, _ arguments: [String]) async throws -> (status: Int32, output: String) {
        try await ChildProcess.run([url.path] + arguments)
    }
}
