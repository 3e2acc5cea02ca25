import Foundation

/// What a kiosk is told at start and that does not change while it runs.
public struct KioskSettings: Sendable, Equatable {
    /// The village shown in the status line, e.g. `城厢镇龙合村`.
    public var villageName: String
    /// Whether this is the demo, which offers keys that insert and remove demo cards.
    public var isDemo: Bool
    /// Labels of the demo cards that F3, F4, ... insert, in order (demo only).
    public var demoCardLabels: [String]
    /// The card PINs of the demo cards F3, F4, ... insert, in the same order; empty for a card without one (demo only).
    public var demoCardPINs: [String] = []
    /// Whether every session starts in elderly mode (terminals where mostly elderly people come).
    public var startsInElderlyMode: Bool
    /// Seconds without a key before a villager's session ends (60 by default).
    public var sessionTimeoutSeconds: Int
    /// The same in elderly mode (180 by default).
    public var elderlySessionTimeoutSeconds: Int
    /// Seconds without a key before a coordinator is logged out (45 by default: sooner than a villager).
    public var coordinatorTimeoutSeconds: Int
    /// Seconds after login when a coordinator is logged out even while busy (30 minutes by default; assumed).
    public var coordinatorSessionLimitSeconds = 30 * 60
    /// Whether a receipt printer is configured.
    public var hasPrinter: Bool
    /// The village's time zone, for times printed on receipts.
    public var timeZone: TimeZone
    /// Whether a resident ID card seen only by its UID may do business that moves money or standing (off by
    /// default: a UID is cloned easily; `CardSessionRights`).
    public var uidCardsMayTransact = false

    /// Seconds before the end of a session when the countdown appears.
    public static let timeoutWarningSeconds = 20

    /// Settings for one kiosk.
    public init(
        villageName: String, isDemo: Bool = false, demoCardLabels: [String] = [], startsInElderlyMode: Bool = false,
        sessionTimeoutSeconds: Int = 60, elderlySessionTimeoutSeconds: Int = 180, coordinatorTimeoutSeconds: Int = 45,
        hasPrinter: Bool = false,
        timeZone: TimeZone = TimeZone(identifier: "Asia/Shanghai") ?? .current
    ) {
        self.timeZone = timeZone
        self.villageName = villageName
        self.isDemo = isDemo
        self.demoCardLabels = demoCardLabels
        self.startsInElderlyMode = startsInElderlyMode
        self.sessionTimeoutSeconds = sessionTimeoutSeconds
        self.elderlySessionTimeoutSeconds = elderlySessionTimeoutSeconds
        self.coordinatorTimeoutSeconds = coordinatorTimeoutSeconds
        self.hasPrinter = hasPrinter
    }

    /// The first function key that inserts a demo card (F3); F9 removes it, F10 ends the demo.
    public static let firstDemoCardKey = 3
    /// How many demo cards have a key (F3 to F8).
    public static let demoCardKeyCount = 6
    /// The key that removes the demo card.
    public static let removeDemoCardKey = 9
    /// The key that ends the demo.
    public static let quitDemoKey = 10
}
