/// A villager as the kiosk knows them: identity, registration and contact.
public struct Person: Hashable, Sendable, Codable {
    /// The resident ID number (also the social-security number).
    public var id: IDNumber
    public var name: String
    public var sex: Sex
    /// GB 3304 nation code, e.g. "01" Han, "08" Zhuang.
    public var nationCode: String
    public var birthDate: CivilDate
    /// GB/T 2260 county code of the household registration (户籍).
    public var registeredRegion: String
    /// 12-digit statistical code of the administrative village.
    public var villageCode: String
    public var phone: PhoneNumber?
    public var address: String
    /// UID of a registered resident ID card (contactless), hex upper case.
    public var cardUID: String?
    /// Full-time students cannot enrol.
    public var isFullTimeStudent: Bool
    /// Members of the urban employees' scheme cannot enrol in the residents' scheme.
    public var inEmployeeScheme: Bool
    /// The day of death once reported.
    public var diedOn: CivilDate?
    /// Already drawing another basic pension (the employees' scheme): no residents' pension can be claimed.
    public var drawsOtherBasicPension: Bool = false
    /// The hardship group the roster records (`HardshipGroup.group`), whose contribution local government helps pay.
    public var hardshipGroup: String?

    /// A person; sex and birth date default to those in the ID number.
    public init(id: IDNumber, name: String, sex: Sex? = nil, nationCode: String = "01",
                birthDate: CivilDate? = nil, registeredRegion: String? = nil, villageCode: String,
                phone: PhoneNumber? = nil, address: String = "", cardUID: String? = nil,
                isFullTimeStudent: Bool = false, inEmployeeScheme: Bool = false, diedOn: CivilDate? = nil) {
        self.id = id
        self.name = name
        self.sex = sex ?? id.sex
        self.nationCode = nationCode
        self.birthDate = birthDate ?? id.birthDate
        self.registeredRegion = registeredRegion ?? CountyCode(village: villageCode).value
        self.villageCode = villageCode
        self.phone = phone
        self.address = address
        self.cardUID = cardUID
        self.isFullTimeStudent = isFullTimeStudent
        self.inEmployeeScheme = inEmployeeScheme
        self.diedOn = diedOn
    }

    /// Full years of age on a day.
    public func age(on date: CivilDate) -> Int { birthDate.age(on: date) }
}
