import Foundation
import KioskDomain

/// The monthly death report (死亡人员月报) as lines of text, on screen and on the receipt printer: the deaths recorded
/// in the month, late ones marked with their day of death (`MonthlyDeathReport`).
public enum DeathReportSheet {
    /// The sheet's lines in `language`: heading, village, the rule, one line per death, the counts, when printed, who
    /// printed it.
    public static func lines(_ deaths: [DeathListLine], month: CalendarMonth, villageName: String, printedAt: WallClockTime,
                             coordinatorName: String?, strings: StringCatalog, language: Language) -> [String] {
        func text(_ key: String, _ arguments: [String: String]) -> String {
            strings.text(key, language, arguments)
        }
        var lines = [
            text("coordinator.death.monthly.heading", ["month": month.iso]),
            text("coordinator.death.sheet.village", ["village": villageName]),
            text("coordinator.death.sheet.rule", [:]),
        ]
        lines += deaths.map { line($0, text) }
        lines.append(text("coordinator.death.sheet.count", ["count": "\(deaths.count)"]))
        let late = deaths.filter(\.isLate).count
        if late > 0 {
            lines.append(text("coordinator.death.sheet.lateCount", ["count": "\(late)"]))
        }
        if let coordinatorName {
            lines.append(text("coordinator.death.sheet.by", ["name": coordinatorName]))
        }
        lines.append(text("receipt.time", ["time": printedAt.minuteText]))
        return lines
    }

    /// One death: name, masked ID, day of death, who reported it, the county's decision, the late mark and the day it
    /// was recorded.
    static func line(_ line: DeathListLine, _ text: (String, [String: String]) -> String) -> String {
        let source: String
        switch (line.source, line.recordedBy) {
        case (let reported?, _): source = text(reported.messageKey, [:])
        case (nil, .cancellation): source = text("coordinator.death.sheet.cancellation", [:])
        case (nil, _): source = text("coordinator.death.sheet.imported", [:])
        }
        var parts = text("coordinator.death.sheet.line", [
            "name": line.name, "id": line.maskedID, "date": line.diedOn.iso, "source": source,
        ])
        // The county's decision first, so a narrow screen still shows it.
        parts += " " + text(line.countyStatus == .pending ? "acts.county.pending" : line.countyStatus == .accepted
                                ? "acts.county.accepted" : "acts.county.refused", ["reason": line.countyReason ?? ""])
        if line.isLate {
            parts += " " + text("coordinator.death.sheet.late", [:])
        }
        if let reportedOn = line.reportedOn {
            // The month is the sheet's: month and day say which day.
            parts += " " + text("coordinator.death.sheet.reported", ["date": String(reportedOn.iso.dropFirst(5))])
        }
        if line.cancellationPending {
            parts += " " + text("coordinator.death.sheet.pending", [:])
        }
        return parts
    }
}
