import Foundation
import KioskAssets
import Testing
@testable import KioskDomain

/// The county's policy tables as one JSON array: every table checked by the shipped files' loader, a problem named by
/// its line, and the book the kiosk decides with the shipped tables plus the county's.
struct PolicyTableSetTests {
    static func shipped(_ name: String) throws -> String {
        try String(contentsOf: KioskAssets.url("policy/\(name).json"), encoding: .utf8)
    }

    /// Guangxi's 2026 table as a county table for 450124 from 2027, with a basic pension of 183 yuan.
    static func countyTable() throws -> String {
        try shipped("guangxi-2026").replacingOccurrences(of: "\"guangxi-2026\"", with: "\"wuming-2027\"")
            .replacingOccurrences(of: "\"region\": \"45\"", with: "\"region\": \"450124\"")
            .replacingOccurrences(of: "\"effectiveFrom\": \"2026-01-01\"", with: "\"effectiveFrom\": \"2027-01-01\"")
            .replacingOccurrences(of: "\"basicPensionYuanPerMonth\": 163", with: "\"basicPensionYuanPerMonth\": 183")
    }

    @Test("two tables in an array are read in order, each checked as a shipped file is")
    func anArrayOfTablesIsRead() throws {
        let text = "[\n" + (try Self.shipped("guangxi-2026")) + ",\n" + (try Self.countyTable()) + "\n]\n"
        let tables = try PolicyTableSet.tables(from: text)
        #expect(tables.map(\.name) == ["guangxi-2026", "wuming-2027"])
        #expect(tables[1].basicPensionYuanPerMonth == 183)
    }

    @Test("a bad field refuses the whole set naming the line it is on and the table")
    func aBadFieldNamesItsLine() throws {
        let bad = try Self.countyTable().replacingOccurrences(of: "\"personalAccountDivisor\": 139",
                                                              with: "\"personalAccountDivisor\": \"many\"")
        let first = try Self.shipped("guangxi-2026")
        let text = "[\n" + first + ",\n" + bad + "\n]\n"
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        let expected = try #require(lines.firstIndex { $0.contains("\"personalAccountDivisor\": \"many\"") }) + 1
        #expect(throws: PolicyTableSet.Problem.table(line: expected, name: "wuming-2027", field: "personalAccountDivisor",
                                                     problem: .wrongType)) {
            try PolicyTableSet.tables(from: text)
        }
        let refusal = PolicyTableSet.Problem.table(line: expected, name: "wuming-2027", field: "personalAccountDivisor",
                                                   problem: .wrongType).description
        #expect(refusal == "line \(expected): table wuming-2027: field personalAccountDivisor: wrongType")
    }

    @Test("a missing field is named at the line its table starts; not an array, empty and duplicates are refused")
    func otherRefusals() throws {
        let missing = try Self.countyTable().replacingOccurrences(of: "\"personalAccountDivisor\": 139,", with: "")
        #expect(throws: PolicyTableSet.Problem.table(line: 2, name: "wuming-2027", field: "personalAccountDivisor",
                                                     problem: .missing)) {
            try PolicyTableSet.tables(from: "[\n" + missing + "]")
        }
        #expect(throws: PolicyTableSet.Problem.notAnArray(line: 1)) { try PolicyTableSet.tables(from: try Self.countyTable()) }
        #expect(throws: PolicyTableSet.Problem.notAnArray(line: 3)) { try PolicyTableSet.tables(from: "[\n{\"a\": [1,\n") }
        #expect(throws: PolicyTableSet.Problem.notAnArray(line: 1)) { try PolicyTableSet.tables(from: "[1, 2]") }
        #expect(throws: PolicyTableSet.Problem.empty) { try PolicyTableSet.tables(from: " [ ] ") }
        let table = try Self.countyTable()
        #expect(throws: PolicyTableSet.Problem.self) { try PolicyTableSet.tables(from: "[" + table + "," + table + "]") }
    }

    @Test("the county's table joins the shipped book and wins for its county; one for the same region and day replaces")
    func theCountysTablesJoinTheShippedBook() throws {
        let shipped = try PolicyBook(folder: KioskAssets.url("policy"))
        let county = try PolicyTableSet.tables(from: "[" + (try Self.countyTable()) + "]")
        let book = shipped.including(county)
        let day = CivilDate(iso: "2027-03-01")!
        #expect(try book.table(region: "450124100210", on: day).name == "wuming-2027")
        #expect(try book.table(region: "450321", on: day).name == "guangxi-2026", "another county keeps Guangxi's table")
        #expect(try shipped.table(region: "450124", on: day).name == "guangxi-2026")
        var correction = try #require(shipped.tables.first { $0.name == "guangxi-2026" })
        correction.basicPensionYuanPerMonth = 170
        let corrected = shipped.including([correction])
        #expect(corrected.tables.count == shipped.tables.count)
        #expect(try corrected.table(region: "450124", on: CivilDate(iso: "2026-06-01")!).basicPensionYuanPerMonth == 170)
    }
}
