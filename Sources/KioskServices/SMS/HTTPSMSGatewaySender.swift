import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import KioskStore

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
        var request = URLRequest(url: url, timeoutInterval: timeout)
        request.httpMethod = "POST"
        request.setValue("application/json; charset=utf-8", forHTTPHeaderField: "Content-Type")
        request.setValue(message.idempotencyKey, forHTTPHeaderField: "Idempotency-Key")
        if let token { request.setValue("Bearer \(token)", forHTTPHeaderField: "Authorization") }
        request.httpBody = try? JSONEncoder().encode(Request(phone: message.phone.value, body: message.body))
        let (data, status) = try await Self.exchange(request)
        guard (200..<300).contains(status) else { throw .refused(status: status) }
        guard let answer = try? JSONDecoder().decode(Answer.self, from: data) else { throw .badAnswer }
        return answer.id
    }

    /// One request and its answer's body and status.
    static func exchange(_ request: URLRequest) async throws(SMSSendError) -> (Data, Int) {
        let result: Result<(Data, Int), SMSSendError> = await withCheckedContinuation { continuation in
            let task = URLSession.shared.dataTask(with: request) { data, response, error in
                if let error {
                    continuation.resume(returning: .failure(.unreachable(String(describing: error))))
                } else if let http = response as? HTTPURLResponse {
                    continuation.resume(returning: .success((data ?? Data(), http.statusCode)))
                } else {
                    continuation.resume(returning: .failure(.badAnswer))
                }
            }
            task.resume()
        }
        return try result.get()
    }
}
