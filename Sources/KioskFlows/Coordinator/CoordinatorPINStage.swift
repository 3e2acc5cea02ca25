import KioskDomain
import TerminalUI

/// The coordinator's PIN asked again before a death report, a cancellation or a home-visit certification is
/// recorded in coordinator mode, as one stage for all three: checked by the store as at the login (the same count of
/// wrong PINs and the same escalating lock); a wrong PIN records nothing and shows the tries left, a lock ends the
/// coordinator's session.
enum CoordinatorPINStage {
    /// Puts the stage between a confirmed act and its recording when a coordinator is logged in: the screen becomes
    /// the stage and nothing is sent yet. Without a coordinator (a villager cancelling on their own card, already
    /// checked by the card's PIN) the act goes on to `recording` with its `effects` at once.
    static func guarded(_ state: inout KioskState, _ act: RecheckedAct, confirmation: Screen, recording: Screen,
                        effects: [KioskEffect]) -> [KioskEffect] {
        guard state.coordinator != nil else {
            state.screen = recording
            return effects
        }
        state.screen = .coordinatorPINRecheck(CoordinatorPINRecheck(act: act, confirmation: confirmation,
                                                                    recording: recording, effects: effects))
        return []
    }

    /// A key at the stage.
    static func reduce(_ state: inout KioskState, _ stage: CoordinatorPINRecheck, _ key: Key) -> [KioskEffect] {
        var stage = stage
        switch stage.phase {
        case .typing(var entry, let notice):
            switch entry.handle(key) {
            case .edited:
                stage.phase = .typing(entry, notice: notice)
            case .submitted:
                guard entry.text.count == CoordinatorLogin.pinLength, let coordinator = state.coordinator else { return [] }
                // The digits go to the store and leave the state here.
                stage.phase = .verifying
                state.screen = .coordinatorPINRecheck(stage)
                return [.verifyCoordinatorPIN(cardNumber: coordinator.cardNumber, pin: entry.text)]
            case .cancelled:
                state.screen = stage.confirmation
                return []
            case .ignored:
                return []
            }
        case .verifying:
            return []
        case .refused:
            guard key == .escape || key == .character("0") || key == .enter else { return [] }
            state.screen = stage.confirmation
            return []
        }
        state.screen = .coordinatorPINRecheck(stage)
        return []
    }

    /// The store answered: the act is recorded, the PIN is asked again with the tries left, or the lock ends the
    /// session. An answer arriving when the stage is no longer waiting for one is dropped.
    static func checked(_ state: inout KioskState, _ check: PINCheck) -> [KioskEffect] {
        guard case .coordinatorPINRecheck(var stage) = state.screen, stage.phase == .verifying else { return [] }
        state.lastActivity = state.clock
        switch check {
        case .accepted:
            state.screen = stage.recording
            return stage.effects
        case .rejected:
            stage.phase = .typing(CoordinatorPINRecheck.emptyEntry, notice: check)
        case .locked(let until):
            // Locked: nothing is recorded and the coordinator is logged out, told why as at the login.
            state.logOut()
            state.screen = .coordinatorLogin(CoordinatorLogin(step: .refused(UserMessage("coordinator.error.locked",
                                                                                          ["time": until]))))
            state.lastActivity = state.clock
            return []
        case .refused(let problem):
            stage.phase = .refused(problem)
        }
        state.screen = .coordinatorPINRecheck(stage)
        return []
    }

    /// Draws the stage: which act waits, the masked field, the last try's notice, or why the PIN was not checked.
    static func draw(_ stage: CoordinatorPINRecheck, in grid: inout Grid, _ context: ScreenContext) {
        let theme = context.theme
        context.drawTitleBar(in: &grid, titleKey: "coordinatorRecheck.title")
        if let coordinator = context.state.coordinator {
            grid.write(context.text("coordinator.header", ["name": coordinator.name, "id": coordinator.id]),
                       x: 2, y: 1, style: theme.subtitle)
        }
        let area = Rect(x: 2, y: 3, width: grid.width - 4, height: grid.height - 7)
        let act = context.text(stage.act.messageKey)
        switch stage.phase {
        case .typing(let entry, let notice):
            let intro = TextLayout.wrap(context.text("coordinatorRecheck.body", ["act": act]), width: area.width)
            for (offset, line) in intro.prefix(2).enumerated() {
                grid.write(line, x: area.x, y: area.y + offset, style: theme.text)
            }
            entry.field(label: context.text("coordinator.login.pin"), masked: true)
                .draw(in: &grid, rect: Rect(x: area.x, y: area.y + 3, width: min(area.width, 40), height: 1), theme: theme)
            if case .rejected(let left) = notice {
                grid.write(TextLayout.truncate(context.text("coordinatorRecheck.wrongPIN", ["left": "\(left)"]),
                                               width: area.width), x: area.x, y: area.y + 5, style: theme.error)
            }
            grid.write(TextLayout.truncate(context.text("cardPIN.privacy"), width: area.width), x: area.x, y: area.y + 7,
                       style: theme.hint)
            if context.state.settings.isDemo {
                grid.write(TextLayout.truncate(context.text("demo.coordinatorPIN"), width: area.width), x: area.x,
                           y: area.y + 9, style: theme.hint)
            }
        case .verifying:
            MessageBox(title: context.text("coordinatorRecheck.checking"), body: context.text("coordinatorRecheck.notYet",
                                                                                              ["act": act]), kind: .info)
                .draw(in: &grid, within: area, theme: theme)
        case .refused(let problem):
            MessageBox(title: context.text("coordinatorRecheck.refused", ["act": act]), body: context.text(problem),
                       kind: .warning, footer: context.text("coordinatorRecheck.backToConfirmation"))
                .draw(in: &grid, within: area, theme: theme)
        }
        let hint = if case .typing = stage.phase { "coordinator.login.pinHint" } else { "nav.backHint" }
        context.drawCentred(context.text(hint), row: grid.height - 3, in: &grid, style: theme.hint)
        if let remaining = SessionTimeout.secondsLeft(context.state), remaining <= KioskSettings.timeoutWarningSeconds {
            context.drawCentred(context.text("session.countdown", ["seconds": "\(remaining)"]), row: grid.height - 2,
                                in: &grid, style: theme.warning)
        }
        context.drawStatusLine(in: &grid)
    }
}
