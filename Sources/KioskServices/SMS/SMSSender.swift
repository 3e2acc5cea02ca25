import Foundation
import KioskStore

/// Something that hands a text message on to be delivered: a file (the default) or an SMS gateway over HTTP.
public protocol SMSSender: Sendable {
    /// Sends one message and returns the sender's id for it; throws when it was not accepted.
    func send(_ message: SMSMessage) async throws(SMSSendError) -> String
}

/// Why a sender did not accept a message (the detail is for the technicians' log).
public enum SMSSendError: Error, Hashable, Sendable {
    /// The sender could not be reached or written to.
    case unreachable(String)
    /// The gateway answered with a refusal (HTTP status).
    case refused(status: Int)
    /// The gateway's answer could not be read.
    case badAnswer

    /// A short text for the outbox's `last_failure` column.
    public var detail: String {
        switch self {
        case .unreachable(let reason): "unreachable: \(reason)"
        case .refused(let status): "refused with HTTP \(status)"
        case .badAnswer: "unreadable answer"
        }
    }
}
