import Crypto
import Foundation

/// The signature headers of a kiosk's request: who, when, a one-time nonce and the HMAC-SHA256.
public struct SignedRequest: Hashable, Sendable {
    /// Header names on the wire.
    public enum Header {
        public static let kiosk = "X-Kiosk-ID"
        public static let timestamp = "X-Kiosk-Timestamp"
        public static let nonce = "X-Kiosk-Nonce"
        public static let signature = "X-Kiosk-Signature"
    }

    /// How far a request's timestamp may be from the hub's clock.
    public static let allowedSkew: TimeInterval = 300

    public var kioskID: String
    /// Seconds since 1970 (UTC) when the kiosk signed it.
    public var timestamp: Int64
    /// Random, never reused within the allowed skew.
    public var nonce: String
    /// HMAC-SHA256 over the canonical text, lower-case hex.
    public var signature: String

    /// Signs a request made now: method, path (with query), the instant and a fresh nonce, and the body.
    public static func sign(method: String, path: String, body: Data, kioskID: String, key: SigningKey,
                            at instant: Date, nonce: String = UUID().uuidString) -> SignedRequest {
        let timestamp = Int64(instant.timeIntervalSince1970.rounded(.down))
        let text = canonicalText(method: method, path: path, timestamp: timestamp, nonce: nonce, kioskID: kioskID,
                                 body: body)
        let mac = HMAC<SHA256>.authenticationCode(for: Data(text.utf8), using: SymmetricKey(data: key.bytes))
        return SignedRequest(kioskID: kioskID, timestamp: timestamp, nonce: nonce, signature: SyncHex.encode(mac))
    }

    /// Reads the four headers through `header` (a name to its value); a missing or malformed one is a refusal.
    public static func parse(header: (String) -> String?) throws(RequestRefusal) -> SignedRequest {
        guard let kiosk = header(Header.kiosk), let stamp = header(Header.timestamp),
              let nonce = header(Header.nonce), let signature = header(Header.signature) else {
            throw RequestRefusal(.unsigned)
        }
        guard KioskID.isValid(kiosk) else { throw RequestRefusal(.unknownKiosk, detail: "malformed kiosk ID") }
        guard let timestamp = Int64(stamp) else { throw RequestRefusal(.badSignature, detail: "malformed timestamp") }
        guard (8...64).contains(nonce.utf8.count),
              nonce.unicodeScalars.allSatisfy({ $0.isASCII && (CharacterSet.alphanumerics.contains($0) || $0 == "-") })
        else { throw RequestRefusal(.badSignature, detail: "malformed nonce") }
        return SignedRequest(kioskID: kiosk, timestamp: timestamp, nonce: nonce, signature: signature.lowercased())
    }

    /// The headers to send.
    public var headers: [(String, String)] {
        [(Header.kiosk, kioskID), (Header.timestamp, String(timestamp)), (Header.nonce, nonce),
         (Header.signature, signature)]
    }

    /// Checks the signature and the timestamp against the hub's instant; the nonce's freshness is the hub's to check.
    public func verify(method: String, path: String, body: Data, key: SigningKey,
                       at instant: Date) throws(RequestRefusal) {
        let text = Self.canonicalText(method: method, path: path, timestamp: timestamp, nonce: nonce,
                                      kioskID: kioskID, body: body)
        guard let given = SyncHex.decode(signature),
              HMAC<SHA256>.isValidAuthenticationCode(given, authenticating: Data(text.utf8),
                                                     using: SymmetricKey(data: key.bytes)) else {
            throw RequestRefusal(.badSignature)
        }
        let skew = Double(timestamp) - instant.timeIntervalSince1970
        guard abs(skew) <= Self.allowedSkew else {
            throw RequestRefusal(.clockSkew, detail: "the kiosk's clock is \(Int(skew.rounded())) s "
                                 + "\(skew > 0 ? "ahead of" : "behind") the hub's")
        }
    }

    /// The signed text: a version tag, method, path, timestamp, nonce, kiosk and the body's SHA-256, one a line.
    public static func canonicalText(method: String, path: String, timestamp: Int64, nonce: String, kioskID: String,
                                     body: Data) -> String {
        let bodyHash = SyncHex.encode(SHA256.hash(data: body))
        return ["VK1", method.uppercased(), path, String(timestamp), nonce, kioskID, bodyHash].joined(separator: "\n")
    }
}
