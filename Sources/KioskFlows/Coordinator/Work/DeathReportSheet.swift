import Foundation
import KioskDomain

/// The monthly death report (死亡人员月报) as lines of text, on screen and on the receipt printer.
public enum DeathReportSheet {
    /// The sheet's lines in `language`: heading, village, one line per death, the count, when printed, who printed it.
    public static func lines(_ deaths: [DeathListLine], month: CalendarMonth, villageName: String, printedAt: WallClockTime,
                             coordinatorName: String?, strings: StringCatalog, language: Language) -> [String] {
        func text(_ key: String, _ arguments: [String: String]) -> String {
            strings.text(key, language, arguments)
        }
        var lines = [
            text("coordinator.death.monthly.heading", ["month": month.iso]),
            text("coordinator.death.sheet.village", ["village": villageName]),
        ]
        lines += deaths.map { line($0, text) }
        lines.append(text("coordinator.death.sheet.count", ["count": "\(deaths.count)"]))
        if let coordinatorName {
            lines.append(text("coordinator.death.sheet.by", ["name": coordinatorName]))
        }
        lines.append(text("receipt.time", ["time": printedAt.minuteText]))
        return lines
    }

    /// One death: name, masked ID, day of death, who reported it.
    static func line(_ line: DeathListLine, _ text: (String, [String: String]) -> String) -> String {
        let source = line.source.map { text($0.messageKey, [:]) } ?? text("coordinator.death.sheet.imported", [:])
        var parts = text("coordinator.death.sheet.line", [
            "name": line.name, "id": line.maskedID, "date": line.diedOn.iso, "source": source,
        ])
        if line.cancellationPending {
            parts += " " + text("coordinator.death.sheet.pending", [:])
        }
        return parts
    }
}
