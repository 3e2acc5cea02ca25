import TerminalUI

/// The screen after a card was read: greets the holder by name, ID number masked, while the
/// kiosk looks up what it knows of them.
enum IdentifiedScreen {
    static func draw(_ holder: CardHolder, in grid: inout Grid, _ context: ScreenContext) {
        let theme = context.theme
        context.drawTitleBar(in: &grid, titleKey: "identified.title")
        grid.write(context.text("identified.greeting", ["name": holder.name]), x: 2, y: 2, style: theme.title)
        let kindKey = holder.cardKind == .socialSecurityCard ? "card.kind.socialSecurity" : "card.kind.residentID"
        let rows = [
            (context.text("identified.idNumber"), holder.maskedIDNumber),
            (context.text("identified.card"), context.text(kindKey)),
        ]
        for (offset, row) in rows.enumerated() {
            grid.write(row.0, x: 4, y: 4 + offset, style: theme.subtitle)
            grid.write(row.1, x: 20, y: 4 + offset, style: theme.text)
        }
        context.drawCentred(context.text("identified.lookingUp"), row: 8, in: &grid, style: theme.hint)
        context.drawCentred(context.text("identified.pullCardToEnd"), row: grid.height - 3, in: &grid, style: theme.hint)
        context.drawStatusLine(in: &grid)
    }
}
