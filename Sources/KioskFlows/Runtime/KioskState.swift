import KioskDomain
import TerminalUI

/// Everything the kiosk shows and remembers during a run; `reduce` changes it, `render` draws it.
public struct KioskState: Sendable, Equatable {
    /// The smallest terminal the kiosk draws on; below it, a message says so.
    public static let minimumSize = TerminalSize(width: 80, height: 24)

    public var settings: KioskSettings
    public var language: Language
    /// Large text and high contrast, kept for the whole session once chosen.
    public var isElderlyMode: Bool
    public var size: TerminalSize
    public var clock: WallClockTime
    public var screen: Screen
    /// Set once the program should end; the runtime stops after drawing nothing more.
    public var isFinished: Bool
    /// Why cards cannot be read right now (message key), shown on the home screen until it clears.
    public var cardServiceProblem: UserMessage?
    /// When the person last pressed a key or the session last moved on; nil outside a session.
    public var lastActivity: WallClockTime?
    /// The coordinator logged in at this kiosk, kept while they act for villagers; nil otherwise.
    public var coordinator: CoordinatorIdentity?
    /// The proxy a coordinator acts for in the villager's session opened without a card; nil otherwise.
    public var actingProxy: ActingProxy?
    /// When the logged-in coordinator logged in: the session ends a fixed time later whatever they do; nil otherwise.
    public var coordinatorLoggedInAt: WallClockTime?
    /// The card in the reader as the card events last told it (set when one is put in, cleared when it leaves);
    /// read results started for another insertion are dropped.
    public var cardInReader: CardInsertion?
    /// The page of choices elderly mode shows, once turned with 9 or 8; nil shows the highlighted choice's
    /// page. Cleared whenever the screen changes.
    public var elderlyPage: Int?
    /// How the upstream sync stands, read when the coordinator logged in; nil otherwise.
    public var upstreamSync: UpstreamSyncLine?

    /// The state a kiosk starts in: the home screen, in Chinese.
    public init(settings: KioskSettings, size: TerminalSize, clock: WallClockTime) {
        self.settings = settings
        self.language = .chinese
        self.isElderlyMode = settings.startsInElderlyMode
        self.size = size
        self.clock = clock
        self.screen = .home
        self.isFinished = false
        self.cardServiceProblem = nil
        self.lastActivity = nil
        self.coordinator = nil
        self.actingProxy = nil
    }

    /// Ends a villager's session: back to the coordinator's menu when a coordinator acts for
    /// villagers, otherwise to the home screen; no personal data of the villager stays in the state.
    public mutating func endSession() {
        actingProxy = nil
        if coordinator != nil {
            screen = .coordinator(.menu(selected: 0))
            lastActivity = clock
            return
        }
        logOut()
    }

    /// Ends everything: the coordinator is logged out and the home screen shows, in Chinese.
    public mutating func logOut() {
        screen = .home
        coordinator = nil
        coordinatorLoggedInAt = nil
        upstreamSync = nil
        actingProxy = nil
        language = .chinese
        isElderlyMode = settings.startsInElderlyMode
        lastActivity = nil
    }

    /// Whether the terminal is big enough to draw on.
    public var fitsTerminal: Bool {
        size.width >= Self.minimumSize.width && size.height >= Self.minimumSize.height
    }
}

/// Which screen the kiosk shows.
public enum Screen: Sendable, Equatable {
    /// Waiting for a card, with the ways into elderly mode, the other language and coordinator login.
    case home
    /// The coordinator's login: their own card, then their PIN.
    case coordinatorLogin(CoordinatorLogin)
    /// A logged-in coordinator's menu and work.
    case coordinator(CoordinatorStep)
    /// A card is in the reader and being read; the person is asked not to pull it.
    case readingCard(reader: String)
    /// The card could not be read or cannot be used; the key says why and what to do next.
    case cardProblem(UserMessage)
    /// The card was read: the holder is greeted while the kiosk looks up what it knows of them.
    case identified(CardHolder)
    /// A villager's session: service menu, service flows, confirmation and receipt.
    case villager(VillagerSession)
    /// The coordinator's PIN asked again before a harmful act is recorded; over the act's confirmation.
    indirect case coordinatorPINRecheck(CoordinatorPINRecheck)

    /// Whether this screen belongs to a villager's card session, which ends when the card is pulled.
    public var isCardSession: Bool {
        switch self {
        case .readingCard, .cardProblem, .identified, .villager: true
        case .home, .coordinatorLogin, .coordinator: false
        case .coordinatorPINRecheck(let stage): stage.confirmation.isCardSession
        }
    }
}
