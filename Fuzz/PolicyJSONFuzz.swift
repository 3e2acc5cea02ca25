// libFuzzer target: a policy table file (Assets/policy/*.json, later sent down by the county) must load as a
// checked table or be refused naming the field, never crash; a table that loads is found again for its own
// region on its first day.
// fuzz-sources: Sources/KioskDomain

import Foundation

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzPolicyJSON(_ start: UnsafePointer<UInt8>?, _ count: Int) -> Int32 {
    guard let start else { return 0 }
    let data = Data(bytes: start, count: count)
    guard let table = try? PolicyBook.table(from: data, file: "fuzz.json") else { return 0 }
    let book = PolicyBook(tables: [table])
    guard (try? book.table(region: table.region, on: table.effectiveFrom)) != nil else {
        fatalError("a checked table is not in force in its own region on its first day")
    }
    return 0
}
