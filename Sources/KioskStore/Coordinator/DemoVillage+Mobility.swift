import Foundation
import GRDB

extension DemoVillage {
    /// Sets `needs_home_visit` for the demo villagers marked `1` in `people.csv`'s `needs_home_visit` column
    /// (inside the seeding transaction).
    static func seedMobility(from people: CSVTable, shift: DemoDayShift, _ db: Database) throws {
        for (_, f) in people.records where f["needs_home_visit"] == "1" {
            try db.execute(sql: "UPDATE people SET needs_home_visit = 1 WHERE id_number = ?",
                           arguments: [shift.idNumber(text: f["id_number"] ?? "")])
        }
    }
}
