import KioskDomain
import TerminalUI

/// The card-PIN stage as a state machine: put before the confirmation of business that needs the card's PIN,
/// it asks for the PIN, has the card check it, and only then shows the confirmation.
///
/// One stage for every service, so no service flow records money or standing without it.
enum CardPINStage {
    /// The step a service flow's result leads to, with the PIN stage put in front of a confirmation that needs it.
    ///
    /// A session the coordinator opened for an absent villager has no card to check: the recorded authorisation
    /// stands in for the PIN there. A resident ID card read through the GA 467 reader's SAM has no PIN and passes
    /// (`CardSessionRights`); one seen only by its UID is refused unless the configuration lets it transact.
    static func guarded(_ step: VillagerStep, _ session: VillagerSession, actor: Actor,
                        settings: KioskSettings) -> VillagerStep {
        guard case .confirming(let pending) = step,
              CardholderPINRule.needsCardPIN(pending.event, before: session.file.account) else {
            return step
        }
        if actor.proxy != nil || CardSessionRights.skipsCardPIN(session.holder, settings: settings) {
            return step
        }
        guard session.holder.cardKind == .socialSecurityCard else {
            return .cardPIN(CardPINStep(pending: pending, phase: .refused(UserMessage("cardPIN.needsSocialSecurityCard"))))
        }
        return .cardPIN(CardPINStep(pending: pending))
    }

    /// A key at the PIN stage.
    static func reduce(_ stage: CardPINStep, _ key: Key, holder: CardHolder) -> (VillagerStep, [KioskEffect]) {
        switch stage.phase {
        case .typing(var entry, let notice):
            switch entry.handle(key) {
            case .edited:
                return (.cardPIN(CardPINStep(pending: stage.pending, phase: .typing(entry, notice: notice))), [])
            case .submitted:
                guard entry.text.count == CardPINStep.emptyEntry.maxLength else { return (.cardPIN(stage), []) }
                // The digits go to the card and leave the state here.
                return (.cardPIN(CardPINStep(pending: stage.pending, phase: .verifying)),
                        [.verifyCardPIN(reader: holder.reader, pin: entry.text)])
            case .cancelled:
                return (.menu(selected: 0), [])
            case .ignored:
                return (.cardPIN(stage), [])
            }
        case .verifying:
            return (.cardPIN(stage), [])
        case .refused:
            if key == .escape || key == .character("0") || key == .enter {
                return (.menu(selected: 0), [])
            }
            return (.cardPIN(stage), [])
        }
    }

    /// The card answered: on to the confirmation, try again with the tries left shown, or refused.
    static func checked(_ state: inout KioskState, _ result: CardPINResult) {
        guard case .villager(var session) = state.screen, case .cardPIN(let stage) = session.step,
              stage.phase == .verifying else {
            return
        }
        let empty = CardPINStep.emptyEntry
        switch result {
        case .verified:
            session.step = .confirming(stage.pending)
        case .wrong(let left):
            session.step = .cardPIN(CardPINStep(pending: stage.pending,
                                                phase: .typing(empty, notice: UserMessage("cardPIN.wrong", ["left": "\(left)"]))))
        case .blocked:
            session.step = .cardPIN(CardPINStep(pending: stage.pending, phase: .refused(UserMessage("cardPIN.blocked"))))
        case .onIssuingDefault:
            session.step = .cardPIN(CardPINStep(pending: stage.pending, phase: .refused(UserMessage("cardPIN.issuingDefault"))))
        case .failed(let problem):
            session.step = .cardPIN(CardPINStep(
                pending: stage.pending, phase: .typing(empty, notice: UserMessage("cardPIN.notChecked", nested: ["reason": problem]))
            ))
        }
        state.screen = .villager(session)
        state.lastActivity = state.clock
    }

    /// Draws the stage: what it is for, the masked field and the last try's notice, or why it cannot go on.
    static func draw(_ stage: CardPINStep, in grid: inout Grid, area: Rect, _ context: ScreenContext) {
        let theme = context.theme
        let service = context.text(stage.pending.service.labelKey)
        switch stage.phase {
        case .typing(let entry, let notice):
            let intro = TextLayout.wrap(context.text("cardPIN.body", ["service": service]), width: area.width)
            for (offset, line) in intro.prefix(3).enumerated() {
                grid.write(line, x: area.x, y: area.y + offset, style: theme.text)
            }
            entry.field(label: context.text("cardPIN.field"), masked: true)
                .draw(in: &grid, rect: Rect(x: area.x, y: area.y + 4, width: min(area.width, 40), height: 1), theme: theme)
            if let notice {
                grid.write(TextLayout.truncate(context.text(notice), width: area.width), x: area.x, y: area.y + 6,
                           style: theme.error)
            }
            grid.write(TextLayout.truncate(context.text("cardPIN.privacy"), width: area.width), x: area.x, y: area.y + 8,
                       style: theme.hint)
            if context.state.settings.isDemo {
                grid.write(TextLayout.truncate(DemoPINLine.text(context), width: area.width), x: area.x, y: area.y + 10,
                           style: theme.hint)
            }
        case .verifying:
            MessageBox(title: context.text("cardPIN.verifying"), body: context.text("card.reading.body"), kind: .info)
                .draw(in: &grid, within: area, theme: theme)
        case .refused(let problem):
            MessageBox(title: context.text("cardPIN.refused", ["service": service]), body: context.text(problem),
                       kind: .warning, footer: context.text("villager.refused.footer"))
                .draw(in: &grid, within: area, theme: theme)
        }
    }
}
