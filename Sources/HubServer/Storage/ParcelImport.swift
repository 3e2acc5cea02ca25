import Foundation
import SyncProtocol

/// Takes a kiosk's parcel file (the offline fallback) into the hub's storage, batch by batch, exactly once.
public enum ParcelImport {
    /// What an import did.
    public struct Outcome: Hashable, Sendable {
        public var kioskID: String
        public var stored: Int
        public var alreadyHeld: Int
        public var auditFindings: [String]
    }

    /// Why a parcel was refused; nothing of a refused parcel is stored.
    public enum Refusal: Error, Hashable, Sendable, CustomStringConvertible {
        case unknownKiosk(String)
        case revokedKiosk(String)
        case invalid(BatchProblem)
        case storage(HubStorageError)

        public var description: String {
            switch self {
            case .unknownKiosk(let id): "the parcel names kiosk \(id), which is not registered; nothing was stored"
            case .revokedKiosk(let id): "the parcel's kiosk \(id) was revoked; nothing was stored"
            case .invalid(let problem): "the parcel was refused and nothing of it stored: \(problem.reason)"
            case .storage(let error): error.description
            }
        }
    }

    /// Checks the file whole (kiosk, signature, every batch), then stores its batches in order.
    public static func take(_ file: Data, into storage: any HubStorage, at instant: Date) async throws(Refusal) -> Outcome {
        guard let kiosk = SyncParcel.kiosk(of: file) else { throw .invalid(.undecodable("not a parcel file")) }
        let credential: KioskCredential?
        do {
            credential = try await storage.credential(forKiosk: kiosk)
        } catch {
            throw .storage(error)
        }
        guard let credential else { throw .unknownKiosk(kiosk) }
        guard !credential.revoked else { throw .revokedKiosk(kiosk) }
        let parcel: SyncParcel
        do {
            parcel = try SyncParcel.open(file, key: credential.signingKey)
        } catch {
            throw .invalid(error)
        }
        var outcome = Outcome(kioskID: kiosk, stored: 0, alreadyHeld: 0, auditFindings: [])
        for batch in parcel.batches {
            do {
                let receipt = try await storage.store(batch, receivedAt: instant)
                outcome.stored += receipt.stored.count
                outcome.alreadyHeld += receipt.alreadyHeld.count
                if let finding = receipt.auditFinding { outcome.auditFindings.append(finding) }
            } catch {
                throw .storage(error)
            }
        }
        return outcome
    }
}
