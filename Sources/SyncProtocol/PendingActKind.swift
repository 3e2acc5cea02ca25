/// A kind of act the kiosk records but only the county decides: it stays pending until an officer
/// accepts or refuses it at the hub, and the decision flows back to the kiosk.
public enum PendingActKind: String, Hashable, Sendable, Codable, CaseIterable {
    /// A death reported by the coordinator (the pension is stopped; cancellation follows).
    case deathReport
    /// An application to cancel an account (death, settling abroad, a duplicate pension).
    case cancellation
    /// A transfer-in application made at the destination.
    case transferIn

    /// The outbox entry kind (the kiosk's service name) each pending act travels as.
    public var entryKind: String {
        switch self {
        case .deathReport: "deathReport"
        case .cancellation: "cancellation"
        case .transferIn: "transfer"
        }
    }

    /// The pending act an outbox entry of `entryKind` is, or nil when the entry needs no review.
    public static func forEntryKind(_ entryKind: String) -> PendingActKind? {
        allCases.first { $0.entryKind == entryKind }
    }
}
