import CardSimulator
import Testing
@testable import SmartCard
import TextCodecs

struct SimulatedCardTests {
    let reader: SocialSecurityCardReader

    init() throws {
        reader = SocialSecurityCardReader(nations: try DemoCards.nations())
    }

    @Test(arguments: ["gen3-unenrolled-adult", "gen1-pensioner", "t0-card", "coordinator"])
    func everyValidDemoCardReadsAndMatchesItsProfile(id: String) throws {
        let profile = try DemoCards.profile(id)
        let holder = try #require(profile.holder)
        for plan in SocialSecurityCardLayout.ReadPlan.allCases {
            let reader = SocialSecurityCardReader(nations: try DemoCards.nations(), plan: plan)
            let identity = try reader.read(over: SimulatedCardChannel(SimulatedCard(profile: profile)), today: DemoCards.today)
            #expect(identity.idNumber == holder.idNumber)
            #expect(identity.name == holder.name)
            #expect(identity.sex == holder.sex)
            #expect(identity.nationName != nil)
            #expect(identity.cardVersion == profile.card?.version)
        }
    }

    @Test func theT0CardNeedsFollowUpsButGivesTheSameFields() throws {
        let profile = try DemoCards.profile("t0-card")
        let raw = try reader.readRaw(over: SimulatedCardChannel(SimulatedCard(profile: profile)))
        #expect(raw.apduCount == 2 * 9)
        var t1 = profile
        t1.t0 = false
        let plain = try reader.readRaw(over: SimulatedCardChannel(SimulatedCard(profile: t1)))
        #expect(plain.apduCount == 9)
        #expect(plain.values == raw.values)
    }

    @Test func theExpiredDemoCardIsReportedExpired() throws {
        let profile = try DemoCards.profile("expired-card")
        #expect(throws: SmartCardError.expired(expiryDate: CardDate(digits: "20240630")!)) {
            try reader.read(over: SimulatedCardChannel(SimulatedCard(profile: profile)), today: DemoCards.today)
        }
    }

    @Test func recordNumbersDifferBetweenGenerationsButTagsDoNot() throws {
        let gen1 = try #require(CardRecords(profile: try DemoCards.profile("gen1-pensioner")))
        let gen3 = try #require(CardRecords(profile: try DemoCards.profile("gen3-unenrolled-adult")))
        #expect(gen1.tag(sfi: 6, record: 3) == 0x0A)
        #expect(gen3.tag(sfi: 6, record: 3) == 0x4E)
        var card = SimulatedCard(profile: try DemoCards.profile("gen1-pensioner"))
        _ = card.answer(SocialSecurityCardLayout.selectApplication.bytes)
        #expect(card.answer([0x00, 0xB2, 0x03, 0x34, 0x00]) == .respond([0x0A, 0x01, 0x32, 0x90, 0x00]))
        #expect(card.answer([0x00, 0xB2, 0x0A, 0x30, 0x00]) == .respond([0x0A, 0x01, 0x32, 0x90, 0x00]))
        #expect(card.answer([0x00, 0xB2, 0x4E, 0x30, 0x00]) == .respond([0x6A, 0x83]))
    }

    @Test func faultsParseFromTheirCommandLineForms() {
        #expect(CardFault(argument: "pulled-after:3") == .pulledAfter(3))
        #expect(CardFault(argument: "wrong-sw:6A82") == .wrongStatus(StatusWord(0x6A82), at: 1))
        #expect(CardFault(argument: "wrong-sw:6A83@4") == .wrongStatus(StatusWord(0x6A83), at: 4))
        #expect(CardFault(argument: "truncated:09") == .truncated(tag: 0x09))
        #expect(CardFault(argument: "garbage:0D") == .garbage(tag: 0x0D))
        #expect(CardFault(argument: "slow:15") == .slow(milliseconds: 15))
        #expect(CardFault(argument: "slow:x") == nil)
        #expect(CardFault(argument: "wrong-sw:6A") == nil)
        #expect(CardFault(argument: "melt:1") == nil)
    }

    @Test func everyFaultEndsInItsMessageKey() throws {
        let profile = try DemoCards.profile("gen3-unenrolled-adult")
        let expectations: [(String, String)] = [
            ("pulled-after:4", "card.error.cardRemoved"),
            ("wrong-sw:6A82", "card.error.applicationNotFound"),
            ("wrong-sw:6A83@3", "card.error.recordNotFound"),
            ("wrong-sw:6983@2", "card.error.blocked"),
            ("truncated:09", "card.error.unreadableData"),
            ("garbage:0D", "card.error.unreadableData"),
            ("garbage:08", "card.error.unreadableData"),
        ]
        for (argument, key) in expectations {
            let fault = try #require(CardFault(argument: argument))
            let channel = SimulatedCardChannel(SimulatedCard(profile: profile, faults: [fault]))
            do {
                _ = try reader.read(over: channel, today: DemoCards.today)
                Issue.record("\(argument) did not fail")
            } catch {
                #expect(error.messageKey == key, "\(argument)")
            }
        }
    }

    @Test func theUIDCardAnswersGetDataAndIsNotASocialSecurityCard() throws {
        let profile = try DemoCards.profile("id-card-uid")
        let uid = try IDCardUIDReader().readUID(over: SimulatedCardChannel(SimulatedCard(profile: profile)))
        #expect(Hex.string(uid) == "04D5E6F7")
        #expect(throws: SmartCardError.notSocialSecurityCard) {
            try reader.read(over: SimulatedCardChannel(SimulatedCard(profile: profile)), today: DemoCards.today)
        }
    }

    @Test func controlLinesParse() {
        #expect(SimulatorCommand(line: "insert t0-card slow:5") == .insert(profile: "t0-card", faults: ["slow:5"]))
        #expect(SimulatorCommand(line: " remove ") == .remove)
        #expect(SimulatorCommand(line: "quit") == .quit)
        #expect(SimulatorCommand(line: "insert") == nil)
        #expect(SimulatorCommand(line: "dance") == nil)
    }
}
