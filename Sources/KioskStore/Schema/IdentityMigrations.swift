import GRDB

/// The identity and authority schema: how many times a coordinator was locked out (escalating lockouts).
extension KioskMigrations {
    /// Appends the identity migrations (named, append-only).
    static func registerIdentityMigrations(_ migrator: inout DatabaseMigrator) {
        migrator.registerMigration("2026-12 identity coordinator lock levels") { db in
            try db.execute(sql: "ALTER TABLE coordinators ADD COLUMN lock_level INTEGER NOT NULL DEFAULT 0;")
        }
    }
}
