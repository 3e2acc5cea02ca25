import Foundation
import KioskFlows
import Testing

/// The GB/T 2260 list: parsing, the three levels, and searching by code prefix or name.
struct RegionDirectoryTests {
    static let small = """
    code,name,level,parent
    450000,广西壮族自治区,province,
    450100,南宁市,prefecture,450000
    450102,兴宁区,county,450100
    450124,马山县,county,450100
    451000,百色市,prefecture,450000
    451002,右江区,county,451000
    420000,湖北省,province,
    429004,仙桃市,county,420000
    990000,海域,province,
    999900,海域,prefecture,990000

    """

    @Test func theShippedListLoadsWithEveryProvinceThatHasCounties() {
        let regions = AccountHolderFixture.regions
        #expect(regions.regions.count > 3000)
        #expect(regions.provinces.count == 34, "31 mainland provinces, Taiwan, Hong Kong and Macao; not the sea areas")
        #expect(regions.county(code: "450124")?.fullName == "广西壮族自治区 南宁市 马山县")
        #expect(regions.county(code: "110101")?.fullName == "北京市 东城区")
        #expect(regions.county(code: "429004") == RegionDirectory.County(code: "429004", name: "仙桃市", prefectureName: nil, provinceName: "湖北省"))
    }

    @Test func prefecturesWithoutCountiesAreLeftOut() throws {
        let regions = try RegionDirectory(csv: Self.small)
        #expect(regions.provinces.map(\.code) == ["420000", "450000"])
        #expect(regions.prefectures(in: "450000").map(\.name) == ["南宁市", "百色市"])
        #expect(regions.prefectures(in: "420000").isEmpty)
        #expect(regions.counties(in: "420000").map(\.name) == ["仙桃市"])
        #expect(regions.county(code: "450100") == nil, "a prefecture is not a county")
    }

    @Test func digitsSearchByCodePrefixAndTextByName() throws {
        let regions = try RegionDirectory(csv: Self.small)
        #expect(regions.search("4501").map(\.code) == ["450102", "450124"])
        #expect(regions.search("450124").map(\.name) == ["马山县"])
        #expect(regions.search("马山").map(\.code) == ["450124"])
        #expect(regions.search("百色").map(\.code) == ["451002"], "a prefecture's name finds its counties")
        #expect(regions.search("区").map(\.code) == ["450102", "451002"])
        #expect(regions.search("  ").isEmpty)
        #expect(regions.search("8").isEmpty)
    }

    @Test func windowsLineEndsAreAccepted() throws {
        let regions = try RegionDirectory(csv: Self.small.replacingOccurrences(of: "\n", with: "\r\n"))
        #expect(regions.county(code: "450124")?.name == "马山县")
    }

    @Test func aBrokenListSaysWhereItIsBroken() {
        #expect(throws: RegionListError.unexpectedHeader) { try RegionDirectory(csv: "id,name\n450000,广西,province,\n") }
        #expect(throws: RegionListError.malformedLine(number: 3)) {
            try RegionDirectory(csv: "code,name,level,parent\n450000,广西壮族自治区,province,\n45010,南宁市,prefecture,450000\n")
        }
        #expect(throws: RegionListError.malformedLine(number: 2)) {
            try RegionDirectory(csv: "code,name,level,parent\n450000,广西壮族自治区,city,\n")
        }
        #expect(throws: RegionListError.malformedLine(number: 2)) {
            try RegionDirectory(csv: "code,name,level,parent\n450100,南宁市,prefecture,\n")
        }
        #expect(throws: RegionListError.unknownParent(line: 2, code: "460000")) {
            try RegionDirectory(csv: "code,name,level,parent\n469001,五指山市,county,460000\n")
        }
        #expect(RegionListError.unknownParent(line: 2, code: "460000").parameters == ["line": "2", "code": "460000"])
    }

    @Test func anEmptyDirectoryOffersNothing() {
        #expect(RegionDirectory.empty.provinces.isEmpty)
        #expect(RegionDirectory.empty.search("45").isEmpty)
    }
}
