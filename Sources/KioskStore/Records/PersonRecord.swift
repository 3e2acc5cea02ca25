import GRDB
import KioskDomain

/// A row of `people`.
public struct PersonRecord: Codable, Hashable, Sendable, FetchableRecord, PersistableRecord {
    public static let databaseTableName = "people"
    public static let databaseColumnDecodingStrategy = DatabaseColumnDecodingStrategy.convertFromSnakeCase
    public static let databaseColumnEncodingStrategy = DatabaseColumnEncodingStrategy.convertToSnakeCase

    public var idNumber: String
    public var name: String
    public var sex: String
    public var nationCode: String
    public var birthDate: String
    public var registeredRegion: String
    public var villageCode: String
    public var phone: String?
    public var address: String
    public var cardUid: String?
    public var isFullTimeStudent: Bool
    public var inEmployeeScheme: Bool
    public var diedOn: String?
    public var drawsOtherBasicPension: Bool
    public var hardshipGroup: String?

    /// The row of a person.
    public init(_ person: Person) {
        idNumber = person.id.value
        name = person.name
        sex = person.sex.rawValue
        nationCode = person.nationCode
        birthDate = person.birthDate.iso
        registeredRegion = person.registeredRegion
        villageCode = person.villageCode
        phone = person.phone?.value
        address = person.address
        cardUid = person.cardUID
        isFullTimeStudent = person.isFullTimeStudent
        inEmployeeScheme = person.inEmployeeScheme
        diedOn = person.diedOn?.iso
        drawsOtherBasicPension = person.drawsOtherBasicPension
        hardshipGroup = person.hardshipGroup
    }

    /// The person this row holds.
    public func person() throws(StoreError) -> Person {
        guard let id = try? IDNumber(idNumber), let sex = Sex(rawValue: sex), let birth = CivilDate(iso: birthDate) else {
            throw .corruptRow(table: Self.databaseTableName, key: idNumber)
        }
        var person = Person(id: id, name: name, sex: sex, nationCode: nationCode, birthDate: birth,
                      registeredRegion: registeredRegion, villageCode: villageCode,
                      phone: phone.flatMap { try? PhoneNumber($0) }, address: address, cardUID: cardUid,
                      isFullTimeStudent: isFullTimeStudent, inEmployeeScheme: inEmployeeScheme,
                      diedOn: diedOn.flatMap { CivilDate(iso: $0) })
        person.drawsOtherBasicPension = drawsOtherBasicPension
        person.hardshipGroup = hardshipGroup
        return person
    }
}
