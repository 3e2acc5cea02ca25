#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Text in GB18030, the encoding Chinese receipt printers read, converted with the C library's iconv.
public enum GB18030Text {
    /// The text's GB18030 bytes; nil when iconv has no GB18030 converter.
    public static func encode(_ text: String) -> [UInt8]? {
        convert(Array(text.utf8), from: "UTF-8", to: "GB18030")
    }

    /// The text that GB18030 bytes stand for; nil when they are not valid GB18030.
    public static func decode<Bytes: Collection<UInt8>>(_ bytes: Bytes) -> String? {
        guard let utf8 = convert(Array(bytes), from: "GB18030", to: "UTF-8") else { return nil }
        return String(validating: utf8, as: UTF8.self)
    }

    /// Runs iconv over the whole input at once; nil on any conversion error or a truncated sequence.
    private static func convert(_ input: [UInt8], from source: String, to target: String) -> [UInt8]? {
        if input.isEmpty { return [] }
        guard let converter = iconv_open(target, source), Int(bitPattern: converter) != -1 else { return nil }
        defer { iconv_close(converter) }
        // UTF-8 to GB18030 never grows; GB18030 to UTF-8 grows at most 3 bytes per 2.
        var output = [UInt8](repeating: 0, count: input.count * 2 + 4)
        var remainingInput = input
        let written: Int? = remainingInput.withUnsafeMutableBytes { inputBuffer in
            output.withUnsafeMutableBytes { outputBuffer in
                var inPointer = inputBuffer.baseAddress?.assumingMemoryBound(to: CChar.self)
                var inLeft = inputBuffer.count
                var outPointer = outputBuffer.baseAddress?.assumingMemoryBound(to: CChar.self)
                var outLeft = outputBuffer.count
                if iconv(converter, &inPointer, &inLeft, &outPointer, &outLeft) == -1 || inLeft != 0 {
                    return nil
                }
                // Flush any shift state (none for these encodings, but iconv's contract asks for it).
                if iconv(converter, nil, nil, &outPointer, &outLeft) == -1 { return nil }
                return outputBuffer.count - outLeft
            }
        }
        guard let written else { return nil }
        return Array(output[..<written])
    }
}
