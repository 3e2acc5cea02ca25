import Foundation

/// The JSON coding both sides use: sorted keys, so the same value is the same bytes.
public enum SyncJSON {
    /// An encoder with sorted keys.
    public static func encoder() -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }

    /// The matching decoder.
    public static func decoder() -> JSONDecoder { JSONDecoder() }
}
