import _CryptoExtras
import Crypto
import Foundation
import KioskDomain
import TextCodecs

/// A stored PIN: PBKDF2-SHA256 of the PIN with a random salt, and the iteration count used (kept per hash so
/// the count can be raised later without invalidating old hashes).
public struct PINHash: Hashable, Sendable {
    /// The 32-byte derived key, lower-case hex.
    public var hash: String
    /// The 16-byte random salt, lower-case hex.
    public var salt: String
    public var iterations: Int

    /// A stored hash.
    public init(hash: String, salt: String, iterations: Int) {
        self.hash = hash
        self.salt = salt
        self.iterations = iterations
    }
}

/// Salted slow hashing of coordinator PINs with PBKDF2-SHA256, and constant-time checking.
public enum PINHashing {
    /// Iterations for new hashes: one check took 101 ms in a release build on the 2-core development machine
    /// (800,000: 90 ms; 1,000,000: 111 ms). Re-measure on kiosk hardware with `kiosk coordinator measure-pin`.
    public static let defaultIterations = 900_000

    /// Derived key length in bytes.
    static let keyLength = 32
    /// Salt length in bytes.
    static let saltLength = 16

    /// Hashes a PIN with a fresh random salt.
    public static func hash(_ pin: CoordinatorPIN, iterations: Int = defaultIterations) -> PINHash {
        var generator = SystemRandomNumberGenerator()
        let salt = (0..<saltLength).map { _ in UInt8.random(in: .min ... .max, using: &generator) }
        return PINHash(hash: Hex.string(derive(pin, salt: salt, iterations: iterations), case: .lower),
                       salt: Hex.string(salt, case: .lower), iterations: iterations)
    }

    /// Whether a PIN matches a stored hash; the comparison takes the same time wherever the bytes differ.
    public static func verify(_ pin: CoordinatorPIN, against stored: PINHash) -> Bool {
        guard let salt = Hex.bytes(stored.salt), let expected = Hex.bytes(stored.hash),
              stored.iterations > 0 else { return false }
        let actual = derive(pin, salt: salt, iterations: stored.iterations)
        return constantTimeEqual(actual, expected)
    }

    /// PBKDF2-SHA256 of the PIN's digits.
    static func derive(_ pin: CoordinatorPIN, salt: [UInt8], iterations: Int) -> [UInt8] {
        // Only the iteration count can make this throw; a stored count below 1 is rejected before.
        let key = try! KDF.Insecure.PBKDF2.deriveKey(from: Array(pin.digits.utf8), salt: salt, using: .sha256,
                                                     outputByteCount: keyLength,
                                                     unsafeUncheckedRounds: max(1, iterations))
        return key.withUnsafeBytes { Array($0) }
    }

    /// Compares every byte whatever the first difference; lengths are public.
    public static func constantTimeEqual(_ a: [UInt8], _ b: [UInt8]) -> Bool {
        guard a.count == b.count else { return false }
        var difference: UInt8 = 0
        for i in a.indices { difference |= a[i] ^ b[i] }
        return difference == 0
    }
}
