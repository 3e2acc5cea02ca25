import CompressNIO
import Foundation
import NIOCore

/// Batches travel gzip-compressed (`Content-Encoding: gzip`); the signature covers the bytes on the wire.
public enum BatchCompression {
    /// The header value a compressed body carries.
    public static let contentEncoding = "gzip"
    /// The largest body a compressed batch may expand to (a bomb is refused, not unpacked).
    public static let maximumExpandedSize = 32 * 1024 * 1024

    /// `data` gzip-compressed.
    public static func compress(_ data: Data) throws -> Data {
        var buffer = ByteBuffer(bytes: data)
        let compressed = try buffer.compress(with: .gzip())
        return Data(compressed.readableBytesView)
    }

    /// The bytes a gzip body holds; a truncated, corrupted or too large one is a `BatchProblem`.
    public static func expand(_ data: Data) throws(BatchProblem) -> Data {
        var buffer = ByteBuffer(bytes: data)
        let expanded: Data
        do {
            expanded = Data(try buffer.decompress(with: .gzip(), maxSize: maximumExpandedSize).readableBytesView)
        } catch {
            throw .undecodable("the gzip body does not expand (\(error))")
        }
        // A cut stream expands to a prefix without complaint: its trailer's size (ISIZE) then does not match.
        guard data.count >= 18 else { throw .undecodable("the gzip body does not expand (too short)") }
        let trailer = data.suffix(4).reversed().reduce(UInt32(0)) { $0 << 8 | UInt32($1) }
        guard trailer == UInt32(truncatingIfNeeded: expanded.count) else {
            throw .undecodable("the gzip body does not expand (it was cut short)")
        }
        return expanded
    }
}
