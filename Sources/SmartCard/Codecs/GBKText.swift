#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// GBK text as the social-security card stores names: converted with the C library's iconv.
public enum GBKText {
    /// Decodes GBK bytes (trailing 00 and space padding removed); nil when they are not valid GBK.
    public static func decode(_ bytes: [UInt8]) -> String? {
        var end = bytes.count
        while end > 0, bytes[end - 1] == 0x00 || bytes[end - 1] == 0x20 { end -= 1 }
        guard let utf8 = convert(Array(bytes[..<end]), from: "GBK", to: "UTF-8") else { return nil }
        return String(validating: utf8, as: UTF8.self)
    }

    /// Encodes text as GBK; nil when a character has no GBK form.
    public static func encode(_ text: String) -> [UInt8]? {
        convert(Array(text.utf8), from: "UTF-8", to: "GBK")
    }

    private static func convert(_ input: [UInt8], from: String, to: String) -> [UInt8]? {
        if input.isEmpty { return [] }
        let descriptor = iconv_open(to, from)
        guard let descriptor, Int(bitPattern: descriptor) != -1 else { return nil }
        defer { iconv_close(descriptor) }
        var source = input.map { CChar(bitPattern: $0) }
        var output = [CChar](repeating: 0, count: input.count * 4 + 8)
        let produced: Int? = source.withUnsafeMutableBufferPointer { src in
            output.withUnsafeMutableBufferPointer { dst in
                var inPointer: UnsafeMutablePointer<CChar>? = src.baseAddress
                var inLeft = src.count
                var outPointer: UnsafeMutablePointer<CChar>? = dst.baseAddress
                var outLeft = dst.count
                let result = iconv(descriptor, &inPointer, &inLeft, &outPointer, &outLeft)
                guard result != -1, inLeft == 0 else { return nil }
                return dst.count - outLeft
            }
        }
        guard let produced else { return nil }
        return output[..<produced].map { UInt8(bitPattern: $0) }
    }
}
