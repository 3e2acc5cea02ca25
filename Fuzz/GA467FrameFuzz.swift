// libFuzzer target: the GA 467 frame decoder and the ID card text block must never crash.
// fuzz-sources: Sources/SmartCard/SmartCardError.swift Sources/SmartCard/APDU Sources/SmartCard/Codecs Sources/SmartCard/SocialSecurity
// fuzz-sources: Sources/SmartCard/GA467/GA467Frame.swift Sources/SmartCard/GA467/GA467Command.swift Sources/SmartCard/GA467/GA467Error.swift
// fuzz-sources: Sources/SmartCard/GA467/ResidentIDCardText.swift Sources/SmartCard/GA467/ResidentIDCardData.swift
// fuzz-sources: Sources/TextCodecs/Hex.swift Sources/TextCodecs/Iconv.swift Sources/TextCodecs/ChineseEncoding.swift

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzGA467Frames(_ start: UnsafePointer<UInt8>?, _ count: Int) -> Int32 {
    guard let start else { return 0 }
    var buffer = Array(UnsafeBufferPointer(start: start, count: count))
    var rounds = 0
    while rounds < 64 {
        rounds += 1
        guard let result = try? GA467Frame.decode(buffer) else { break }
        switch result {
        case .frame(let frame, let consumed):
            precondition(consumed > 0 && consumed <= buffer.count)
            precondition(GA467Frame(body: frame.body).bytes.count == 8 + frame.body.count)
            if frame.body.count >= 3 {
                if let blocks = try? ResidentIDCardText.splitReadAnswer(Array(frame.body.dropFirst(3))) {
                    _ = try? ResidentIDCardText.decode(blocks.text, photo: blocks.photo)
                }
            }
            buffer.removeFirst(consumed)
        case .needMore(let discardable):
            precondition(discardable <= buffer.count)
            if discardable == 0 { rounds = 64 }
            buffer.removeFirst(discardable)
        }
    }
    _ = try? ResidentIDCardText.decode(Array(UnsafeBufferPointer(start: start, count: count)), photo: [])
    return 0
}
