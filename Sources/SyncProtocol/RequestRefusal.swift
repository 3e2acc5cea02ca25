/// Why the hub refused a request, as it answers it (JSON) and as the kiosk reports it.
public struct RequestRefusal: Error, Hashable, Sendable, Codable {
    /// The kinds of refusal.
    public enum Code: String, Hashable, Sendable, Codable {
        /// The signature headers are missing.
        case unsigned
        /// No kiosk of that ID is registered.
        case unknownKiosk
        /// The kiosk's key was revoked.
        case revokedKiosk
        /// The signature does not match: a forged or altered request, or the wrong key.
        case badSignature
        /// The request's timestamp is more than five minutes from the hub's clock.
        case clockSkew
        /// The nonce was used before: a replayed request.
        case replayedNonce
        /// The batch is malformed or breaks a rule; nothing of it was stored.
        case malformedBatch
        /// The body is larger than the hub takes.
        case tooLarge
        /// The hub could not store the batch now; nothing was stored, send it again later.
        case unavailable
    }

    public var code: Code
    /// Plain words for the technician.
    public var message: String

    /// A refusal of `code`, its message the code's text followed by `detail`.
    public init(_ code: Code, detail: String? = nil) {
        self.code = code
        self.message = [Self.text(code), detail].compactMap { $0 }.joined(separator: ": ")
    }

    /// The HTTP status the hub answers with.
    public var httpStatus: Int {
        switch code {
        case .unsigned, .unknownKiosk, .revokedKiosk, .badSignature, .clockSkew: 401
        case .replayedNonce: 409
        case .malformedBatch: 422
        case .tooLarge: 413
        case .unavailable: 503
        }
    }

    /// Whether sending the same entries again later may succeed (a new signature, a new nonce).
    public var isRetryable: Bool {
        switch code {
        case .unavailable, .replayedNonce, .clockSkew: true
        case .unsigned, .unknownKiosk, .revokedKiosk, .badSignature, .malformedBatch, .tooLarge: false
        }
    }

    private static func text(_ code: Code) -> String {
        switch code {
        case .unsigned: "the request is not signed"
        case .unknownKiosk: "no kiosk of this ID is registered at the hub"
        case .revokedKiosk: "this kiosk's key was revoked at the hub"
        case .badSignature: "the request's signature does not match its content and the kiosk's key"
        case .clockSkew: "the kiosk's clock is more than 5 minutes off the hub's; set the kiosk's time"
        case .replayedNonce: "this request was already received (replayed nonce)"
        case .malformedBatch: "the batch was refused whole and nothing of it was stored"
        case .tooLarge: "the request is larger than the hub accepts"
        case .unavailable: "the hub could not store the batch now and stored nothing of it; it will be sent again"
        }
    }
}
