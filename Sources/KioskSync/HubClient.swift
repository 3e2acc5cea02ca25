import AsyncHTTPClient
import Foundation
import KioskDomain
import NIOCore
import NIOHTTP1
import NIOSSL
import Synchronization
import SyncProtocol

/// The kiosk's HTTP link to the hub: signed requests, answers decoded, every failure a `SyncFailure`.
public final class HubClient: Sendable {
    let endpoint: HubEndpoint
    let clock: KioskClock
    let configuration: HTTPClient.Configuration
    /// Made at the first request, so a client that never sends needs no shutdown.
    private let http = Mutex<HTTPClient?>(nil)
    /// How long one request may take before the link counts as dropped.
    let timeout: TimeAmount

    /// A client for `endpoint`, signing with the time of `clock`.
    public init(endpoint: HubEndpoint, clock: KioskClock, timeout: TimeAmount = .seconds(30)) throws(SyncFailure) {
        self.endpoint = endpoint
        self.clock = clock
        self.timeout = timeout
        var configuration = HTTPClient.Configuration()
        if let caFile = endpoint.trustedCAFile {
            var tls = TLSConfiguration.makeClientConfiguration()
            do {
                tls.trustRoots = .certificates(try NIOSSLCertificate.fromPEMFile(caFile))
            } catch {
                throw .configuration("the hub's certificate authority file \(caFile) cannot be read")
            }
            configuration.tlsConfiguration = tls
        }
        configuration.timeout = HTTPClient.Configuration.Timeout(connect: .seconds(10), read: timeout)
        self.configuration = configuration
    }

    /// Closes the client's connections; call when the kiosk stops syncing (a later request opens new ones).
    public func shutdown() async {
        let open = http.withLock { client in
            defer { client = nil }
            return client
        }
        try? await open?.shutdown()
    }

    private func connection() -> HTTPClient {
        http.withLock { client in
            if let client { return client }
            let made = HTTPClient(eventLoopGroupProvider: .singleton, configuration: configuration)
            client = made
            return made
        }
    }

    /// Sends one batch; the receipt lists every entry the hub acknowledged.
    public func send(_ batch: SyncBatch) async throws(SyncFailure) -> BatchReceipt {
        let body: Data
        do {
            body = try BatchCompression.compress(try SyncJSON.encoder().encode(batch))
        } catch {
            throw .store("the batch could not be encoded: \(error)")
        }
        return try await exchange(method: .POST, path: SyncRoutes.batches, body: body,
                                  contentEncoding: BatchCompression.contentEncoding, as: BatchReceipt.self)
    }

    /// The county's decisions for this kiosk after `sequence`.
    public func decisions(after sequence: Int64) async throws(SyncFailure) -> [ReviewDecision] {
        try await exchange(method: .GET, path: "\(SyncRoutes.decisions)?after=\(sequence)", body: Data(),
                           as: DecisionList.self).decisions
    }

    /// Sends the village's figures for the county page.
    public func send(_ figures: VillageFigures) async throws(SyncFailure) -> FiguresReceipt {
        let body: Data
        do {
            body = try SyncJSON.encoder().encode(figures)
        } catch {
            throw .store("the village figures could not be encoded: \(error)")
        }
        return try await exchange(method: .POST, path: SyncRoutes.figures, body: body, as: FiguresReceipt.self)
    }

    /// The latest version of each reference set newer than the versions `held`.
    public func referenceSets(held: [ReferenceKind: Int64]) async throws(SyncFailure) -> [ReferenceSet] {
        try await exchange(method: .GET, path: "\(SyncRoutes.reference)?have=\(ReferenceHoldings.query(held))",
                           body: Data(), as: ReferenceUpdate.self).sets
    }

    func exchange<Answer: Decodable>(method: HTTPMethod, path: String, body: Data, contentEncoding: String? = nil,
                                     as type: Answer.Type) async throws(SyncFailure) -> Answer {
        let signed = SignedRequest.sign(method: method.rawValue, path: path, body: body, kioskID: endpoint.kioskID,
                                        key: endpoint.key.signingKey, at: clock.now())
        var request = HTTPClientRequest(url: endpoint.baseURL + path)
        request.method = method
        for (name, value) in signed.headers { request.headers.add(name: name, value: value) }
        if !body.isEmpty {
            request.headers.add(name: "Content-Type", value: "application/json")
            if let contentEncoding { request.headers.add(name: "Content-Encoding", value: contentEncoding) }
            request.body = .bytes(ByteBuffer(bytes: body))
        }
        let status: UInt
        let answer: Data
        do {
            let response = try await connection().execute(request, timeout: timeout)
            status = response.status.code
            answer = Data((try await response.body.collect(upTo: 16 * 1024 * 1024)).readableBytesView)
        } catch {
            throw .unreachable(String(describing: error))
        }
        guard status == 200 else {
            if let refusal = try? SyncJSON.decoder().decode(RequestRefusal.self, from: answer) {
                throw .refused(refusal)
            }
            throw .badAnswer("HTTP status \(status)")
        }
        do {
            return try SyncJSON.decoder().decode(Answer.self, from: answer)
        } catch {
            throw .badAnswer(String(describing: error).prefix(200).description)
        }
    }
}
