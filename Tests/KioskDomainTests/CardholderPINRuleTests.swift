import Testing
@testable import KioskDomain

/// Which business needs the card holder's PIN.
struct CardholderPINRuleTests {
    typealias F = DomainFixtures

    static let person = F.person(born: "1980-05-01")
    static let account = InsuranceAccount(personID: person.id, status: .paying, enrolledOn: F.day("2012-08-01"), tierYuan: 200)
    static let bank = BankAccount(bank: "中国邮政储蓄银行", accountNumber: "6228480012345678")

    static func contribution(withholding: BankAccount?) -> BusinessEvent {
        var after = account
        after.withholding = withholding
        return .contribution(ContributionDecision(contributions: [], account: after))
    }

    @Test func aContributionThatKeepsTheAccountNeedsNoPINButSigningAnAgreementDoes() {
        #expect(!CardholderPINRule.needsCardPIN(Self.contribution(withholding: nil), before: Self.account))
        #expect(CardholderPINRule.needsCardPIN(Self.contribution(withholding: Self.bank), before: Self.account))
        var signed = Self.account
        signed.withholding = Self.bank
        #expect(!CardholderPINRule.needsCardPIN(Self.contribution(withholding: Self.bank), before: signed))
        let other = BankAccount(bank: "中国农业银行", accountNumber: "6228480099999999")
        #expect(CardholderPINRule.needsCardPIN(Self.contribution(withholding: other), before: signed),
                "changing the withholding account moves money")
    }

    @Test func registeringDetailsAndTheCoordinatorsOwnActsNeedNoCardPIN() {
        #expect(!CardholderPINRule.needsCardPIN(.registration(Self.person), before: Self.account))
    }
}
