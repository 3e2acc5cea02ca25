import Foundation
import HTTPTypes
import Hummingbird
import KioskDomain
import Logging
import NIOCore
import SyncProtocol

/// The hub's routes: batches in, decisions out, the county page.
enum HubRoutes {
    /// The largest request body taken (a full batch of large entries fits many times over).
    static let maximumBody = 16 * 1024 * 1024

    static func router(storage: any HubStorage, clock: KioskClock, logger: Logger,
                       policies: PolicyBook) -> Router<BasicRequestContext> {
        let router = Router()
        let authenticator = HubAuthenticator(storage: storage, clock: clock)
        router.post(RouterPath(SyncRoutes.batches)) { request, _ -> Response in
            var request = request
            do {
                let body = try await collect(&request)
                let kiosk = try await authenticator.authenticate(
                    method: "POST", path: request.head.path ?? "", body: body, header: header(request))
                let batch: SyncBatch
                do throws(BatchProblem) {
                    batch = try SyncBatch.decode(try expanded(body, encoding: request.headers[.contentEncoding]),
                                                 signedBy: kiosk)
                } catch {
                    throw RequestRefusal(.malformedBatch, detail: error.reason)
                }
                let receipt: BatchReceipt
                do {
                    receipt = try await storage.store(batch, receivedAt: clock.now())
                } catch {
                    logger.error("batch from \(kiosk) not stored: \(error)")
                    throw RequestRefusal(.unavailable)
                }
                logger.info("kiosk \(kiosk): \(receipt.stored.count) stored, \(receipt.alreadyHeld.count) already held")
                return try json(receipt)
            } catch let refusal as RequestRefusal {
                logger.notice("refused \(request.head.path ?? ""): \(refusal.message)")
                return refused(refusal)
            }
        }
        router.get(RouterPath(SyncRoutes.decisions)) { request, _ -> Response in
            var request = request
            do {
                let body = try await collect(&request)
                let kiosk = try await authenticator.authenticate(
                    method: "GET", path: request.head.path ?? "", body: body, header: header(request))
                let after = request.uri.queryParameters.get("after", as: Int64.self) ?? 0
                do {
                    return try json(DecisionList(decisions: try await storage.decisions(forKiosk: kiosk, after: after)))
                } catch {
                    throw RequestRefusal(.unavailable)
                }
            } catch let refusal as RequestRefusal {
                return refused(refusal)
            }
        }
        router.post(RouterPath(SyncRoutes.figures)) { request, _ -> Response in
            var request = request
            do {
                let body = try await collect(&request)
                let kiosk = try await authenticator.authenticate(
                    method: "POST", path: request.head.path ?? "", body: body, header: header(request))
                guard let figures = try? SyncJSON.decoder().decode(VillageFigures.self, from: body), figures.isWellFormed
                else { throw RequestRefusal(.malformedBatch, detail: "the village figures are malformed") }
                do {
                    return try json(FiguresReceipt(kept: try await storage.keepFigures(figures, kiosk: kiosk,
                                                                                       at: clock.now())))
                } catch {
                    throw RequestRefusal(.unavailable)
                }
            } catch let refusal as RequestRefusal {
                return refused(refusal)
            }
        }
        router.get(RouterPath(SyncRoutes.reference)) { request, _ -> Response in
            var request = request
            do {
                let body = try await collect(&request)
                let kiosk = try await authenticator.authenticate(
                    method: "GET", path: request.head.path ?? "", body: body, header: header(request))
                let held = ReferenceHoldings.parse(request.uri.queryParameters.get("have").map { String($0) })
                do {
                    let sets = try await storage.referenceSets(newerThan: held)
                    if !sets.isEmpty {
                        logger.info("kiosk \(kiosk): reference \(sets.map { "\($0.kind.rawValue) v\($0.version)" })")
                    }
                    return try json(ReferenceUpdate(sets: sets))
                } catch {
                    throw RequestRefusal(.unavailable)
                }
            } catch let refusal as RequestRefusal {
                return refused(refusal)
            }
        }
        router.get(RouterPath(SyncRoutes.countyPage)) { _, _ -> Response in
            do {
                let page = try await CountyFigures.read(from: storage, shipped: policies)
                    .html(generatedAt: HubInstant.text(clock.now()))
                return text(page, type: "text/html; charset=utf-8")
            } catch {
                return refused(RequestRefusal(.unavailable))
            }
        }
        router.get(RouterPath(CountyPage.csvPath)) { _, _ -> Response in
            do {
                return text(try await CountyFigures.read(from: storage, shipped: policies).csv,
                            type: "text/csv; charset=utf-8")
            } catch {
                return refused(RequestRefusal(.unavailable))
            }
        }
        router.get(RouterPath(ReceiptCheckPage.path)) { request, _ -> Response in
            let code = request.uri.queryParameters.get("code").map { String($0) }
            do {
                var verdict: CountyReceiptVerification?
                if let code, !code.trimmingCharacters(in: .whitespaces).isEmpty {
                    verdict = try await CountyReceiptCheck.verify(code, in: storage)
                }
                return text(ReceiptCheckPage.html(code: code, verdict: verdict), type: "text/html; charset=utf-8")
            } catch {
                return refused(RequestRefusal(.unavailable))
            }
        }
        return router
    }

    static func text(_ body: String, type: String) -> Response {
        Response(status: .ok, headers: [.contentType: type], body: ResponseBody(byteBuffer: ByteBuffer(string: body)))
    }

    static func collect(_ request: inout Request) async throws(RequestRefusal) -> Data {
        do {
            let buffer = try await request.collectBody(upTo: maximumBody)
            return Data(buffer.readableBytesView)
        } catch {
            throw RequestRefusal(.tooLarge)
        }
    }

    /// The batch's JSON: the body itself, or what a gzip body expands to (checked after the signature).
    static func expanded(_ body: Data, encoding: String?) throws(BatchProblem) -> Data {
        switch encoding?.lowercased() {
        case nil, "identity": body
        case BatchCompression.contentEncoding: try BatchCompression.expand(body)
        case let other?: throw .undecodable("unsupported content encoding \(other)")
        }
    }

    static func header(_ request: Request) -> (String) -> String? {
        { name in HTTPField.Name(name).flatMap { request.headers[$0] } }
    }

    static func json(_ value: some Encodable) throws -> Response {
        let data = try SyncJSON.encoder().encode(value)
        return Response(status: .ok, headers: [.contentType: "application/json"],
                        body: ResponseBody(byteBuffer: ByteBuffer(bytes: data)))
    }

    static func refused(_ refusal: RequestRefusal) -> Response {
        let data = (try? SyncJSON.encoder().encode(refusal)) ?? Data(refusal.message.utf8)
        return Response(status: HTTPResponse.Status(code: refusal.httpStatus), headers: [.contentType: "application/json"],
                        body: ResponseBody(byteBuffer: ByteBuffer(bytes: data)))
    }
}
