/// What is wrong with one field of a policy file.
public enum PolicyFieldProblem: String, Hashable, Sendable {
    case missing
    case wrongType
    case notADate
    case notPositive
    case notAscending
    case duplicate
    case outOfRange
    case noSource

    /// The message key describing the problem.
    public var messageKey: String { "policy.problem.\(rawValue)" }
}

/// Why the policy tables cannot be used; the kiosk refuses to start with it.
public enum PolicyError: Error, Hashable, Sendable {
    /// A file is invalid: which file, which field, and why.
    case invalid(file: String, field: String, problem: PolicyFieldProblem)
    /// The folder holds no policy file or cannot be read.
    case unreadableFolder(String)
    /// No table is in force for a region on a day.
    case noTableInForce(region: String, on: CivilDate)

    /// The message key of the text shown for this error.
    public var messageKey: String {
        switch self {
        case .invalid: "policy.error.invalid"
        case .unreadableFolder: "policy.error.unreadableFolder"
        case .noTableInForce: "policy.error.noTableInForce"
        }
    }

    /// Values a message may insert, by placeholder name.
    public var parameters: [String: String] {
        switch self {
        case .invalid(let file, let field, let problem):
            ["file": file, "field": field, "problem": problem.messageKey]
        case .unreadableFolder(let path): ["folder": path]
        case .noTableInForce(let region, let day): ["region": region, "date": day.iso]
        }
    }
}
