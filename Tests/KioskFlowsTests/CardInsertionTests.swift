import KioskDomain
import KioskFlows
import Testing

/// A read belongs to the card it was started for: results for an earlier insertion are dropped, so a fast swap
/// never shows card A's holder for card B.
struct CardInsertionTests {
    static let reader = "Virtual PCD 00 00"
    static let cardA = CardHolder(idNumber: "45102619560307002X", name: "黄秀英", cardKind: .socialSecurityCard,
                                  reader: reader, insertion: CardInsertion(reader: reader, number: 1))
    static let cardB = CardHolder(idNumber: "450124200207038177", name: "梁天佑", cardKind: .socialSecurityCard,
                                  reader: reader, insertion: CardInsertion(reader: reader, number: 2))

    @Test("the read asked for a card names its insertion")
    func theReadEffectNamesTheInsertion() {
        var state = Fixture.state()
        #expect(KioskReducer.reduce(&state, .card(.inserted(reader: Self.reader, insertion: 7)))
            == [.readCard(reader: Self.reader, insertion: 7)])
        #expect(state.cardInReader == CardInsertion(reader: Self.reader, number: 7))
    }

    @Test("card A swapped for card B before A's read came back: A's holder is never shown, B's is")
    func aStaleReadAfterASwapIsDropped() {
        var state = Fixture.state()
        _ = KioskReducer.reduce(&state, .card(.inserted(reader: Self.reader, insertion: 1)))
        _ = KioskReducer.reduce(&state, .card(.removed(reader: Self.reader)))
        #expect(state.cardInReader == nil)
        let effects = KioskReducer.reduce(&state, .card(.inserted(reader: Self.reader, insertion: 2)))
        #expect(effects == [.readCard(reader: Self.reader, insertion: 2)])

        #expect(KioskReducer.reduce(&state, .card(.read(Self.cardA))).isEmpty)
        #expect(state.screen == .readingCard(reader: Self.reader), "card A's holder is dropped")
        #expect(!ScreenSnapshot.text(of: state).contains("黄秀英"))

        #expect(KioskReducer.reduce(&state, .card(.read(Self.cardB))) == [.loadVillager(Self.cardB)])
        #expect(state.screen == .identified(Self.cardB))
    }

    @Test("a failure read for a card that has left does not show a problem for the card in the reader")
    func aStaleFailureIsDropped() {
        var state = Fixture.state()
        _ = KioskReducer.reduce(&state, .card(.inserted(reader: Self.reader, insertion: 1)))
        _ = KioskReducer.reduce(&state, .card(.inserted(reader: Self.reader, insertion: 2)))
        let stale = CardInsertion(reader: Self.reader, number: 1)
        _ = KioskReducer.reduce(&state, .card(.readFailed(UserMessage("card.error.cardRemoved"), insertion: stale)))
        #expect(state.screen == .readingCard(reader: Self.reader))
        let current = CardInsertion(reader: Self.reader, number: 2)
        _ = KioskReducer.reduce(&state, .card(.readFailed(UserMessage("card.error.cardRemoved"), insertion: current)))
        #expect(state.screen == .cardProblem(UserMessage("card.error.cardRemoved")))
    }

    @Test("a read for the card pulled with no other put in is dropped, the home screen stays")
    func aReadAfterThePullIsDropped() {
        var state = Fixture.state()
        _ = KioskReducer.reduce(&state, .card(.inserted(reader: Self.reader, insertion: 1)))
        _ = KioskReducer.reduce(&state, .card(.removed(reader: Self.reader)))
        #expect(KioskReducer.reduce(&state, .card(.read(Self.cardA))).isEmpty)
        #expect(state.screen == .home)
    }

    @Test("a read for the same reader's current card in another reader's name is not taken")
    func aReadFromAnotherReaderIsDropped() {
        var state = Fixture.state()
        _ = KioskReducer.reduce(&state, .card(.inserted(reader: Self.reader, insertion: 1)))
        var elsewhere = Self.cardA
        elsewhere.insertion = CardInsertion(reader: "Other Reader 00 00", number: 1)
        #expect(KioskReducer.reduce(&state, .card(.read(elsewhere))).isEmpty)
        #expect(KioskReducer.reduce(&state, .card(.read(Self.cardA))) == [.loadVillager(Self.cardA)])
    }
}
