import Logging
import PostgresNIO

/// The hub's PostgreSQL schema as named, append-only migrations, applied under an advisory lock so that hub
/// processes starting together migrate once.
enum PostgresHubSchema {
    static let migrations: [(name: String, sql: [String])] = [
        ("2026-12 hub kiosks, entries, audit heads, decisions", [
            """
            CREATE TABLE kiosks (
                id TEXT PRIMARY KEY, signing_key TEXT NOT NULL, added_at TEXT NOT NULL,
                revoked_at TEXT, last_sync_at TEXT)
            """,
            """
            CREATE TABLE nonces (
                kiosk_id TEXT NOT NULL, nonce TEXT NOT NULL, seen_at TEXT NOT NULL, PRIMARY KEY (kiosk_id, nonce))
            """,
            "CREATE INDEX nonces_by_age ON nonces(seen_at)",
            """
            CREATE TABLE entries (
                kiosk_id TEXT NOT NULL REFERENCES kiosks(id), entry_uuid TEXT NOT NULL, kind TEXT NOT NULL,
                receipt_number TEXT NOT NULL, created_at TEXT NOT NULL, payload TEXT NOT NULL,
                received_at TEXT NOT NULL, pending_act TEXT, PRIMARY KEY (kiosk_id, entry_uuid))
            """,
            "CREATE INDEX entries_pending ON entries(pending_act) WHERE pending_act IS NOT NULL",
            """
            CREATE TABLE audit_heads (
                kiosk_id TEXT NOT NULL REFERENCES kiosks(id), sequence BIGINT NOT NULL, hash TEXT NOT NULL,
                received_at TEXT NOT NULL, PRIMARY KEY (kiosk_id, sequence))
            """,
            """
            CREATE TABLE audit_findings (
                id BIGSERIAL PRIMARY KEY, kiosk_id TEXT NOT NULL REFERENCES kiosks(id), found_at TEXT NOT NULL,
                problem TEXT NOT NULL)
            """,
            """
            CREATE TABLE decisions (
                sequence BIGSERIAL PRIMARY KEY, kiosk_id TEXT NOT NULL, entry_uuid TEXT NOT NULL, act TEXT NOT NULL,
                verdict TEXT NOT NULL, reason TEXT, decided_by TEXT NOT NULL, decided_at TEXT NOT NULL,
                UNIQUE (kiosk_id, entry_uuid),
                FOREIGN KEY (kiosk_id, entry_uuid) REFERENCES entries(kiosk_id, entry_uuid))
            """,
            "CREATE INDEX decisions_by_kiosk ON decisions(kiosk_id, sequence)",
        ]),
        ("2026-12 hub receipt codes", [
            "ALTER TABLE entries ADD COLUMN receipt_code TEXT",
            "CREATE INDEX entries_by_receipt ON entries(receipt_number)",
        ]),
        ("2026-12 hub reference sets", [
            """
            CREATE TABLE reference_sets (
                kind TEXT NOT NULL, version BIGINT NOT NULL CHECK (version > 0), content TEXT NOT NULL,
                digest TEXT NOT NULL, published_at TEXT NOT NULL, published_by TEXT NOT NULL, PRIMARY KEY (kind, version))
            """,
        ]),
        ("2026-12 hub village figures", [
            """
            CREATE TABLE kiosk_figures (
                kiosk_id TEXT PRIMARY KEY REFERENCES kiosks(id), village_code TEXT NOT NULL, computed_at TEXT NOT NULL,
                adults BIGINT NOT NULL, insured BIGINT NOT NULL, task_items_judged BIGINT NOT NULL,
                task_items_met BIGINT NOT NULL, waiting BIGINT NOT NULL, received_at TEXT NOT NULL)
            """,
        ]),
    ]

    static func migrate(_ client: PostgresClient, logger: Logger) async throws {
        try await client.withTransaction(logger: logger) { connection in
            try await connection.query("SELECT pg_advisory_xact_lock(8480)", logger: logger)
            try await connection.query("CREATE TABLE IF NOT EXISTS hub_migrations (name TEXT PRIMARY KEY)", logger: logger)
            var applied = Set<String>()
            for try await name in try await connection.query("SELECT name FROM hub_migrations", logger: logger)
                .decode(String.self) {
                applied.insert(name)
            }
            for migration in migrations where !applied.contains(migration.name) {
                for statement in migration.sql {
                    try await connection.query(PostgresQuery(unsafeSQL: statement), logger: logger)
                }
                try await connection.query("INSERT INTO hub_migrations (name) VALUES (\(migration.name))", logger: logger)
            }
        }
    }
}
