import Foundation

/// The hub's answer to an accepted batch: every entry of it is acknowledged, stored now or before.
public struct BatchReceipt: Hashable, Sendable, Codable {
    /// Entries stored by this request.
    public var stored: [UUID]
    /// Entries the hub already held (a repeat after a dropped link or a restart): acknowledged, not stored again.
    public var alreadyHeld: [UUID]
    /// The audit head the hub now holds for the kiosk; the kiosk proves its chain against it next time.
    public var anchor: AuditHead
    /// What the hub found wrong with the kiosk's audit history, if anything (the batch is kept all the same).
    public var auditFinding: String?

    /// A receipt from its parts.
    public init(stored: [UUID], alreadyHeld: [UUID], anchor: AuditHead, auditFinding: String?) {
        self.stored = stored
        self.alreadyHeld = alreadyHeld
        self.anchor = anchor
        self.auditFinding = auditFinding
    }

    /// Every entry acknowledged: the kiosk may mark these delivered.
    public var acknowledged: Set<UUID> { Set(stored).union(alreadyHeld) }
}
