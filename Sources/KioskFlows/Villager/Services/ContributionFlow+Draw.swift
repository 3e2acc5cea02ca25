import KioskDomain
import TerminalUI

extension ContributionFlow {
    public func draw(in grid: inout Grid, area: Rect, _ context: ScreenContext, _ file: VillagerFile) {
        switch step {
        case .tier(let choice):
            var y = area.y
            if let window = file.policy.contributionWindow.bounds(in: file.today.year) {
                y = QuestionScreen.paragraph(
                    context.text("contribution.tier.window", ["year": "\(file.today.year)", "opens": window.first.iso,
                                                              "closes": window.last.iso]),
                    in: &grid, area: area, y: y, style: context.theme.text)
            }
            if !includeCurrentYear {
                y = QuestionScreen.paragraph(context.text("contribution.tier.backPaymentOnly"), in: &grid, area: area, y: y,
                                             style: context.theme.warning)
            }
            y = QuestionScreen.paragraph(context.text("contribution.tier.question"), in: &grid, area: area, y: y,
                                         style: context.theme.title)
            choice.draw(in: &grid, x: area.x, y: y, width: area.width, context)
        case .channel(let selected):
            var items = Self.channels(file).enumerated().map { index, channel in
                MenuItem(key: "\(index + 1)", label: channelLabel(channel, file, context))
            }
            if Self.offersSigning(file) {
                items.append(MenuItem(key: "\(items.count + 1)", label: context.text("contribution.channel.signWithholding")))
            }
            var notes = [context.text("contribution.channel.amounts", [
                "personal": Money.yuan(tier.yuan).yuanText, "subsidy": Money.yuan(tier.subsidyYuan).yuanText,
            ])]
            if file.account.withholding == nil {
                notes.append(context.text("contribution.channel.noAgreement"))
            }
            QuestionScreen.choice(question: context.text("contribution.channel.question"), notes: notes, items: items,
                                  selected: selected, in: &grid, area: area, context)
        case .backPayment(let years):
            drawBackPayment(years: years, in: &grid, area: area, context, file)
        case .signWithholding(let entry):
            entry.draw(in: &grid, area: area, leadKey: "contribution.sign.lead", context)
        case .withholdingConsent(let bank, let account, let selected):
            let agreement = context.text("enrolment.consent.statement", [
                "name": file.person.name, "bank": context.text(bank.messageKey), "account": account.masked,
                "amount": Money.yuan(tier.yuan).yuanText,
            ])
            QuestionScreen.choice(
                question: agreement, notes: [context.text("enrolment.consent.note")],
                items: [MenuItem(key: "1", label: context.text("enrolment.consent.agree")),
                        MenuItem(key: "2", label: context.text("enrolment.consent.decline"))],
                selected: selected, in: &grid, area: area, context)
        }
    }

    private func channelLabel(_ channel: PaymentChannel, _ file: VillagerFile, _ context: ScreenContext) -> String {
        switch channel {
        case .bankWithholding:
            let agreement = file.account.withholding
            return context.text("contribution.channel.withholdingChoice", [
                "bank": agreement?.bank ?? "", "account": agreement?.masked ?? "",
            ])
        case .taxOffice:
            return context.text("contribution.channel.taxOfficeChoice")
        }
    }

    private func drawBackPayment(years: Int, in grid: inout Grid, area: Rect, _ context: ScreenContext, _ file: VillagerFile) {
        let plan = BackPaymentPlan.assess(person: file.person, history: file.history, policy: file.policy, on: file.today)
        var y = QuestionScreen.paragraph(
            context.text("contribution.backPayment.offer", [
                "required": "\(plan.requiredYears)", "paid": "\(plan.paidYears)", "short": "\(plan.shortYears)",
                "maximum": "\(backPaymentAllowed)",
            ]), in: &grid, area: area, y: area.y, style: context.theme.title)
        y += 1
        let paidYears = Self.backPaidYears(file, count: years).sorted()
        let span = paidYears.isEmpty ? context.text("contribution.backPayment.noYears")
            : paidYears.count == 1 ? "\(paidYears[0])" : "\(paidYears[0])–\(paidYears[paidYears.count - 1])"
        let rows: [PendingRecord.Line] = [
            .init("contribution.backPayment.count", .years(years), keyFigure: true),
            .init("contribution.backPayment.years", .text(span)),
            .init("contribution.backPayment.perYear", .money(.yuan(tier.yuan))),
            .init("contribution.backPayment.subsidy", .money(.yuan(file.policy.backPayment.subsidyYuanPerYear))),
            .init("contribution.backPayment.amount", .money(.yuan(tier.yuan) * years), keyFigure: true),
        ]
        InfoRows.draw(rows, in: &grid, area: Rect(x: area.x, y: y, width: area.width, height: rows.count), context)
        y += rows.count + 1
        QuestionScreen.paragraph(context.text(includeCurrentYear ? "contribution.backPayment.howTo" : "contribution.backPayment.howToOnly"),
                                 in: &grid, area: area, y: y, style: context.theme.hint)
    }
}
