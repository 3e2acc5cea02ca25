// libFuzzer target: the ESC/POS decoder behind `kiosk printer dump` must turn any byte stream (a printer file
// anyone could have written to) into commands or an error naming an offset, never crash; what it decodes and the
// encoder can write again must decode again into as many commands.
// fuzz-sources: Sources/ReceiptPrinter/EscPosDecoder.swift Sources/ReceiptPrinter/EscPosCommand.swift
// fuzz-sources: Sources/ReceiptPrinter/EscPosCommand+Description.swift Sources/ReceiptPrinter/EscPosQR.swift
// fuzz-sources: Sources/TextCodecs/Hex.swift Sources/TextCodecs/Iconv.swift Sources/TextCodecs/ChineseEncoding.swift

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzEscPosDecoding(_ start: UnsafePointer<UInt8>?, _ count: Int) -> Int32 {
    guard let start else { return 0 }
    let bytes = Array(UnsafeBufferPointer(start: start, count: count))
    _ = try? EscPosDecoder.lines(bytes)
    guard let commands = try? EscPosDecoder.decode(bytes) else { return 0 }
    let encoded = commands.map { $0.bytes() }
    guard encoded.allSatisfy({ $0 != nil }) else { return 0 }
    guard let decodedAgain = try? EscPosDecoder.decode(encoded.compactMap { $0 }.flatMap { $0 }),
          decodedAgain.count == commands.count else {
        fatalError("decoded commands written again do not decode into as many commands")
    }
    return 0
}
