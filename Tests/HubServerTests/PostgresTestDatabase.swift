import Foundation
import HubServer
import Logging
import PostgresNIO

/// A fresh PostgreSQL database per test on the throw-away cluster `Kiosk/test` starts
/// (`KIOSK_TEST_POSTGRES_URL`); dropped when the test is done.
struct PostgresTestDatabase {
    /// The cluster's URL, when the test run has one.
    static let serverURL = ProcessInfo.processInfo.environment["KIOSK_TEST_POSTGRES_URL"]

    let name: String
    let url: String

    /// Creates an empty database and returns it.
    static func create() async throws -> PostgresTestDatabase {
        let server = try requireURL()
        let name = "hub_test_" + UUID().uuidString.lowercased().replacingOccurrences(of: "-", with: "")
        try await admin(server) { client in
            try await client.query(PostgresQuery(unsafeSQL: "CREATE DATABASE \(name)"))
        }
        var components = try URLComponents(string: server).unwrappedURL()
        components.path = "/" + name
        return PostgresTestDatabase(name: name, url: try components.string.unwrappedURL())
    }

    /// Drops the database (every storage on it must be closed first).
    func drop() async throws {
        let name = self.name
        try await Self.admin(try Self.requireURL()) { client in
            try await client.query(PostgresQuery(unsafeSQL: "DROP DATABASE IF EXISTS \(name) WITH (FORCE)"))
        }
    }

    private static func requireURL() throws -> String {
        guard let serverURL else { throw PostgresTestSetupError.noServer }
        return serverURL
    }

    private static func admin(_ url: String, _ body: @Sendable (PostgresClient) async throws -> Void) async throws {
        let components = try URLComponents(string: url).unwrappedURL()
        let folder = components.queryItems?.first { $0.name == "host" }?.value
        let configuration = folder.map {
            PostgresClient.Configuration(unixSocketPath: "\($0)/.s.PGSQL.\(components.port ?? 5432)",
                                         username: components.user ?? "kiosk", password: nil, database: "postgres")
        } ?? PostgresClient.Configuration(host: components.host ?? "127.0.0.1", port: components.port ?? 5432,
                                          username: components.user ?? "kiosk", password: components.password,
                                          database: "postgres", tls: .disable)
        let client = PostgresClient(configuration: configuration)
        try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask { await client.run() }
            defer { group.cancelAll() }
            try await body(client)
        }
    }
}

/// Why a PostgreSQL test could not set itself up.
enum PostgresTestSetupError: Error {
    case noServer
    case badURL
}

extension Optional {
    func unwrappedURL() throws -> Wrapped {
        guard let self else { throw PostgresTestSetupError.badURL }
        return self
    }
}
