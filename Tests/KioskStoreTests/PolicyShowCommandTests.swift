import Foundation
import Testing
import KioskAssets
import KioskDomain
import KioskStore

/// `kiosk policy show`: what a county technician reads to check a kiosk's table.
struct PolicyShowCommandTests {
    @Test func onTheFirstOfJune2026ItShowsThe2026BasicPensionAndOnlyTheDivisor139() async throws {
        let binary = try #require(KioskBinary.url, Comment(rawValue: KioskBinary.missingMessage))
        let result = try await KioskBinary.run(binary, ["policy", "show", "--on", "2026-06-01"])
        #expect(result.status == 0)
        let lines = result.output.split(separator: "\n").map(String.init)
        #expect(lines.first == "Policy table guangxi-2026 in force for region 45 on 2026-06-01")
        #expect(lines.contains("basicPensionYuanPerMonth = 163 yuan a month  [SECONDARY SOURCE]"))
        #expect(lines.contains("personalAccountDivisor = 139 months"))
        #expect(!result.output.contains("divisors"))
        for months in [132, 125, 117, 109, 101, 93, 84, 75, 65, 56] {
            #expect(!result.output.contains("= \(months) months"), "no age divisor \(months)")
        }
        // Every value is followed by its source; assumed values are marked.
        let values = lines.filter { $0.contains(" = ") }
        #expect(values.count == PolicyTable.sourcedFields.count)
        for (index, line) in lines.enumerated() where line.contains(" = ") {
            #expect(lines.indices.contains(index + 1) && lines[index + 1].hasPrefix("    source: "), "\(line)")
        }
        #expect(lines.contains { $0.hasPrefix("localTopUpYuanPerMonth = 20") && $0.hasSuffix("[ASSUMED]") })
    }

    @Test func theNationalTableOfAnEarlierDayAndARefusedRegion() async throws {
        let binary = try #require(KioskBinary.url, Comment(rawValue: KioskBinary.missingMessage))
        let national = try await KioskBinary.run(binary, ["policy", "show", "--on", "2024-12-31", "--region", "110105"])
        #expect(national.status == 0)
        #expect(national.output.contains("national-2024"))
        #expect(national.output.contains("until 2024-12-31"))
        #expect(national.output.contains("basicPensionYuanPerMonth = 123 yuan a month"))
        let before = try await KioskBinary.run(binary, ["policy", "show", "--on", "2020-01-01"])
        #expect(before.status != 0)
        let bad = try await KioskBinary.run(binary, ["policy", "show", "--region", "guangxi"])
        #expect(bad.status != 0)
    }

    @Test func withTheKiosksDatabaseTheCountysTableInForceIsShownAndAMissingDatabaseIsRefused() async throws {
        let binary = try #require(KioskBinary.url, Comment(rawValue: KioskBinary.missingMessage))
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("policy-show-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("kiosk.sqlite").path
        var table = try #require(try PolicyBook(folder: KioskAssets.url("policy")).tables.first { $0.name == "guangxi-2026" })
        table.name = "wuming-2026-11"
        table.region = "450124"
        table.effectiveFrom = try #require(CivilDate(iso: "2026-11-01"))
        table.basicPensionYuanPerMonth = 183
        let set = "[" + String(decoding: try JSONEncoder().encode(table), as: UTF8.self) + "]"
        _ = try KioskStore.open(path: path, villageCode: StoreFixtures.village).applyCountyPolicyTables(json: set, version: 1, at: Date(timeIntervalSince1970: 1_795_000_000))

        let arguments = ["policy", "show", "--on", "2026-11-15", "--region", "450124"]
        let county = try await KioskBinary.run(binary, arguments + ["--db", path])
        #expect(county.status == 0)
        #expect(county.output.hasPrefix("Policy table wuming-2026-11 in force for region 450124 on 2026-11-15"))
        #expect(county.output.contains("basicPensionYuanPerMonth = 183 yuan a month"))
        let shipped = try await KioskBinary.run(binary, arguments)
        #expect(shipped.output.hasPrefix("Policy table guangxi-2026 in force"))

        let missing = folder.appendingPathComponent("none.sqlite").path
        let refused = try await KioskBinary.run(binary, arguments + ["--db", missing])
        #expect(refused.status != 0 && refused.output.contains("the database \(missing) records no village"))
        #expect(!FileManager.default.fileExists(atPath: missing))
    }
}
