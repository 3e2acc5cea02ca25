import KioskDomain
import TerminalUI

/// Keys and drawing of the coordinator's job registration: type an answer, Enter takes it (or says why not, keeping
/// what was typed); Esc, or Backspace on an empty field, goes back one question, and from the first back to the
/// employment menu. On the summary Enter saves (`.registerJob`) when the posting passes its rules, 0 or Esc goes back to
/// the last question.
enum JobRegistrationFlow {
    /// What a key does: the form afterwards (nil to leave it for the menu) and the effects.
    static func reduce(_ form: JobRegistrationForm, _ key: Key, today: CivilDate, actor: Actor)
        -> (form: JobRegistrationForm?, effects: [KioskEffect]) {
        var form = form
        form.problem = nil
        guard let field = form.field else {
            switch key {
            case .enter:
                guard let job = form.posting(today: today) else { return (form.asking(form.previous(before: nil)), []) }
                if let first = job.problems.first {
                    form.problem = first.userMessage
                    return (form, [])
                }
                return (form, [.registerJob(job, actor: actor)])
            case .escape, .character("0"), .backspace:
                return (form.asking(form.previous(before: nil)), [])
            default:
                return (form, [])
            }
        }
        var entry = form.entry
        switch entry.handle(key) {
        case .edited:
            form.entry = entry
        case .submitted:
            form.entry = entry
            if let problem = JobRegistrationForm.problem(field, entry.text, today: today) {
                form.problem = problem
                return (form, [])
            }
            form.answers[field] = entry.text.trimmingCharacters(in: .whitespaces)
            if field == .sex, JobRegistrationForm.sex(form.answers[.sex]) == nil { form.answers[.sexGround] = nil }
            return (form.asking(form.next(after: field)), [])
        case .cancelled:
            guard let previous = form.previous(before: field) else { return (nil, []) }
            return (form.asking(previous), [])
        case .ignored:
            break
        }
        return (form, [])
    }

    static func draw(_ form: JobRegistrationForm, in grid: inout Grid, area: Rect, _ context: ScreenContext) {
        let theme = context.theme
        guard let field = form.field else {
            drawSummary(form, in: &grid, area: area, context)
            return
        }
        let all = JobRegistrationForm.Field.allCases
        let number = (all.firstIndex(of: field) ?? 0) + 1
        var y = area.y
        grid.write(context.text("employment.jobForm.progress", ["number": "\(number)", "count": "\(all.count)"]), x: area.x, y: y,
                   style: theme.hint, maxWidth: area.width)
        y += 1
        for line in TextLayout.wrap(context.text(field.labelKey), width: area.width) {
            grid.write(line, x: area.x, y: y, style: theme.title)
            y += 1
        }
        for line in TextLayout.wrap(context.text(field.noteKey), width: area.width) where y < area.maxY - 4 {
            grid.write(line, x: area.x, y: y, style: theme.text)
            y += 1
        }
        y += 1
        form.entry.field(label: context.text(field.labelKey)).draw(in: &grid, rect: Rect(x: area.x, y: y, width: min(area.width, 60),
                                                                                          height: 1), theme: theme)
        y += 2
        if let problem = form.problem {
            grid.write(context.text(problem), x: area.x, y: y, style: theme.error, maxWidth: area.width)
        }
        grid.write(context.text("employment.jobForm.howTo"), x: area.x, y: area.maxY - 1, style: theme.hint, maxWidth: area.width)
    }

    /// Every answer on one screen, the posting's first problem if any, and how to save.
    static func drawSummary(_ form: JobRegistrationForm, in grid: inout Grid, area: Rect, _ context: ScreenContext) {
        let theme = context.theme
        func answer(_ field: JobRegistrationForm.Field) -> String {
            let text = form.answers[field] ?? ""
            switch field {
            case .place: return Int(text).flatMap(PlaceOfWork.init(rawValue:)).map { context.text($0.messageKey) } ?? text
            case .industry: return IndustrySection(rawValue: text.uppercased()).map { text.uppercased() + " " + context.text($0.messageKey) } ?? text
            case .sex: return context.text(JobRegistrationForm.sex(text).map(\.messageKey) ?? "employment.jobForm.sex.none")
            case .source: return context.text(text == "2" ? "employment.jobForm.source.upperOffice" : "employment.jobForm.source.localEmployer")
            default: return text.isEmpty ? "—" : text
            }
        }
        let shown: [(JobRegistrationForm.Field, JobRegistrationForm.Field?)] = [
            (.employer, .creditCode), (.title, .occupation), (.industry, nil), (.place, .headcount), (.wageMin, .wageMax),
            (.ageMin, .ageMax), (.sex, .sexGround), (.contact, .source), (.validUntil, nil),
        ]
        var y = area.y
        grid.write(context.text("employment.jobForm.summary"), x: area.x, y: y, style: theme.title, maxWidth: area.width)
        y += 1
        for (left, right) in shown where y < area.maxY - 3 {
            var line = context.text(left.labelKey) + "：" + answer(left)
            if let right { line += "    " + context.text(right.labelKey) + "：" + answer(right) }
            grid.write(TextLayout.truncate(line, width: area.width), x: area.x, y: y, style: theme.text)
            y += 1
        }
        if let problem = form.problem {
            grid.write(context.text(problem), x: area.x, y: area.maxY - 2, style: theme.error, maxWidth: area.width)
        }
        grid.write(context.text("employment.jobForm.save"), x: area.x, y: area.maxY - 1, style: theme.hint, maxWidth: area.width)
    }
}
