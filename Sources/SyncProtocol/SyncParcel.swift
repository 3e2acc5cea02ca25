import Crypto
import Foundation

/// The offline fallback: a kiosk's pending batches in one signed, gzip-compressed file for a USB stick, taken by
/// the hub exactly as if they had come over the link (importing it twice stores nothing new).
///
/// The file is one header line `VKPARCEL1 KIOSK HMAC` (HMAC-SHA256 of the rest with the kiosk's signing key),
/// then the gzip of the parcel's JSON.
public struct SyncParcel: Hashable, Sendable, Codable {
    public var kioskID: String
    /// When the kiosk wrote the file (the store's timestamp text).
    public var writtenAt: String
    public var batches: [SyncBatch]

    /// A parcel from its parts.
    public init(kioskID: String, writtenAt: String, batches: [SyncBatch]) {
        self.kioskID = kioskID
        self.writtenAt = writtenAt
        self.batches = batches
    }

    static let tag = "VKPARCEL1"

    /// The file's bytes, signed with `key`.
    public func sealed(with key: SigningKey) throws -> Data {
        let body = try BatchCompression.compress(try SyncJSON.encoder().encode(self))
        let mac = HMAC<SHA256>.authenticationCode(for: body, using: SymmetricKey(data: key.bytes))
        return Data("\(Self.tag) \(kioskID) \(SyncHex.encode(mac))\n".utf8) + body
    }

    /// The kiosk a file says it comes from (to look its key up), or nil when it is not a parcel file.
    public static func kiosk(of file: Data) -> String? {
        header(file)?.kiosk
    }

    /// Opens a file: its signature must verify with `key`, and every batch must be well formed; otherwise
    /// the whole file is refused.
    public static func open(_ file: Data, key: SigningKey) throws(BatchProblem) -> SyncParcel {
        guard let (kiosk, mac, body) = header(file) else { throw .undecodable("not a parcel file") }
        guard let given = SyncHex.decode(mac),
              HMAC<SHA256>.isValidAuthenticationCode(given, authenticating: body, using: SymmetricKey(data: key.bytes))
        else { throw .undecodable("the parcel's signature does not match its content and the kiosk's key") }
        let parcel: SyncParcel
        do {
            parcel = try SyncJSON.decoder().decode(SyncParcel.self, from: try BatchCompression.expand(body))
        } catch let problem as BatchProblem {
            throw problem
        } catch {
            throw .undecodable("the parcel could not be read: \(String(describing: error).prefix(200))")
        }
        guard parcel.kioskID == kiosk else { throw .kioskMismatch(batch: parcel.kioskID, signer: kiosk) }
        for batch in parcel.batches { try batch.validate(signedBy: kiosk) }
        return parcel
    }

    private static func header(_ file: Data) -> (kiosk: String, mac: String, body: Data)? {
        guard let newline = file.firstIndex(of: 0x0A), newline - file.startIndex < 200 else { return nil }
        let parts = String(decoding: file[file.startIndex..<newline], as: UTF8.self).split(separator: " ")
        guard parts.count == 3, parts[0] == tag, KioskID.isValid(String(parts[1])) else { return nil }
        return (String(parts[1]), String(parts[2]), Data(file[(newline + 1)...]))
    }
}
