import Foundation

/// The `hub` part of a kiosk's configuration: where the county hub is and how this kiosk signs for it.
public struct HubSyncConfig: Codable, Equatable, Sendable {
    /// The hub's base URL (`https://hub.county.example:8480`).
    public var url: String
    /// This kiosk's ID at the hub (`kiosk-hub kiosk add ID`).
    public var kioskID: String
    /// The file holding the key `kiosk-hub kiosk add` printed (readable by the kiosk's user only).
    public var keyFile: String
    /// A PEM file of the authority that signed the hub's certificate, when it is not a public one.
    public var caFile: String?
    /// Days an acknowledged entry is kept before it is deleted (0 keeps them all).
    public var retentionDays: Int?

    /// A hub configuration from its parts.
    public init(url: String, kioskID: String, keyFile: String, caFile: String? = nil, retentionDays: Int? = nil) {
        self.url = url
        self.kioskID = kioskID
        self.keyFile = keyFile
        self.caFile = caFile
        self.retentionDays = retentionDays
    }
}
