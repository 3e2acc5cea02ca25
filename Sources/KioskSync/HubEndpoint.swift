import Foundation
import SyncProtocol

/// The hub a kiosk syncs with: its base URL, the kiosk's ID there and the kiosk's key.
public struct HubEndpoint: Sendable, Hashable {
    /// `http(s)://host:port`, without a trailing path (a proxy in front must pass paths through unchanged).
    public var baseURL: String
    public var kioskID: String
    public var key: KioskKey
    /// A PEM file of the certificate authority to trust for an HTTPS hub (nil: the system's roots).
    public var trustedCAFile: String?

    /// An endpoint from its parts.
    public init(baseURL: String, kioskID: String, key: KioskKey, trustedCAFile: String? = nil) {
        self.baseURL = baseURL.hasSuffix("/") ? String(baseURL.dropLast()) : baseURL
        self.kioskID = kioskID
        self.key = key
        self.trustedCAFile = trustedCAFile
    }

    /// An endpoint whose key is read from `keyFile` (the 64 hex digits `kiosk-hub kiosk add` printed).
    public init(baseURL: String, kioskID: String, keyFile: String, trustedCAFile: String? = nil) throws(SyncFailure) {
        guard let text = try? String(contentsOfFile: keyFile, encoding: .utf8) else {
            throw .configuration("the kiosk's key file \(keyFile) cannot be read")
        }
        guard let key = KioskKey(text: text) else {
            throw .configuration("the kiosk's key file \(keyFile) does not hold a key (64 hex digits)")
        }
        guard KioskID.isValid(kioskID) else { throw .configuration("the kiosk ID \(kioskID) is not valid") }
        self.init(baseURL: baseURL, kioskID: kioskID, key: key, trustedCAFile: trustedCAFile)
    }
}
