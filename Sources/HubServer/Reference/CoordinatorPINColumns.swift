import Foundation
import KioskDomain
import KioskStore

/// The PIN columns of a coordinator list row, made at the county so the PIN itself is never published: the
/// PBKDF2-SHA256 hash the kiosks check (`PINHashing`, at the kiosk's own iteration count), with a fresh salt.
public enum CoordinatorPINColumns {
    /// `pin_hash,pin_salt,pin_iterations` for a six-digit PIN, or nil when `pin` is not six digits.
    public static func line(pin: String, iterations: Int = PINHashing.defaultIterations) -> String? {
        guard let pin = try? CoordinatorPIN(pin) else { return nil }
        let hash = PINHashing.hash(pin, iterations: iterations)
        return "\(hash.hash),\(hash.salt),\(hash.iterations)"
    }
}
