// libFuzzer target: reading a contactless card's UID (GET DATA, then the resident ID card's own command) must
// give a UID or a typed error for any answers a card or a cloned card sends, never crash.
// fuzz-sources: Fuzz/Support/ReplayChannel.swift Sources/SmartCard/SmartCardError.swift Sources/SmartCard/APDU
// fuzz-sources: Sources/SmartCard/IDCard/IDCardUIDReader.swift Sources/SmartCard/Codecs
// fuzz-sources: Sources/TextCodecs/Hex.swift Sources/TextCodecs/Iconv.swift Sources/TextCodecs/ChineseEncoding.swift

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzIDCardUID(_ start: UnsafePointer<UInt8>?, _ count: Int) -> Int32 {
    guard let start else { return 0 }
    let bytes = Array(UnsafeBufferPointer(start: start, count: count))
    // The input, split at 0xFE bytes, is the card's successive answers (with T=0 61xx and 6Cxx follow-ups).
    let answers = bytes.split(separator: 0xFE, omittingEmptySubsequences: false).map(Array.init)
    if let uid = try? IDCardUIDReader().readUID(over: ReplayChannel(answers)) {
        guard !uid.isEmpty else { fatalError("an empty UID was accepted") }
        _ = Hex.string(uid)
    }
    return 0
}
