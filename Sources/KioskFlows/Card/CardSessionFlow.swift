import TerminalUI

/// A villager's card session: reading the card, a problem with it, and its end when the card is pulled.
enum CardSessionFlow {
    static func reduce(_ state: inout KioskState, _ signal: CardSignal) -> [KioskEffect] {
        switch signal {
        case .serviceUnavailable(let messageKey):
            state.cardServiceProblem = messageKey
        case .serviceAvailable:
            state.cardServiceProblem = nil
        case .inserted(let reader):
            state.cardServiceProblem = nil
            guard state.screen == .home else {
                return []
            }
            state.screen = .readingCard(reader: reader)
            return [.readCard(reader: reader)]
        case .removed:
            if state.screen.isCardSession {
                state.endSession()
            }
        case .read(let holder):
            if case .readingCard = state.screen {
                state.screen = .identified(holder)
                state.lastActivity = state.clock
                return [.loadVillager(holder)]
            }
        case .readFailed(let messageKey):
            if case .readingCard = state.screen {
                state.screen = .cardProblem(messageKey: messageKey)
            }
        }
        return []
    }

    static func drawReading(in grid: inout Grid, _ context: ScreenContext) {
        context.drawTitleBar(in: &grid, titleKey: "card.reading.title")
        let area = Rect(x: 2, y: 2, width: grid.width - 4, height: grid.height - 5)
        MessageBox(title: context.text("card.reading.title"), body: context.text("card.reading.body"), kind: .info)
            .draw(in: &grid, within: area, theme: context.theme)
        context.drawStatusLine(in: &grid)
    }

    static func drawProblem(_ messageKey: String, in grid: inout Grid, _ context: ScreenContext) {
        context.drawTitleBar(in: &grid, titleKey: "card.problem.title")
        let area = Rect(x: 2, y: 2, width: grid.width - 4, height: grid.height - 5)
        MessageBox(
            title: context.text("card.problem.title"),
            body: context.text(messageKey),
            kind: .warning,
            footer: context.text("card.problem.pullCard")
        ).draw(in: &grid, within: area, theme: context.theme)
        context.drawStatusLine(in: &grid)
    }
}
