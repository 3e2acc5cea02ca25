import Foundation
import KioskDomain

/// One text message in the SMS outbox: stored before it is sent, sent once, its delivery state recorded.
public struct SMSMessage: Hashable, Sendable {
    /// Where a message stands.
    public enum State: String, Hashable, Sendable {
        /// Stored, not yet accepted by a sender (new or after a failed attempt).
        case pending
        /// Accepted by the sender.
        case sent
        /// Given up after `SMSOutbox.maximumAttempts` failed attempts.
        case failed
    }

    public var id: Int64
    /// What makes the message unique (`match:2026-11:<ID>`): storing the same key twice stores it once.
    public var idempotencyKey: String
    public var phone: PhoneNumber
    public var body: String
    /// What the message is for (`match`, `classAnnouncement`, ...).
    public var purpose: String
    public var personID: IDNumber?
    public var state: State
    public var attempts: Int
    /// The sender's own id for the message, once sent.
    public var gatewayID: String?
    public var sentAt: Date?
    /// The last failure's text, for the technicians.
    public var lastFailure: String?
}

/// A message to store: the outbox gives it its id and state.
public struct SMSDraft: Hashable, Sendable {
    public var idempotencyKey: String
    public var phone: PhoneNumber
    public var body: String
    public var purpose: String
    public var personID: IDNumber?

    /// A draft.
    public init(idempotencyKey: String, phone: PhoneNumber, body: String, purpose: String, personID: IDNumber? = nil) {
        self.idempotencyKey = idempotencyKey
        self.phone = phone
        self.body = body
        self.purpose = purpose
        self.personID = personID
    }
}
