import Foundation
import GRDB
import KioskDomain

extension KioskStore {
    /// What a county decision changes beyond being recorded, per kind of act; runs inside
    /// `applyCountyDecision`'s transaction. The flow that owns an act kind adds its case here.
    ///
    /// A death report: accepted, the person has died and the pension stops back-dated to the month after death;
    /// refused, the account is as before and the report keeps the county's reason (`applyDeathReportDecision`).
    /// A cancellation application: accepted, the account is terminated on its ground; refused, it goes on as before
    /// (`applyCountyRuling`). The county's day is the day of `decidedAt` in the kiosk's zone (the instant the kiosk
    /// applies it when the hub's text does not parse). Transfers-in are only recorded.
    func applyCountyDecisionEffects(_ decision: CountyDecision, receiptNumber: String?, at instant: Date,
                                    _ db: Database) throws {
        guard let receiptNumber else { return }
        let decidedAt = Timestamp.date(decision.decidedAt)
            ?? ISO8601DateFormatter().date(from: decision.decidedAt) ?? instant
        let decidedOn = CivilDate(decidedAt, in: timeZone)
        switch decision.act {
        case "deathReport":
            try applyDeathReportDecision(accepted: decision.accepted, reason: decision.reason, decidedOn: decidedOn,
                                         receiptNumber: receiptNumber, db)
        case "cancellation":
            let ruling = CountyCancellationRuling(accepted: decision.accepted, decidedOn: decidedOn,
                                                  note: decision.reason ?? "")
            _ = try applyCountyRuling(ruling, toApplication: receiptNumber, db)
        default:
            return
        }
    }
}
