import KioskDomain
import TerminalUI

/// Drawing of the villager's employment services.
extension EmploymentServiceFlow {
    public func draw(in grid: inout Grid, area: Rect, _ context: ScreenContext, _ file: VillagerFile) {
        let problemText = problem.map { context.text($0) }
        switch step {
        case .menu(let selected):
            let registered = file.employment.profile != nil
            let items = Choice.allCases.enumerated().map { index, choice in
                let key = choice == .wishes && registered ? "employment.villager.menu.change" : "employment.villager.menu.\(choice.rawValue)"
                return MenuItem(key: "\(index + 1)", label: context.text(key))
            }
            let lead = registered ? "employment.villager.lead.registered" : "employment.villager.lead.new"
            QuestionScreen.choice(question: context.text(lead), items: items, selected: selected, in: &grid, area: area, context)
        case .status(let selected):
            let items = JobSeekerDraft.statuses.enumerated().map { MenuItem(key: "\($0.offset + 1)", label: context.text($0.element.messageKey)) }
            QuestionScreen.choice(question: context.text("employment.villager.status.question"), items: items, selected: selected,
                                  in: &grid, area: area, context)
        case .occupation(let selected):
            let y = QuestionScreen.paragraph(context.text("employment.villager.occupation.question"), in: &grid, area: area,
                                             y: area.y, style: context.theme.title)
            PagedMenu.draw(Self.occupations.map { context.text($0?.messageKey ?? "employment.villager.any") }, selected: selected,
                           in: &grid, x: area.x, top: y + 1, width: area.width, context)
        case .industry(let selected):
            let y = QuestionScreen.paragraph(context.text("employment.villager.industry.question"), in: &grid, area: area,
                                             y: area.y, style: context.theme.title)
            PagedMenu.draw(Self.industries.map { context.text($0?.messageKey ?? "employment.villager.any") }, selected: selected,
                           in: &grid, x: area.x, top: y + 1, width: area.width, context)
        case .place(let selected):
            let items = PlaceOfWork.allCases.enumerated().map { MenuItem(key: "\($0.offset + 1)", label: context.text($0.element.messageKey)) }
            QuestionScreen.choice(question: context.text("employment.villager.place.question"),
                                  notes: [context.text("employment.villager.place.note")], items: items, selected: selected,
                                  in: &grid, area: area, context)
        case .wage(let entry):
            QuestionScreen.entry(question: context.text("employment.villager.wage.question"),
                                 notes: [context.text("employment.villager.optional")],
                                 field: entry.field(label: context.text("employment.villager.wage.label")), errorText: problemText,
                                 howTo: context.text("employment.villager.entry.howTo"), in: &grid, area: area, context)
        case .trade(let entry):
            QuestionScreen.entry(question: context.text("employment.villager.trade.question"),
                                 notes: [context.text("employment.villager.optional")],
                                 field: entry.field(label: context.text("employment.villager.trade.label")), errorText: problemText,
                                 howTo: context.text("employment.villager.entry.howTo"), in: &grid, area: area, context)
        case .trainingTrade(let entry):
            let trades = file.employment.trainingTrades
            let notes = trades.isEmpty ? [] : [context.text("employment.villager.training.current", ["trades": trades.joined(separator: "、")])]
            QuestionScreen.entry(question: context.text("employment.villager.training.question"), notes: notes,
                                 field: entry.field(label: context.text("employment.villager.trade.label")), errorText: problemText,
                                 howTo: context.text("employment.villager.entry.howTo"), in: &grid, area: area, context)
        case .matches:
            Self.drawMatches(file.employment, today: file.today, in: &grid, area: area, context)
        }
    }

    /// The person's matched jobs, the job on one line and its reasons in the person's language under it, or why there are
    /// none: not registered, the profile incomplete with what is missing, or no job passing the filters today.
    static func drawMatches(_ employment: VillagerEmployment, today: CivilDate, in grid: inout Grid, area: Rect,
                            _ context: ScreenContext) {
        let theme = context.theme
        guard let profile = employment.profile else {
            QuestionScreen.paragraph(context.text("employment.villager.matches.notRegistered"), in: &grid, area: area, y: area.y,
                                     style: theme.warning)
            return
        }
        let gaps = profile.gaps
        guard gaps.isEmpty else {
            var y = QuestionScreen.paragraph(context.text("employment.match.profileIncomplete"), in: &grid, area: area, y: area.y,
                                             style: theme.warning)
            for gap in gaps {
                y = QuestionScreen.paragraph(context.text("employment.villager.matches.missing", ["what": context.text(gap.messageKey)]),
                                             in: &grid, area: area, y: y, style: theme.text)
            }
            QuestionScreen.paragraph(context.text("employment.villager.matches.fillIn"), in: &grid, area: area, y: y + 1, style: theme.hint)
            return
        }
        var y = QuestionScreen.paragraph(context.text("employment.villager.matches.lead", ["day": today.iso,
                                                                                           "count": "\(employment.matches.count)"]),
                                         in: &grid, area: area, y: area.y, style: theme.title)
        let separator = context.text("employment.reason.separator")
        for (index, matched) in employment.matches.enumerated() where y + 1 < area.maxY {
            let job = matched.job
            grid.write(TextLayout.truncate(context.text("employment.villager.matches.job", [
                "number": "\(index + 1)", "title": job.title, "employer": job.employer, "contact": job.contact,
            ]), width: area.width), x: area.x, y: y, style: theme.text)
            y += 1
            let reasons = matched.match.reasons.map { context.text($0.userMessage) }.joined(separator: separator)
            for line in TextLayout.wrap(reasons, width: area.width - 3).prefix(3) where y < area.maxY {
                grid.write(line, x: area.x + 3, y: y, style: theme.hint)
                y += 1
            }
        }
        if employment.matches.count < MonthlyMatching.requiredMatches, y < area.maxY {
            let text = employment.matches.isEmpty ? context.text("employment.villager.matches.none")
                : context.text(UserMessage("employment.match.tooFew", ["count": "\(employment.matches.count)"]))
            QuestionScreen.paragraph(text, in: &grid, area: area, y: y, style: theme.warning)
        }
    }
}
