import GRDB

extension KioskStore {
    /// What a county decision changes beyond being recorded, per kind of act; runs inside
    /// `applyCountyDecision`'s transaction. The flow that owns an act kind adds its case here.
    ///
    /// Today every kind's decision is recorded and audited by `applyCountyDecision`, and the act's status is read
    /// through `countyDecision(forReceipt:)`; no act kind changes other records yet.
    func applyCountyDecisionEffects(_ decision: CountyDecision, receiptNumber: String?, _ db: Database) throws {
        switch decision.act {
        default:
            return
        }
    }
}
