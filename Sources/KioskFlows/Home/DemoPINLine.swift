/// `演示卡密码：F3 135790 F4 123456 …`: the demo cards' PINs, under the demo's key line and on the PIN screen.
enum DemoPINLine {
    /// The line, or an empty string when no demo card has a PIN.
    static func text(_ context: ScreenContext) -> String {
        let settings = context.state.settings
        let pins = settings.demoCardPINs.prefix(KioskSettings.demoCardKeyCount).enumerated().compactMap { index, pin in
            pin.isEmpty ? nil : "F\(KioskSettings.firstDemoCardKey + index) \(pin)"
        }
        guard !pins.isEmpty else { return "" }
        return context.text("demo.pinsLead") + pins.joined(separator: " ")
    }
}
