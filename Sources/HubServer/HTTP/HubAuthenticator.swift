import Foundation
import KioskDomain
import SyncProtocol

/// Checks a kiosk's request: a registered, unrevoked kiosk, a matching signature, a timestamp within five
/// minutes of the hub's clock and a nonce never seen before, in that order (a forged request burns no nonce).
public struct HubAuthenticator: Sendable {
    let storage: any HubStorage
    let clock: KioskClock

    /// An authenticator over the hub's storage and clock.
    public init(storage: any HubStorage, clock: KioskClock) {
        self.storage = storage
        self.clock = clock
    }

    /// The kiosk that signed the request, or the refusal.
    public func authenticate(method: String, path: String, body: Data,
                             header: (String) -> String?) async throws(RequestRefusal) -> String {
        let signed = try SignedRequest.parse(header: header)
        let credential: KioskCredential?
        do {
            credential = try await storage.credential(forKiosk: signed.kioskID)
        } catch {
            throw RequestRefusal(.unavailable)
        }
        guard let credential else { throw RequestRefusal(.unknownKiosk, detail: signed.kioskID) }
        guard !credential.revoked else { throw RequestRefusal(.revokedKiosk, detail: signed.kioskID) }
        let now = clock.now()
        try signed.verify(method: method, path: path, body: body, key: credential.signingKey, at: now)
        let fresh: Bool
        do {
            fresh = try await storage.useNonce(signed.nonce, kiosk: signed.kioskID, at: now,
                                               horizon: now.addingTimeInterval(-2 * SignedRequest.allowedSkew))
        } catch {
            throw RequestRefusal(.unavailable)
        }
        guard fresh else { throw RequestRefusal(.replayedNonce) }
        return signed.kioskID
    }
}
