import KioskDomain
import TerminalUI

/// Drawing of acting for an absent villager.
extension AbsentVillagerFlow {
    static func draw(_ form: AbsentVillagerForm, in grid: inout Grid, area: Rect, _ context: ScreenContext) {
        let theme = context.theme
        var body = area
        if let person = form.file?.person {
            grid.write(context.text("coordinator.absent.for", ["who": WorkScreen.who(person)]), x: area.x, y: area.y,
                       style: theme.subtitle, maxWidth: area.width)
            body = Rect(x: area.x, y: area.y + 2, width: area.width, height: area.height - 2)
        }
        switch form.step {
        case .idNumber(let entry, let notice):
            WorkScreen.drawEntry(entry, questionKey: "coordinator.absent.id.question", fieldKey: "coordinator.absent.id.field",
                                 notice: notice, in: &grid, area: body, context)
        case .finding:
            WorkScreen.drawLoading(in: &grid, area: body, context)
        case .stored(let selected):
            grid.write(context.text("coordinator.absent.stored.lead", ["count": "\(form.stored.count)"]), x: body.x, y: body.y,
                       style: theme.title, maxWidth: body.width)
            let labels = form.stored.map { storedLine($0, context) } + [context.text("coordinator.absent.stored.new")]
            PagedMenu.draw(labels, selected: selected, in: &grid, x: body.x, top: body.y + 2, width: body.width, context)
        case .kind(let selected):
            menu("coordinator.absent.kind.question", ProxyKind.allCases.map(\.messageKey), selected, in: &grid, body, context)
        case .proxyName(let entry):
            WorkScreen.drawEntry(entry, questionKey: "coordinator.absent.name.question", fieldKey: "coordinator.absent.name.field",
                                 notice: nil, in: &grid, area: body, context,
                                 questionArguments: ["kind": context.text(form.draft.kind.messageKey)])
        case .relationship(let selected):
            menu("coordinator.absent.relationship.question", ProxyRelationship.allCases.map(\.messageKey), selected,
                 in: &grid, body, context, ["name": form.draft.name])
        case .proxyID(let entry, let notice):
            WorkScreen.drawEntry(entry, questionKey: "coordinator.absent.proxyID.question",
                                 fieldKey: "coordinator.absent.id.field", notice: notice, in: &grid, area: body, context,
                                 questionArguments: ["name": form.draft.name])
        case .scope(let selected):
            grid.write(context.text("coordinator.absent.scope.question"), x: body.x, y: body.y, style: theme.title,
                       maxWidth: body.width)
            let items = ProxyDraft.services.enumerated().map { index, service in
                MenuItem(key: "\(index + 1)", label: (form.draft.scope.contains(service) ? "[x] " : "[ ] ")
                         + context.text(service.messageKey))
            }
            NumberedMenu(items: items, selected: selected)
                .draw(in: &grid, rect: Rect(x: body.x, y: body.y + 2, width: body.width, height: items.count), theme: theme)
        case .expiry(let entry, let notice):
            WorkScreen.drawEntry(entry, questionKey: "coordinator.absent.expiry.question",
                                 fieldKey: "coordinator.absent.expiry.field", notice: notice, in: &grid, area: body, context)
        case .consentForm(let entry, let notice):
            WorkScreen.drawEntry(entry, questionKey: "acts.consent.form.question", fieldKey: "acts.consent.form.field",
                                 notice: notice, in: &grid, area: body, context)
        case .consent:
            WorkScreen.drawRows(consentLines(form, context), in: &grid,
                          area: Rect(x: body.x, y: body.y, width: body.width, height: body.height - 3), context)
            WorkScreen.drawActions([("1", "coordinator.absent.consent.yes"), ("0", "nav.back")], in: &grid, x: body.x,
                                   y: body.y + body.height - 2, width: body.width, context)
        case .recording:
            WorkScreen.drawRecording(in: &grid, area: body, context)
        case .failed(let notice):
            WorkScreen.drawFailure(notice, in: &grid, area: body, context)
        }
    }

    /// One stored authorisation as the list shows it: who, how related, the masked ID, what it covers and until when.
    static func storedLine(_ authorisation: ProxyAuthorisation, _ context: ScreenContext) -> String {
        let relationship = ProxyRelationship(rawValue: authorisation.relationship).map { context.text($0.messageKey) }
            ?? authorisation.relationship
        let scope = ProxyDraft.services.filter(authorisation.scope.contains).map { context.text($0.messageKey) }
        return context.text("coordinator.absent.stored.line", [
            "name": authorisation.proxyName, "relationship": relationship, "id": authorisation.proxyIDNumber.masked,
            "scope": scope.joined(separator: "、"), "date": authorisation.expiresOn.iso,
        ])
    }

    /// What the authorisation says, with the consent to confirm.
    static func consentLines(_ form: AbsentVillagerForm, _ context: ScreenContext) -> [PendingRecord.Line] {
        let draft = form.draft
        var rows: [PendingRecord.Line] = [
            .init("coordinator.absent.consent.kind", .message(draft.kind.messageKey), keyFigure: true),
            .init("coordinator.absent.consent.proxy", .text(draft.name)),
            .init("coordinator.absent.consent.relationship", .message(draft.relationship.messageKey)),
            .init("coordinator.absent.consent.proxyID", .text(draft.idNumber?.masked ?? "")),
        ]
        let today = context.state.clock.civilDate
        if draft.kind == .authorisedProxy {
            let scope = ProxyDraft.services.filter(draft.scope.contains).map { context.text($0.messageKey) }
            rows.append(.init("coordinator.absent.consent.scope", .text(scope.joined(separator: "、"))))
            rows.append(.init("coordinator.absent.consent.valid", .text("\(today.iso) – \(draft.expiresOn?.iso ?? "")")))
        } else {
            rows.append(.init("coordinator.absent.consent.valid", .text(today.iso)))
        }
        if case .signedForm(let number)? = draft.consent {
            rows.append(.init("acts.consent.form.confirm", .text(number)))
        }
        rows.append(.init("coordinator.absent.consent.note"))
        return rows
    }

    private static func menu(_ questionKey: String, _ labelKeys: [String], _ selected: Int, in grid: inout Grid, _ area: Rect,
                             _ context: ScreenContext, _ arguments: [String: String] = [:]) {
        grid.write(context.text(questionKey, arguments), x: area.x, y: area.y, style: context.theme.title, maxWidth: area.width)
        let items = labelKeys.enumerated().map { MenuItem(key: "\($0.offset + 1)", label: context.text($0.element)) }
        NumberedMenu(items: items, selected: selected)
            .draw(in: &grid, rect: Rect(x: area.x, y: area.y + 2, width: area.width, height: items.count), theme: context.theme)
    }
}
