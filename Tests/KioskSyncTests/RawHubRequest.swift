import AsyncHTTPClient
import Foundation
import NIOCore
import NIOHTTP1
import SyncProtocol

/// A request sent to the hub exactly as a test shapes it: forged, replayed, altered after signing.
enum RawHubRequest {
    static func signed(_ batch: SyncBatch, key: KioskKey, at instant: Date) throws -> (Data, SignedRequest) {
        let body = try SyncJSON.encoder().encode(batch)
        return (body, SignedRequest.sign(method: "POST", path: SyncRoutes.batches, body: body, kioskID: batch.kioskID,
                                         key: key.signingKey, at: instant))
    }

    /// Posts `body` with `signature`'s headers; returns the status and the refusal, if the hub refused.
    static func post(_ hub: RunningHub, body: Data, signature: SignedRequest,
                     encoding: String? = nil) async throws -> (UInt, RequestRefusal?) {
        var request = HTTPClientRequest(url: hub.url + SyncRoutes.batches)
        request.method = .POST
        for (name, value) in signature.headers { request.headers.add(name: name, value: value) }
        if let encoding { request.headers.add(name: "Content-Encoding", value: encoding) }
        request.body = .bytes(ByteBuffer(bytes: body))
        let response = try await HTTPClient.shared.execute(request, timeout: .seconds(10))
        let answer = Data((try await response.body.collect(upTo: 1 << 20)).readableBytesView)
        return (response.status.code, try? SyncJSON.decoder().decode(RequestRefusal.self, from: answer))
    }
}
