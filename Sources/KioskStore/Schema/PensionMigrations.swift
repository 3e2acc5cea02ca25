import GRDB

/// Migrations of the pension rules of 2026-12: cancellations become applications the county accepts or refuses,
/// a person may be recorded as drawing another basic pension, and transfers are applied for at the destination.
extension KioskMigrations {
    /// Registers the pension migrations, after every earlier one.
    static func registerPensionMigrations(_ migrator: inout DatabaseMigrator) {
        migrator.registerMigration("2026-12 pension cancellation applications") { db in
            try db.execute(sql: """
                ALTER TABLE cancellations ADD COLUMN application_status TEXT NOT NULL DEFAULT 'accepted';
                ALTER TABLE cancellations ADD COLUMN returned_to_fund_fen INTEGER NOT NULL DEFAULT 0;
                ALTER TABLE cancellations ADD COLUMN county_decided_on TEXT;
                ALTER TABLE cancellations ADD COLUMN county_note TEXT NOT NULL DEFAULT '';
                ALTER TABLE accounts ADD COLUMN cancellation_pending INTEGER NOT NULL DEFAULT 0;
                ALTER TABLE people ADD COLUMN draws_other_basic_pension INTEGER NOT NULL DEFAULT 0;
                """)
        }
        migrator.registerMigration("2026-12 pension transfer-in applications") { db in
            try db.execute(sql: "ALTER TABLE transfer_requests ADD COLUMN from_region TEXT")
        }
        migrator.registerMigration("2026-12 pension hardship groups") { db in
            try db.execute(sql: """
                ALTER TABLE people ADD COLUMN hardship_group TEXT;
                ALTER TABLE contributions ADD COLUMN government_paid_fen INTEGER NOT NULL DEFAULT 0;
                """)
        }
    }
}
