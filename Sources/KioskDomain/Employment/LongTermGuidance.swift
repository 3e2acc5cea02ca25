import Foundation

/// Employment guidance given to a long-term unemployed person (就业指导), recorded by the coordinator: one of the two
/// services seed item 5 asks the upper office to give (guidance, and at least 3 job recommendations).
public struct LongTermGuidance: Hashable, Sendable, Codable {
    public var personID: IDNumber
    /// The day the guidance was given.
    public var givenOn: CivilDate

    /// Guidance given to `personID` on `givenOn`.
    public init(personID: IDNumber, givenOn: CivilDate) {
        self.personID = personID
        self.givenOn = givenOn
    }
}
