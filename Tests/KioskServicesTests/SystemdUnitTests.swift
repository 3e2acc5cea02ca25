import ChildProcessSupport
import Foundation
import Testing

/// The shipped systemd units: the kiosk's lock-down, and the nightly backup pointing at the database the
/// example configuration names.
struct SystemdUnitTests {
    static let kioskFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Kiosk")

    /// The `Key=value` lines of a unit file (comments dropped), in order; a key may repeat.
    static func directives(_ name: String) throws -> [(key: String, value: String)] {
        let text = try String(contentsOf: kioskFolder.appendingPathComponent(name), encoding: .utf8)
        return text.split(separator: "\n").compactMap { line in
            let line = line.trimmingCharacters(in: .whitespaces)
            guard !line.hasPrefix("#"), !line.hasPrefix("["), let equals = line.firstIndex(of: "=") else { return nil }
            return (String(line[..<equals]), String(line[line.index(after: equals)...]))
        }
    }

    static func values(_ key: String, in directives: [(key: String, value: String)]) -> [String] {
        directives.filter { $0.key == key }.map(\.value)
    }

    @Test("the kiosk unit drops every capability, limits sockets, devices and system calls, and joins lp but not tty")
    func kioskUnitIsLockedDown() throws {
        let unit = try Self.directives("kiosk.service")
        #expect(Self.values("CapabilityBoundingSet", in: unit) == [""])
        #expect(Self.values("RestrictAddressFamilies", in: unit) == ["AF_UNIX AF_INET AF_INET6"])
        for key in ["ProtectKernelTunables", "ProtectKernelModules", "NoNewPrivileges", "RestrictNamespaces"] {
            #expect(Self.values(key, in: unit) == ["yes"], "\(key)")
        }
        #expect(Self.values("SystemCallFilter", in: unit).contains("@system-service"))
        #expect(Self.values("UMask", in: unit) == ["0077"])
        #expect(Self.values("StateDirectoryMode", in: unit) == ["0700"])
        let groups = Self.values("SupplementaryGroups", in: unit).joined(separator: " ").split(separator: " ").map(String.init)
        #expect(groups.contains("lp"))
        #expect(!groups.contains("tty"))
    }

    @Test("the nightly backup writes dated, checked copies of the database the example configuration names")
    func backupTimerMatchesTheConfiguration() throws {
        let config = try JSONSerialization.jsonObject(
            with: Data(contentsOf: Self.kioskFolder.appendingPathComponent("kiosk.example.json"))) as? [String: Any]
        let database = try #require(config?["database"] as? String)
        let service = try Self.directives("kiosk-backup.service")
        let exec = try #require(Self.values("ExecStart", in: service).first).split(separator: " ").map(String.init)
        #expect(Array(exec.prefix(3)) == ["/usr/local/bin/kiosk", "db", "backup"])
        let db = try #require(exec.firstIndex(of: "--db"))
        #expect(exec[db + 1] == database)
        #expect(exec.contains("--into") && exec.contains("--keep"))
        #expect(Self.values("UMask", in: service) == ["0077"])
        let timer = try Self.directives("kiosk-backup.timer")
        #expect(Self.values("OnCalendar", in: timer) == ["*-*-* 02:30:00 Asia/Shanghai"])
        #expect(Self.values("Persistent", in: timer) == ["yes"] || Self.values("Persistent", in: timer) == ["true"])
    }

    @Test("systemd rates the kiosk unit's exposure at 2.0 or better, when systemd-analyze is installed")
    func exposureScore() async throws {
        let analyze = "/usr/bin/systemd-analyze"
        guard FileManager.default.isExecutableFile(atPath: analyze) else { return }
        let unit = Self.kioskFolder.appendingPathComponent("kiosk.service").path
        let result = try await ChildProcess.run([analyze, "security", "--offline=true", unit])
        let line = try #require(result.output.split(separator: "\n").last { $0.contains("Overall exposure level") },
                                "\(result.output)")
        let score = try #require(line.split(separator: ":").last?.split(separator: " ").first.flatMap { Double($0) })
        #expect(score <= 2.0, "\(line)")
    }
}
