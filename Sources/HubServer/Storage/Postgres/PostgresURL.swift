import Foundation
import PostgresNIO

/// Reads a `postgres://user:password@host:port/database` URL (or `?host=/socket/folder` for a local socket).
enum PostgresURL {
    static func configuration(_ text: String) throws(HubStorageError) -> PostgresClient.Configuration {
        guard let url = URLComponents(string: text), url.scheme == "postgres" || url.scheme == "postgresql",
              let user = url.user, !user.isEmpty else {
            throw .cannotOpen("\(redacted(text)): not a postgres://user@host/database URL")
        }
        let database = url.path.hasPrefix("/") ? String(url.path.dropFirst()) : nil
        let port = url.port ?? 5432
        if let folder = url.queryItems?.first(where: { $0.name == "host" })?.value, folder.hasPrefix("/") {
            return PostgresClient.Configuration(unixSocketPath: "\(folder)/.s.PGSQL.\(port)", username: user,
                                                password: url.password, database: database)
        }
        return PostgresClient.Configuration(host: url.host ?? "127.0.0.1", port: port, username: user,
                                            password: url.password, database: database, tls: .disable)
    }

    /// The URL with its password hidden, for messages.
    static func redacted(_ text: String) -> String {
        guard var url = URLComponents(string: text), url.password != nil else { return text }
        url.password = "***"
        return url.string ?? text
    }
}
