import Foundation
import Testing
import KioskAssets
@testable import KioskDomain

struct PolicyBookTests {
    @Test func shippedTablesLoadAndTheNationalFiguresAreThere() throws {
        let book = try PolicyBook(folder: KioskAssets.url("policy"))
        let national = try book.table(region: "110105", on: CivilDate(iso: "2024-07-01")!)
        #expect(national.basicPensionYuanPerMonth == 123)
        #expect(national.tiers.map(\.yuan) == [100, 200, 300, 400, 500, 600, 700, 800, 900, 1000, 1500, 2000])
        #expect(national.personalAccountDivisor == 139)
        #expect(national.minimumContributionYears == 15)
        #expect(try book.table(region: "110105", on: CivilDate(iso: "2023-12-31")!).basicPensionYuanPerMonth == 103)
        #expect(try book.table(region: "110105", on: CivilDate(iso: "2025-01-01")!).basicPensionYuanPerMonth == 143)
    }

    @Test func theMostSpecificRegionAndLatestTableInForceWins() throws {
        let book = try PolicyBook(folder: KioskAssets.url("policy"))
        let guangxi = try book.table(region: "450124", on: CivilDate(iso: "2025-03-01")!)
        #expect(guangxi.name == "guangxi-2025")
        #expect(try book.table(region: "450124", on: CivilDate(iso: "2024-12-31")!).name == "guangxi-2024")
        #expect(throws: PolicyError.noTableInForce(region: "450124", on: CivilDate(iso: "2022-12-31")!)) {
            try book.table(region: "450124", on: CivilDate(iso: "2022-12-31")!)
        }
    }

    @Test func guangxiValuesNotFromPublicSourcesAreMarkedAssumed() throws {
        let table = DomainFixtures.policy(on: "2025-06-01")
        for field in ["localTopUpYuanPerMonth", "contributionWindow", "interestRateBasisPoints", "schemeStartDate"] {
            #expect(table.sources[field]?.contains("assumed") == true, "\(field)")
        }
    }

    @Test func anInvalidFileIsRefusedNamingFileFieldAndWhy() throws {
        let shipped = try KioskAssets.data("policy/guangxi-2025.json")
        var object = try #require(try JSONSerialization.jsonObject(with: shipped) as? [String: Any])

        object["basicPensionYuanPerMonth"] = "a lot"
        #expect(throws: PolicyError.invalid(file: "bad.json", field: "basicPensionYuanPerMonth", problem: .wrongType)) {
            try PolicyBook.table(from: JSONSerialization.data(withJSONObject: object), file: "bad.json")
        }
        object["basicPensionYuanPerMonth"] = 143
        object["effectiveFrom"] = "2025-02-30"
        #expect(throws: PolicyError.invalid(file: "bad.json", field: "effectiveFrom", problem: .notADate)) {
            try PolicyBook.table(from: JSONSerialization.data(withJSONObject: object), file: "bad.json")
        }
        object["effectiveFrom"] = "2025-01-01"
        var tiers = try #require(object["tiers"] as? [[String: Any]])
        tiers[3]["yuan"] = 200
        object["tiers"] = tiers
        #expect(throws: PolicyError.invalid(file: "bad.json", field: "tiers[3].yuan", problem: .notAscending)) {
            try PolicyBook.table(from: JSONSerialization.data(withJSONObject: object), file: "bad.json")
        }
        object.removeValue(forKey: "tiers")
        #expect(throws: PolicyError.invalid(file: "bad.json", field: "tiers", problem: .missing)) {
            try PolicyBook.table(from: JSONSerialization.data(withJSONObject: object), file: "bad.json")
        }
    }

    @Test func aFolderWithABadFileFailsToLoad() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("policy-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try KioskAssets.data("policy/guangxi-2025.json").write(to: folder.appendingPathComponent("a.json"))
        try Data("{\"name\": 1}".utf8).write(to: folder.appendingPathComponent("b.json"))
        #expect(throws: PolicyError.invalid(file: "b.json", field: "name", problem: .wrongType)) {
            try PolicyBook(folder: folder)
        }
    }
}
