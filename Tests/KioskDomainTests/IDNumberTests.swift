import Testing
@testable import KioskDomain

struct IDNumberTests {
    @Test func validNumberDerivesRegionBirthDateAndSex() throws {
        let id = try IDNumber("450124195602291232")
        #expect(id.regionCode == "450124")
        #expect(id.birthDate == CivilDate(year: 1956, month: 2, day: 29))
        #expect(id.sex == .male)
        #expect(id.masked == "4501**********1232")
    }

    @Test func lowerCaseXIsAcceptedAndNormalised() throws {
        let id = try IDNumber("11010519491231002x")
        #expect(id.value == "11010519491231002X")
        #expect(id.sex == .female)
        #expect(id.masked == "1101**********002X")
    }

    @Test func surroundingSpacesAreIgnored() throws {
        #expect(try IDNumber(" 450124200803010015 ").value == "450124200803010015")
    }

    @Test func wrongCheckDigitIsRefusedWithTheExpectedOne() {
        #expect(throws: IDNumberError.checkDigit(expected: "2")) { try IDNumber("450124195602291231") }
        #expect(IDNumberError.checkDigit(expected: "2").messageKey == "id.error.checkDigit")
    }

    @Test func impossibleDatesAreRefused() {
        // 29 February 1957 does not exist; month 13 neither.
        let feb29 = "45012419570229123"
        #expect(throws: IDNumberError.impossibleDate("19570229")) {
            try IDNumber(feb29 + String(IDNumber.checkCharacter(for: Array(feb29))))
        }
        let month13 = "45012419571301123"
        #expect(throws: IDNumberError.impossibleDate("19571301")) {
            try IDNumber(month13 + String(IDNumber.checkCharacter(for: Array(month13))))
        }
    }

    @Test func fifteenDigitLegacyNumberHasItsOwnError() {
        #expect(throws: IDNumberError.legacy15) { try IDNumber("450124560229123") }
        #expect(IDNumberError.legacy15.messageKey == "id.error.legacy15")
    }

    @Test func wrongLengthAndCharactersAreRefused() {
        #expect(throws: IDNumberError.length(17)) { try IDNumber("45012419560229123") }
        #expect(throws: IDNumberError.characters) { try IDNumber("4501241956022912A2") }
        #expect(throws: IDNumberError.characters) { try IDNumber("45012419560X291232") }
        #expect(throws: IDNumberError.length(0)) { try IDNumber("") }
    }

    @Test func everyErrorHasAMessageKey() {
        let errors: [IDNumberError] = [.length(3), .characters, .legacy15, .impossibleDate("x"), .checkDigit(expected: "X")]
        #expect(Set(errors.map(\.messageKey)).count == 5)
        #expect(errors.allSatisfy { $0.messageKey.hasPrefix("id.error.") })
    }
}
