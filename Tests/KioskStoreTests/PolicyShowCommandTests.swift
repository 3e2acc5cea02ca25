import Foundation
import Testing
import KioskDomain

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
}
