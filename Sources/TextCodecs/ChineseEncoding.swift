/// The Chinese national character encodings: GBK (names on social-security cards) and GB18030
/// (receipt printers), converted to and from Unicode through the C library's iconv.
public enum ChineseEncoding: String, Sendable, CaseIterable {
    case gbk = "GBK"
    case gb18030 = "GB18030"

    /// The text's bytes in this encoding; nil when a character has no form in it (or iconv lacks the converter).
    public func encode(_ text: String) -> [UInt8]? {
        Iconv.convert(Array(text.utf8), from: "UTF-8", to: rawValue)
    }

    /// The text the bytes stand for; nil when they are not valid in this encoding or end inside a sequence.
    public func decode(_ bytes: some Collection<UInt8>) -> String? {
        guard let utf8 = Iconv.convert(Array(bytes), from: rawValue, to: "UTF-8") else { return nil }
        return String(validating: utf8, as: UTF8.self)
    }
}
