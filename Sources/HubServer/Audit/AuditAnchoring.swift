import SyncProtocol

/// The rule that compares a batch's audit head and proof with the heads the hub already holds for its kiosk.
public enum AuditAnchoring {
    /// What is wrong with the kiosk's history, or nil when it still reaches every head the hub holds.
    ///
    /// - Parameters:
    ///   - latest: the head the hub holds with the highest sequence (nil before the kiosk's first batch).
    ///   - heldAtProof: the hash the hub holds at the proof's sequence, if it holds one there.
    public static func finding(head: AuditHead, proof: AuditHead?, latest: AuditHead?, heldAtProof: String?) -> String? {
        guard let latest else { return nil }
        if head.sequence < latest.sequence {
            return "the kiosk's audit chain ends at entry \(head.sequence), but the hub already holds entry "
                + "\(latest.sequence): its history was cut"
        }
        if head.sequence == latest.sequence && head.hash != latest.hash {
            return "the kiosk's audit entry \(head.sequence) no longer has the hash the hub holds: its history was rewritten"
        }
        guard let proof else {
            return "the kiosk sent no proof of the audit head the hub holds (entry \(latest.sequence)): "
                + "its sync state was lost or reset"
        }
        if let heldAtProof, heldAtProof != proof.hash {
            return "the kiosk's audit entry \(proof.sequence) no longer has the hash the hub holds: "
                + "its history was rewritten"
        }
        if heldAtProof == nil && proof.sequence < latest.sequence {
            return "the kiosk proved entry \(proof.sequence), not the head the hub holds (entry \(latest.sequence))"
        }
        return nil
    }
}
