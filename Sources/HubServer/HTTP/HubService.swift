import Foundation
import Hummingbird
import HummingbirdCore
import HummingbirdTLS
import KioskDomain
import Logging
import NIOCore
import NIOSSL
import SyncProtocol
import UnixSignals

/// The hub as a running HTTP server: where it listens, with TLS when certificate and key files are given.
public struct HubService: Sendable {
    /// PEM files of the hub's certificate (chain) and private key.
    public struct TLSFiles: Sendable, Hashable {
        public var certificate: String
        public var privateKey: String

        /// Paths of the two PEM files.
        public init(certificate: String, privateKey: String) {
            self.certificate = certificate
            self.privateKey = privateKey
        }
    }

    public var storage: any HubStorage
    public var clock: KioskClock
    public var host: String
    /// 0 picks a free port (tests); `onRunning` tells which.
    public var port: Int
    public var tls: TLSFiles?
    public var logger: Logger
    /// The policy tables the county page judges coverage by (each village against the target in force for it).
    public var policies: PolicyBook

    /// A hub serving `storage` on `host:port`.
    public init(storage: any HubStorage, clock: KioskClock, host: String, port: Int, tls: TLSFiles? = nil,
                logger: Logger = Logger(label: "kiosk-hub"), policies: PolicyBook = HubPolicies.shipped) {
        self.storage = storage
        self.policies = policies
        self.clock = clock
        self.host = host
        self.port = port
        self.tls = tls
        self.logger = logger
    }

    /// Serves until the task is cancelled (or, with `gracefulShutdownSignals`, a signal arrives);
    /// `onRunning` gets the port it listens on.
    public func run(gracefulShutdownSignals: [UnixSignal] = [],
                    onRunning: @escaping @Sendable (Int) async -> Void = { _ in }) async throws {
        let router = HubRoutes.router(storage: storage, clock: clock, logger: logger, policies: policies)
        let server: HTTPServerBuilder
        if let tls {
            let chain = try NIOSSLCertificate.fromPEMFile(tls.certificate).map { NIOSSLCertificateSource.certificate($0) }
            let key = try NIOSSLPrivateKey(file: tls.privateKey, format: .pem)
            server = try .tls(.http1(), tlsConfiguration: .makeServerConfiguration(certificateChain: chain,
                                                                                    privateKey: .privateKey(key)))
        } else {
            server = .http1()
        }
        let app = Application(
            router: router, server: server,
            configuration: ApplicationConfiguration(address: .hostname(host, port: port), serverName: "kiosk-hub"),
            onServerRunning: { channel in await onRunning(channel.localAddress?.port ?? port) },
            logger: logger)
        if gracefulShutdownSignals.isEmpty {
            try await app.run()
        } else {
            try await app.runService(gracefulShutdownSignals: gracefulShutdownSignals)
        }
    }
}
