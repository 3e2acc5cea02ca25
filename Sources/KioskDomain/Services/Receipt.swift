import Foundation

/// The business receipt (业务回执): number, person (masked), service, summary, amount, who acted, when.
public struct Receipt: Hashable, Sendable, Codable {
    /// `<village code>-<yyyyMMdd>-<sequence>`, unique per kiosk and never reused.
    public var number: String
    public var villageCode: String
    public var service: ServiceKind
    public var personID: IDNumber
    public var personName: String
    /// The business day in the kiosk's time zone.
    public var businessDate: CivilDate
    /// Values for the service's summary message (`receipt.summary.<service>`).
    public var summary: [String: String]
    public var amount: Money?
    public var actor: Actor
    public var recordedAt: Date

    /// A receipt from its parts.
    public init(number: String, villageCode: String, service: ServiceKind, personID: IDNumber, personName: String,
                businessDate: CivilDate, summary: [String: String], amount: Money?, actor: Actor, recordedAt: Date) {
        self.number = number
        self.villageCode = villageCode
        self.service = service
        self.personID = personID
        self.personName = personName
        self.businessDate = businessDate
        self.summary = summary
        self.amount = amount
        self.actor = actor
        self.recordedAt = recordedAt
    }

    /// The ID number as printed: masked.
    public var maskedID: String { personID.masked }

    /// The message key of the summary line.
    public var summaryKey: String { "receipt.summary.\(service.rawValue)" }
}
