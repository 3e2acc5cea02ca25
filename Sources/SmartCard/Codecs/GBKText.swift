// The fuzz targets compile these codecs and TextCodecs' sources as one module.
#if canImport(TextCodecs)
import TextCodecs
#endif

/// GBK text as the social-security card stores names: padded with 00 or spaces to the field's length.
public enum GBKText {
    /// Decodes GBK bytes (trailing 00 and space padding removed); nil when they are not valid GBK.
    public static func decode(_ bytes: [UInt8]) -> String? {
        var end = bytes.count
        while end > 0, bytes[end - 1] == 0x00 || bytes[end - 1] == 0x20 { end -= 1 }
        return ChineseEncoding.gbk.decode(bytes[..<end])
    }

    /// Encodes text as GBK; nil when a character has no GBK form.
    public static func encode(_ text: String) -> [UInt8]? {
        ChineseEncoding.gbk.encode(text)
    }
}
