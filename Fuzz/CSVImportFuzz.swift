// libFuzzer target: the CSV files a technician imports (`kiosk import ...`, `kiosk import jobs`) must be read
// into rows with their line numbers, or refused with a reason, never crash; every field of every row then goes
// through the value parsers the imports use.
// fuzz-sources: Sources/TextCodecs/CSVText.swift Sources/TextCodecs/CSVRecord.swift .build/checkouts/CSV.swift/Sources/CSV
// fuzz-sources: Sources/KioskStore/Coordinator/CSV/CSVImport.swift Sources/KioskStore/Coordinator/CSV/CSVRowProblem.swift
// fuzz-sources: Sources/KioskDomain

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzCSVImport(_ start: UnsafePointer<UInt8>?, _ count: Int) -> Int32 {
    guard let start else { return 0 }
    let text = String(decoding: UnsafeBufferPointer(start: start, count: count), as: UTF8.self)
    // The columns asked for depend on the input's length, so every kind of header check is reached.
    let required = [[], ["id"], ["id_number", "name"]][count % 3]
    if let table = try? CSVImportTable(text: text, required: required) {
        var previous = 1
        for (line, fields) in table.rows {
            guard line > previous else { fatalError("row lines must increase after the header") }
            previous = line
            for value in fields.values {
                _ = try? IDNumber(value)
                _ = CivilDate(iso: value)
                _ = OccupationCode(code: value)
                _ = PlaceOfWork(code: value)
                _ = IndustrySection(rawValue: value.uppercased())
                _ = UnifiedSocialCreditCode(value)
            }
        }
        for problem in table.problems where problem.line < 1 { fatalError("a problem names line \(problem.line)") }
    }
    return 0
}
