import Foundation
import KioskDomain
@testable import KioskFlows
import Testing
import TerminalUI

/// What a session may do by the card that opened it: a UID-only resident ID card queries only (the menu says why on
/// the refused lines) unless the configuration lets it transact; an ID card read through the GA 467 SAM has full
/// rights without a card PIN.
struct CardSessionRightsTests {
    typealias F = VillagerFixture

    /// A pensioner's session on the service menu, opened by a card of `kind`.
    static func session(_ kind: CardHolder.CardKind, settings: KioskSettings = Fixture.settings) -> KioskState {
        var state = Fixture.state(settings: settings)
        let file = F.pensioner()
        let holder = CardHolder(idNumber: file.person.id.value, name: file.person.name, cardKind: kind, reader: "R")
        _ = KioskReducer.reduce(&state, .card(.inserted(reader: "R")))
        _ = KioskReducer.reduce(&state, .card(.read(holder)))
        _ = KioskReducer.reduce(&state, .villagerLoaded(file))
        return state
    }

    static func isRecord(_ effect: KioskEffect) -> Bool {
        if case .record = effect { true } else { false }
    }

    @Test("a UID-only ID card's menu marks certification as needing the social-security card, and queries not")
    func theUIDOnlyMenuSaysWhy() throws {
        let text = ScreenSnapshot.text(of: Self.session(.residentIDCard))
        let certification = try #require(text.components(separatedBy: "\n").first { $0.contains("资格认证") })
        #expect(certification.contains("需社保卡"), "\(text)")
        let queries = try #require(text.components(separatedBy: "\n").first { $0.contains("查询") })
        #expect(!queries.contains("需社保卡"))
        let social = ScreenSnapshot.text(of: Self.session(.socialSecurityCard))
        #expect(!social.contains("需社保卡"), "a social-security card's menu has no such mark")
        var english = Self.session(.residentIDCard)
        english.language = .english
        #expect(ScreenSnapshot.text(of: english).contains("social-security card needed"))
    }

    @Test("a UID-only ID card cannot certify: refused at the card-PIN stage, nothing recorded")
    func theUIDOnlyCardCannotTransact() {
        var state = Self.session(.residentIDCard)
        var effects = F.press(&state, .character("1"), .character("1"))
        #expect(ScreenSnapshot.text(of: state).contains("身份证不能证明本人在场"))
        effects += F.press(&state, .enter, .character("1"), .enter)
        #expect(!effects.contains(where: Self.isRecord))
    }

    @Test("with uidCardsMayTransact a UID-only ID card certifies without a PIN and its menu has no mark")
    func theConfigurationLetsUIDCardsTransact() {
        var settings = Fixture.settings
        settings.uidCardsMayTransact = true
        var state = Self.session(.residentIDCard, settings: settings)
        #expect(!ScreenSnapshot.text(of: state).contains("需社保卡"))
        _ = F.press(&state, .character("1"), .character("1"))
        #expect(ScreenSnapshot.text(of: state).contains("确认办理"), "straight to the confirmation")
        let effects = F.press(&state, .character("1"))
        #expect(effects.contains(where: Self.isRecord))
    }

    @Test("an ID card read through the GA 467 SAM has full rights: certification goes to the confirmation, no PIN")
    func aSAMReadIDCardHasFullRights() {
        var state = Self.session(.residentIDCardSAM)
        #expect(!ScreenSnapshot.text(of: state).contains("需社保卡"))
        _ = F.press(&state, .character("1"), .character("1"))
        #expect(CardPINSteps.stage(state) == nil)
        #expect(ScreenSnapshot.text(of: state).contains("确认办理"))
    }

    @Test("the rule: which services a UID-only session is refused, and never in a proxy's session")
    func theRule() {
        let uid = CardHolder(idNumber: "450124194906293304", name: "韦秀英", cardKind: .residentIDCard)
        let settings = Fixture.settings
        for service in VillagerService.allCases {
            let expected = [.benefitClaim, .transfer, .cancellation, .certification].contains(service)
            #expect(CardSessionRights.refuses(service, to: uid, settings: settings, actingForProxy: false) == expected,
                    "\(service)")
            #expect(!CardSessionRights.refuses(service, to: uid, settings: settings, actingForProxy: true))
        }
    }
}
