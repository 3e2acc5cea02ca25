#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The C library's iconv, run over a whole input at once; the only place the package calls it.
enum Iconv {
    /// The input converted from the encoding named `source` to the one named `target`; nil when iconv
    /// has no such converter, or on an invalid or truncated sequence, or a character the target cannot hold.
    static func convert(_ input: [UInt8], from source: String, to target: String) -> [UInt8]? {
        if input.isEmpty { return [] }
        guard let converter = iconv_open(target, source), Int(bitPattern: converter) != -1 else { return nil }
        defer { iconv_close(converter) }
        var remaining = input
        var output: [UInt8] = []
        // Room for the usual growth (a GB18030 four-byte sequence from three UTF-8 bytes); grown on E2BIG.
        var chunk = [UInt8](repeating: 0, count: input.count * 2 + 16)
        var consumed = 0
        while true {
            var failed = false
            var tooBig = false
            let (read, written): (Int, Int) = remaining.withUnsafeMutableBytes { inputBuffer in
                chunk.withUnsafeMutableBytes { outputBuffer in
                    var inPointer = inputBuffer.baseAddress.map { $0.assumingMemoryBound(to: CChar.self) + consumed }
                    var inLeft = inputBuffer.count - consumed
                    var outPointer = outputBuffer.baseAddress?.assumingMemoryBound(to: CChar.self)
                    var outLeft = outputBuffer.count
                    if iconv(converter, &inPointer, &inLeft, &outPointer, &outLeft) == -1 {
                        if errno == E2BIG { tooBig = true } else { failed = true }
                    } else if iconv(converter, nil, nil, &outPointer, &outLeft) == -1 {
                        // Flushes any shift state (none for the Chinese encodings, but iconv's contract asks for it).
                        failed = true
                    }
                    return (inputBuffer.count - consumed - inLeft, outputBuffer.count - outLeft)
                }
            }
            if failed { return nil }
            output += chunk[..<written]
            consumed += read
            if !tooBig { break }
        }
        return consumed == remaining.count ? output : nil
    }
}
