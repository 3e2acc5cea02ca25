import ArgumentParser
import Foundation
import HubServer
import Logging
import UnixSignals

/// `kiosk-hub serve`: the HTTP server kiosks sync with.
struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "serve", abstract: "Serve kiosks over HTTP (or HTTPS).")

    @OptionGroup var storage: StorageOptions
    @Option(help: "The address to listen on.") var host = "127.0.0.1"
    @Option(help: "The port to listen on (0: any free port, printed).") var port = 8480
    @Option(name: .customLong("tls-cert"), help: "PEM certificate (chain) file: serve HTTPS.") var tlsCertificate: String?
    @Option(name: .customLong("tls-key"), help: "PEM private key file of the certificate.") var tlsKey: String?

    func validate() throws {
        if (tlsCertificate == nil) != (tlsKey == nil) {
            throw ValidationError("--tls-cert and --tls-key go together")
        }
    }

    func run() async throws {
        let tls = tlsCertificate.flatMap { cert in tlsKey.map { HubService.TLSFiles(certificate: cert, privateKey: $0) } }
        var logger = Logger(label: "kiosk-hub")
        logger.logLevel = .notice
        let service = HubService(storage: try await storage.open(), clock: KioskHubCommand.machineClock, host: host,
                                 port: port, tls: tls, logger: logger)
        let scheme = tls == nil ? "http" : "https"
        let host = self.host
        do {
            try await service.run(gracefulShutdownSignals: [.sigterm, .sigint]) { port in
                FileHandle.standardOutput.write(Data("kiosk-hub listening on \(scheme)://\(host):\(port)\n".utf8))
            }
        } catch {
            throw HubCommandFailure("kiosk-hub could not serve on \(host):\(port): \(error)")
        }
    }
}
