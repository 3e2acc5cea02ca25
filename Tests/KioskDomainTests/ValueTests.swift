import Testing
@testable import KioskDomain

struct CivilDateTests {
    @Test func ageTurnsOnTheBirthdayNotTheDayBefore() {
        let born = CivilDate(year: 2009, month: 5, day: 20)!
        #expect(born.age(on: CivilDate(year: 2025, month: 5, day: 19)!) == 15)
        #expect(born.age(on: CivilDate(year: 2025, month: 5, day: 20)!) == 16)
    }

    @Test func leapDayBirthsCompleteTheYearOnFirstMarchInCommonYears() {
        let born = CivilDate(year: 2008, month: 2, day: 29)!
        #expect(born.age(on: CivilDate(year: 2024, month: 2, day: 28)!) == 15)
        #expect(born.age(on: CivilDate(year: 2024, month: 2, day: 29)!) == 16)
        #expect(born.age(on: CivilDate(year: 2025, month: 2, day: 28)!) == 16)
        #expect(born.age(on: CivilDate(year: 2025, month: 3, day: 1)!) == 17)
        #expect(born.anniversary(17) == CivilDate(year: 2025, month: 3, day: 1))
    }

    @Test func impossibleDaysAreNotDates() {
        #expect(CivilDate(year: 2023, month: 2, day: 29) == nil)
        #expect(CivilDate(year: 1900, month: 2, day: 29) == nil)
        #expect(CivilDate(year: 2000, month: 2, day: 29) != nil)
        #expect(CivilDate(iso: "2024-04-31") == nil)
        #expect(CivilDate(iso: "2024-4-3") == nil)
    }

    @Test func dayNumbersRoundTripAndMonthArithmeticClamps() {
        let day = CivilDate(year: 2024, month: 1, day: 31)!
        #expect(CivilDate(dayNumber: day.dayNumber) == day)
        #expect(CivilDate(year: 1970, month: 1, day: 1)!.dayNumber == 0)
        #expect(day.adding(months: 1) == CivilDate(year: 2024, month: 2, day: 29))
        #expect(day.adding(days: 30) == CivilDate(year: 2024, month: 3, day: 1))
        #expect(day.months(until: CivilDate(year: 2025, month: 3, day: 1)!) == 14)
        #expect(day.iso == "2024-01-31" && day.compact == "20240131")
    }
}

struct PhoneNumberTests {
    @Test func mainlandMobileNumbersAreAccepted() throws {
        #expect(try PhoneNumber("138 0771 5678").value == "13807715678")
        #expect(try PhoneNumber("+8619912345678").masked == "199****5678")
    }

    @Test func otherNumbersAreRefused() {
        #expect(throws: PhoneNumberError.format) { try PhoneNumber("0771-1234567") }
        #expect(throws: PhoneNumberError.format) { try PhoneNumber("12812345678") }
        #expect(throws: PhoneNumberError.format) { try PhoneNumber("1381234567") }
    }
}

struct MoneyTests {
    @Test func amountsAreWholeFenAndRoundHalfUp() {
        #expect(Money.yuan(3).fen == 300)
        #expect(Money(fen: 1005).yuanText == "10.05")
        #expect(Money(fen: 13900).divided(by: 139) == Money(fen: 100))
        #expect(Money(fen: 1000).divided(by: 3) == Money(fen: 333))
        #expect(Money(fen: 1001).divided(by: 2) == Money(fen: 501))
        #expect(Money(fen: 10000).scaled(basisPoints: 150) == Money(fen: 150))
    }
}
