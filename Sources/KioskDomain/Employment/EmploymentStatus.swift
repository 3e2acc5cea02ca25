/// A rural worker's employment status in a monthly labour-force record.
///
/// Source: issue "Labour-force records" (employed, self-employed/farming, unemployed and wanting work, not in the
/// labour force with the reason), after the seed's 就业状态 (item 1).
public enum EmploymentStatus: Hashable, Sendable, Codable {
    /// Working for an employer (受雇就业).
    case employed
    /// Self-employed or farming (自主创业/务农).
    case selfEmployedOrFarming
    /// Without work and wanting it (有就业意愿暂未就业).
    case unemployedWantingWork
    /// Not in the labour force, with the reason.
    case notInLabourForce(NotInLabourForceReason)

    /// Whether the person has work (either kind).
    public var hasWork: Bool {
        switch self {
        case .employed, .selfEmployedOrFarming: true
        case .unemployedWantingWork, .notInLabourForce: false
        }
    }

    /// The code used in files and the database (`notInLabourForce:student`).
    public var code: String {
        switch self {
        case .employed: "employed"
        case .selfEmployedOrFarming: "selfEmployed"
        case .unemployedWantingWork: "unemployed"
        case .notInLabourForce(let reason): "notInLabourForce:\(reason.rawValue)"
        }
    }

    /// The status with a file code, or nil.
    public init?(code: String) {
        switch code {
        case "employed": self = .employed
        case "selfEmployed": self = .selfEmployedOrFarming
        case "unemployed": self = .unemployedWantingWork
        default:
            let prefix = "notInLabourForce:"
            guard code.hasPrefix(prefix), let reason = NotInLabourForceReason(rawValue: String(code.dropFirst(prefix.count))) else {
                return nil
            }
            self = .notInLabourForce(reason)
        }
    }

    /// The key of its name in the string tables.
    public var messageKey: String {
        switch self {
        case .notInLabourForce(let reason): "employment.status.notInLabourForce.\(reason.rawValue)"
        default: "employment.status.\(code)"
        }
    }
}

/// Why a person is not in the labour force (assumed list: the plan's form was not found in public sources).
public enum NotInLabourForceReason: String, CaseIterable, Hashable, Sendable, Codable {
    case studying, retired, illnessOrDisability, caringForFamily, other
}
