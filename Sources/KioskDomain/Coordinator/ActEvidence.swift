import Foundation

/// The kind of document a harmful act (a death report, a cancellation on any ground) rests on.
public enum ActEvidenceKind: String, Sendable, Codable, CaseIterable {
    /// 死亡医学证明: the death certificate.
    case deathCertificate
    /// 户口注销证明: the police's household-registration cancellation.
    case householdCancellation
    /// 医院记录: a hospital record.
    case hospitalRecord
    /// 亲属声明: a relative's signed statement.
    case relativeStatement
    /// 丧失中国国籍的证明: proof that a person settled abroad lost Chinese nationality.
    case nationalityLoss
    /// 其他基本养老金的待遇核定表: the other scheme's award of the basic pension already drawn.
    case otherPensionRecord

    /// The kinds of document a cancellation on `reason` (or a death report, `.death`) may rest on, in the order
    /// offered: after the evidence each ground names (`CancellationReason.evidenceKey`: a death by the death
    /// certificate, the household-registration cancellation, a hospital record or a relative's statement; settling
    /// abroad by the household-registration cancellation or the proof of lost nationality; a duplicate by the other
    /// scheme's award; the lists per ground assumed). Reasons no longer accepted are offered every kind.
    public static func kinds(for reason: CancellationReason) -> [ActEvidenceKind] {
        switch reason {
        case .death: [.deathCertificate, .householdCancellation, .hospitalRecord, .relativeStatement]
        case .settledAbroad: [.householdCancellation, .nationalityLoss]
        case .duplicate: [.otherPensionRecord]
        case .settledElsewhere, .joinedEmployeeScheme, .other: allCases
        }
    }

    /// The message key of the kind's display name.
    public var messageKey: String { "acts.evidence.kind.\(rawValue)" }
}

/// Why a typed document number is not taken.
public enum ActEvidenceProblem: Error, Hashable, Sendable {
    /// Nothing but spaces was typed.
    case empty
    /// Shorter or longer than `ActEvidence.numberLength`.
    case length
    /// A character other than a letter, a digit, `-` or `/`.
    case characters

    /// The message key of the text shown for this problem.
    public var messageKey: String {
        switch self {
        case .empty: "acts.evidence.number.empty"
        case .length: "acts.evidence.number.length"
        case .characters: "acts.evidence.number.characters"
        }
    }

    /// Values the message inserts, by placeholder name.
    public var parameters: [String: String] {
        switch self {
        case .length: ["min": "\(ActEvidence.numberLength.lowerBound)", "max": "\(ActEvidence.numberLength.upperBound)"]
        case .empty, .characters: [:]
        }
    }
}

/// What a harmful act rests on: the kind of document and its number, as typed by the coordinator. The county checks
/// the paper against it before it accepts the act (issue 12 item 4; the kinds after the documents the residents'
/// pension handbook lists for a cancellation on death, the number's length assumed).
public struct ActEvidence: Hashable, Sendable, Codable {
    /// Lengths a document number may have (assumed: certificate and register numbers run 6-20 characters; a
    /// relative's statement gets a short number from the village's file).
    public static let numberLength = 3...32

    public var kind: ActEvidenceKind
    /// The document's number, trimmed.
    public var documentNumber: String

    /// Evidence whose number has been checked (`validated`); tests and stored rows use it directly.
    public init(kind: ActEvidenceKind, documentNumber: String) {
        self.kind = kind
        self.documentNumber = documentNumber
    }

    /// Evidence from a typed number: spaces around it trimmed; refused when empty, too short or long, or holding
    /// anything but letters, digits, `-` and `/`.
    public static func validated(kind: ActEvidenceKind, documentNumber typed: String) throws(ActEvidenceProblem) -> ActEvidence {
        ActEvidence(kind: kind, documentNumber: try checkedNumber(typed))
    }

    /// A typed document number, trimmed, or why it is not taken (the rule of every paper's number the kiosk records:
    /// evidence and signed consent forms alike).
    public static func checkedNumber(_ typed: String) throws(ActEvidenceProblem) -> String {
        let number = typed.trimmingCharacters(in: .whitespaces)
        guard !number.isEmpty else { throw .empty }
        guard numberLength.contains(number.count) else { throw .length }
        guard number.allSatisfy({ ($0.isLetter || $0.isNumber || $0 == "-" || $0 == "/") && !$0.isWhitespace }) else {
            throw .characters
        }
        return number
    }
}
