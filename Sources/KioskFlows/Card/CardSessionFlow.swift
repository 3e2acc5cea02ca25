import KioskDomain
import TerminalUI

/// A villager's card session: reading the card, a problem with it, and its end when the card is pulled.
enum CardSessionFlow {
    static func reduce(_ state: inout KioskState, _ signal: CardSignal) -> [KioskEffect] {
        switch signal {
        case .serviceUnavailable(let problem):
            state.cardServiceProblem = problem
        case .serviceAvailable:
            state.cardServiceProblem = nil
        case .inserted(let reader, let insertion):
            state.cardServiceProblem = nil
            state.cardInReader = CardInsertion(reader: reader, number: insertion)
            return inserted(&state, reader: reader, insertion: insertion)
        case .removed(let reader):
            if state.cardInReader?.reader == reader {
                state.cardInReader = nil
            }
            removed(&state)
        case .read(let holder):
            guard isCurrent(holder.insertion, state) else { return [] }
            return read(&state, holder)
        case .readFailed(let problem, let insertion):
            guard isCurrent(insertion, state) else { return [] }
            readFailed(&state, problem)
        }
        return []
    }

    /// Whether a read result belongs to the card in the reader now: a result started for an earlier insertion
    /// (that card was pulled, another put in) is stale. A result that names no insertion is not checked.
    static func isCurrent(_ insertion: CardInsertion?, _ state: KioskState) -> Bool {
        guard let insertion else { return true }
        return insertion == state.cardInReader
    }

    /// A card came in: read it where a card is expected (home, coordinator login, acting for a villager).
    private static func inserted(_ state: inout KioskState, reader: String, insertion: Int) -> [KioskEffect] {
        switch state.screen {
        case .home:
            state.screen = .readingCard(reader: reader)
        case .coordinatorLogin(let login) where login.step == .insertCard:
            state.screen = .coordinatorLogin(CoordinatorLogin(step: .readingCard))
        case .coordinator(.waitingForVillagerCard):
            state.screen = .coordinator(.readingVillagerCard)
        case .coordinator(.registerIDCard(let registration)) where registration.step == .waitingForCard:
            state.screen = .coordinator(.registerIDCard(IDCardRegistration(step: .readingCard)))
            return [.readCardUID(reader: reader)]
        default:
            return []
        }
        return [.readCard(reader: reader, insertion: insertion)]
    }

    /// The card left: a villager's session ends; a login not finished is abandoned.
    private static func removed(_ state: inout KioskState) {
        switch state.screen {
        case let screen where screen.isCardSession:
            state.endSession()
        case .coordinatorLogin:
            state.logOut()
        case .coordinator(.readingVillagerCard), .coordinator(.villagerCardProblem):
            state.screen = .coordinator(.waitingForVillagerCard)
        default:
            break
        }
    }

    private static func read(_ state: inout KioskState, _ holder: CardHolder) -> [KioskEffect] {
        switch state.screen {
        case .readingCard, .coordinator(.readingVillagerCard):
            state.screen = .identified(holder)
            state.lastActivity = state.clock
            return [.loadVillager(holder)]
        case .coordinatorLogin(let login) where login.step == .readingCard:
            return CoordinatorLoginFlow.cardRead(&state, holder)
        default:
            return []
        }
    }

    private static func readFailed(_ state: inout KioskState, _ problem: UserMessage) {
        switch state.screen {
        case .readingCard:
            state.screen = .cardProblem(problem)
        case .coordinatorLogin(let login) where login.step == .readingCard:
            state.screen = .coordinatorLogin(CoordinatorLogin(step: .refused(problem)))
        case .coordinator(.readingVillagerCard):
            state.screen = .coordinator(.villagerCardProblem(problem))
        default:
            break
        }
    }

    static func drawReading(in grid: inout Grid, _ context: ScreenContext) {
        context.drawTitleBar(in: &grid, titleKey: "card.reading.title")
        let area = Rect(x: 2, y: 2, width: grid.width - 4, height: grid.height - 5)
        MessageBox(title: context.text("card.reading.title"), body: context.text("card.reading.body"), kind: .info)
            .draw(in: &grid, within: area, theme: context.theme)
        context.drawStatusLine(in: &grid)
    }

    static func drawProblem(_ problem: UserMessage, in grid: inout Grid, _ context: ScreenContext) {
        context.drawTitleBar(in: &grid, titleKey: "card.problem.title")
        let area = Rect(x: 2, y: 2, width: grid.width - 4, height: grid.height - 5)
        MessageBox(
            title: context.text("card.problem.title"),
            body: context.text(problem),
            kind: .warning,
            footer: context.text("card.problem.pullCard")
        ).draw(in: &grid, within: area, theme: context.theme)
        context.drawStatusLine(in: &grid)
    }
}
