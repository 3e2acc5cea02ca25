import AsyncHTTPClient
import Foundation
import KioskStore
import NIOCore

/// A sender posting each message to an SMS gateway: `POST <url>` with JSON `{"phone": ..., "body": ...}` and the
/// message's key in an `Idempotency-Key` header, so a gateway that saw the key before does not send it again; a 2xx
/// answer with JSON `{"id": ...}` is acceptance.
public struct HTTPSMSGatewaySender: SMSSender {
    public let url: URL
    /// Sent as `Authorization: Bearer <token>` when set.
    public let token: String?
    public let timeout: TimeInterval

    /// A sender for the gateway at `url`.
    public init(url: URL, token: String? = nil, timeout: TimeInterval = 10) {
        self.url = url
        self.token = token
        self.timeout = timeout
    }

    struct Request: Codable { var phone: String; var body: String }
    struct Answer: Codable { var id: String }

    public func send(_ message: SMSMessage) async throws(SMSSendError) -> String {
        var request = HTTPClientRequest(url: url.absoluteString)
        request.method = .POST
        request.headers.add(name: "Content-Type", value: "application/json; charset=utf-8")
        request.headers.add(name: "Idempotency-Key", value: message.idempotencyKey)
        if let token { request.headers.add(name: "Authorization", value: "Bearer \(token)") }
        let body = (try? JSONEncoder().encode(Request(phone: message.phone.value, body: message.body))) ?? Data()
        request.body = .bytes(ByteBuffer(bytes: body))
        let (data, status) = try await Self.exchange(request, timeout: timeout)
        guard (200..<300).contains(status) else { throw .refused(status: status) }
        guard let answer = try? JSONDecoder().decode(Answer.self, from: data) else { throw .badAnswer }
        return answer.id
    }

    /// The largest answer read from a gateway; a longer one is a bad answer.
    static let answerLimit = 1024 * 1024

    /// One request and its answer's body and status, on the process's shared HTTP client (AsyncHTTPClient, the
    /// same client the hub sync uses, so the kiosk needs no second HTTP stack).
    static func exchange(_ request: HTTPClientRequest, timeout: TimeInterval) async throws(SMSSendError) -> (Data, Int) {
        let response: HTTPClientResponse
        do {
            response = try await HTTPClient.shared.execute(request, timeout: .milliseconds(Int64(timeout * 1000)))
        } catch {
            throw .unreachable(String(describing: error))
        }
        do {
            let body = try await response.body.collect(upTo: answerLimit)
            return (Data(body.readableBytesView), Int(response.status.code))
        } catch {
            throw .badAnswer
        }
    }
}
