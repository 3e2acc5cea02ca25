import KioskDomain
import TerminalUI

extension EnrolmentFlow {
    public func draw(in grid: inout Grid, area: Rect, _ context: ScreenContext, _ file: VillagerFile) {
        switch step {
        case .phone(let entry, let errorKey):
            QuestionScreen.entry(
                question: context.text("enrolment.phone.question"), notes: [context.text("enrolment.phone.note")],
                field: entry.field(label: context.text("enrolment.phone.label")), errorText: errorKey.map { context.text($0) },
                howTo: context.text("enrolment.entry.howTo"), in: &grid, area: area, context)
        case .address(let entry, let errorKey):
            let notes = file.person.address.isEmpty ? [] : [context.text("enrolment.address.prefilled")]
            QuestionScreen.entry(
                question: context.text("enrolment.address.question"), notes: notes,
                field: entry.field(label: context.text("enrolment.address.label")), errorText: errorKey.map { context.text($0) },
                howTo: context.text("enrolment.entry.howTo"), in: &grid, area: area, context)
        case .tier(let choice):
            let y = QuestionScreen.paragraph(context.text("enrolment.tier.question"), in: &grid, area: area, y: area.y,
                                             style: context.theme.title)
            choice.draw(in: &grid, x: area.x, y: y, width: area.width, context)
        case .withholdingOffer(let selected):
            let amount = Money.yuan(tier?.yuan ?? 0).yuanText
            QuestionScreen.choice(
                question: context.text("enrolment.withholding.question"),
                notes: [context.text("enrolment.withholding.note", ["amount": amount])],
                items: [MenuItem(key: "1", label: context.text("enrolment.withholding.sign")),
                        MenuItem(key: "2", label: context.text("enrolment.withholding.none"))],
                selected: selected, in: &grid, area: area, context)
        case .account(let entry):
            entry.draw(in: &grid, area: area, leadKey: "enrolment.sign.lead", context)
        case .consent(let selected):
            let agreement = context.text("enrolment.consent.statement", [
                "name": file.person.name, "bank": bankName(context),
                "account": BankAccount(bank: "", accountNumber: accountNumber).masked,
                "amount": Money.yuan(tier?.yuan ?? 0).yuanText,
            ])
            QuestionScreen.choice(
                question: agreement, notes: [context.text("enrolment.consent.note")],
                items: [MenuItem(key: "1", label: context.text("enrolment.consent.agree")),
                        MenuItem(key: "2", label: context.text("enrolment.consent.decline"))],
                selected: selected, in: &grid, area: area, context)
        case .backPaymentNotice(let plan):
            var y = QuestionScreen.paragraph(context.text("enrolment.backPayment.explanation", ["age": "\(file.policy.pensionAge)"]),
                                             in: &grid, area: area, y: area.y, style: context.theme.title)
            y += 1
            let rows: [PendingRecord.Line] = [
                .init("enrolment.backPayment.required", .years(plan.requiredYears)),
                .init("enrolment.backPayment.paid", .years(plan.paidYears)),
                .init("enrolment.backPayment.remaining", .years(plan.remainingRegularYears)),
                .init("enrolment.backPayment.short", .years(plan.shortYears), keyFigure: true),
                .init("enrolment.backPayment.amount", .money(plan.amountAtLowestTier), keyFigure: true),
            ]
            InfoRows.draw(rows, in: &grid, area: Rect(x: area.x, y: y, width: area.width, height: rows.count), context)
            QuestionScreen.paragraph(context.text("enrolment.backPayment.how"), in: &grid, area: area, y: y + rows.count + 1,
                                     style: context.theme.text)
            let menu = [MenuItem(key: "1", label: context.text("enrolment.backPayment.continue")),
                        MenuItem(key: "0", label: context.text("nav.back"))]
            context.drawMenu(menu, selected: nil, rect: Rect(x: area.x, y: area.maxY - 2, width: area.width, height: 2), in: &grid)
        }
    }

    private func bankName(_ context: ScreenContext) -> String {
        bank.map { context.text($0.messageKey) } ?? ""
    }
}
