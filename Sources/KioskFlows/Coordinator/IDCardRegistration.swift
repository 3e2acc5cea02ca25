import KioskDomain
import TerminalUI

/// The coordinator registers a villager's resident ID card: the card's UID on the contactless reader,
/// then the villager's ID number; afterwards the card opens that villager's session.
public struct IDCardRegistration: Sendable, Equatable {
    /// Where the registration is.
    public enum Step: Sendable, Equatable {
        case waitingForCard
        case readingCard
        /// The card's UID was read; the villager's ID number is typed.
        case enterIDNumber(uid: String, TextEntry, problem: UserMessage?)
        case saving(uid: String)
        /// Registered to this villager.
        case done(name: String)
        /// It could not be done, and why.
        case failed(UserMessage)
    }

    public var step: Step

    /// A registration waiting for the card.
    public init(step: Step = .waitingForCard) {
        self.step = step
    }
}

/// Keys, card answers and drawing of the ID card registration.
enum IDCardRegistrationFlow {
    static func reduce(_ state: inout KioskState, _ registration: IDCardRegistration, _ key: Key) -> [KioskEffect] {
        switch registration.step {
        case .waitingForCard, .done, .failed:
            if key == .escape || key == .character("0") || key == .enter {
                state.screen = .coordinator(.menu(selected: 0))
            }
        case .enterIDNumber(let uid, var entry, _):
            switch entry.handle(key) {
            case .edited, .ignored:
                state.screen = .coordinator(.registerIDCard(IDCardRegistration(step: .enterIDNumber(uid: uid, entry, problem: nil))))
            case .submitted:
                do {
                    let id = try IDNumber(entry.text)
                    state.screen = .coordinator(.registerIDCard(IDCardRegistration(step: .saving(uid: uid))))
                    return [.registerIDCard(uid: uid, idNumber: id, actor: state.actor)]
                } catch {
                    state.screen = .coordinator(.registerIDCard(IDCardRegistration(
                        step: .enterIDNumber(uid: uid, entry, problem: error.userMessage))))
                }
            case .cancelled:
                state.screen = .coordinator(.menu(selected: 0))
            }
        case .readingCard, .saving:
            break
        }
        return []
    }

    /// The card edge read the card's UID, or could not.
    static func uidRead(_ state: inout KioskState, uid: String?, failure: UserMessage?) {
        guard case .coordinator(.registerIDCard(let registration)) = state.screen, registration.step == .readingCard else { return }
        let step: IDCardRegistration.Step = uid.map {
            .enterIDNumber(uid: $0, TextEntry(maxLength: 18, allowed: .idNumber), problem: nil)
        } ?? .failed(failure ?? UserMessage("card.error.uidUnavailable"))
        state.screen = .coordinator(.registerIDCard(IDCardRegistration(step: step)))
    }

    /// The store answered the registration.
    static func registered(_ state: inout KioskState, name: String?, failure: UserMessage?) {
        guard case .coordinator(.registerIDCard(let registration)) = state.screen, case .saving = registration.step else { return }
        let step: IDCardRegistration.Step = name.map { .done(name: $0) } ?? .failed(failure ?? UserMessage("store.error.writeFailed", nested: ["reason": .databaseFailure]))
        state.screen = .coordinator(.registerIDCard(IDCardRegistration(step: step)))
    }

    static func draw(_ registration: IDCardRegistration, in grid: inout Grid, area: Rect, _ context: ScreenContext) {
        let theme = context.theme
        switch registration.step {
        case .waitingForCard:
            MessageBox(title: context.text("coordinator.idcard.insert"), body: context.text("coordinator.idcard.body"),
                       kind: .info, footer: context.text("nav.backHint"))
                .draw(in: &grid, within: area, theme: theme)
        case .readingCard, .saving:
            MessageBox(title: context.text("card.reading.title"), body: context.text("card.reading.body"), kind: .info)
                .draw(in: &grid, within: area, theme: theme)
        case .enterIDNumber(_, let entry, let problem):
            grid.write(context.text("coordinator.idcard.question"), x: area.x, y: area.y, style: theme.title)
            entry.field(label: context.text("coordinator.idcard.idNumber"))
                .draw(in: &grid, rect: Rect(x: area.x, y: area.y + 2, width: min(area.width, 44), height: 1), theme: theme)
            if let problem {
                grid.write(context.text(problem), x: area.x, y: area.y + 4, style: theme.error)
            }
            grid.write(context.text("coordinator.idcard.typeHint"), x: area.x, y: area.y + 6, style: theme.hint)
        case .done(let name):
            MessageBox(title: context.text("coordinator.idcard.done", ["name": name]), body: context.text("coordinator.idcard.doneBody", ["name": name]),
                       kind: .success, footer: context.text("nav.backHint"))
                .draw(in: &grid, within: area, theme: theme)
        case .failed(let problem):
            MessageBox(title: context.text("coordinator.idcard.failed"), body: context.text(problem), kind: .error,
                       footer: context.text("nav.backHint"))
                .draw(in: &grid, within: area, theme: theme)
        }
    }
}
