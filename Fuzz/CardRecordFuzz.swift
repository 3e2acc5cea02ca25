// libFuzzer target: APDU parsing, the T=0 exchange and the social-security record decoder must never crash.
// fuzz-sources: Fuzz/Support/ReplayChannel.swift Sources/SmartCard/SmartCardError.swift Sources/SmartCard/APDU Sources/SmartCard/Codecs
// fuzz-sources: Sources/SmartCard/SocialSecurity Sources/TextCodecs/Hex.swift Sources/TextCodecs/Iconv.swift Sources/TextCodecs/ChineseEncoding.swift

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzCardRecords(_ start: UnsafePointer<UInt8>?, _ count: Int) -> Int32 {
    guard let start else { return 0 }
    let bytes = Array(UnsafeBufferPointer(start: start, count: count))
    _ = CommandAPDU(bytes: bytes)
    _ = ResponseAPDU(bytes: bytes).map { $0.status.meaning.messageKey }
    _ = BCD.digits(bytes)
    _ = GBKText.decode(bytes)
    _ = Hex.bytes(String(decoding: bytes, as: UTF8.self))
    if let tag = bytes.first {
        _ = try? TLVRecord.parse(Array(bytes.dropFirst()), expecting: tag)
    }
    // Split the input at 0xFE bytes into card answers and run a whole read over them.
    let answers = bytes.split(separator: 0xFE, omittingEmptySubsequences: false).map(Array.init)
    let reader = SocialSecurityCardReader(nations: NationTable(names: ["08": "壮族"]), plan: .complete)
    _ = try? reader.read(over: ReplayChannel(answers), today: CardDate(year: 2026, month: 1, day: 1)!)
    return 0
}
