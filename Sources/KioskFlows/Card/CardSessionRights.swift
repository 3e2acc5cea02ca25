import KioskDomain

/// What a session may do by the card that opened it.
///
/// - A social-security card proves its holder by its own PIN (`CardPINStage`): every service.
/// - A resident ID card read through the GA 467 reader (`.residentIDCardSAM`: the police SAM checked the chip's
///   signed data, so the card is genuine and its ID number is the one the state issued) proves who it is the way an
///   ID card can: every service, with no card PIN because an ID card has none (decided after issue 12, "the GA 467
///   reader is the way an ID card proves who it is"; the receipt and audit entry still name the card kind).
/// - A resident ID card seen only by its UID on a plain contactless slot (`.residentIDCard`) proves nothing: a
///   UID is not secret and is cloned with a cheap card, so the session is limited to what needs no proof of
///   presence (queries, and registrations without a bank agreement), unless the configuration says otherwise
///   (`uidCardsMayTransact`, for a county that accepts the risk).
public enum CardSessionRights {
    /// The services whose business always moves money or standing (`CardholderPINRule`): claim, transfer,
    /// cancellation and certification. Enrolment and contribution do only when they sign a bank agreement, which
    /// the card-PIN stage refuses to a UID-only session when it comes to it.
    public static let movingMoneyOrStanding: Set<VillagerService> = [.benefitClaim, .transfer, .cancellation, .certification]

    /// Whether a session opened by `holder`'s card is limited to what needs no proof of presence.
    public static func isLimited(_ holder: CardHolder, settings: KioskSettings) -> Bool {
        holder.cardKind == .residentIDCard && !settings.uidCardsMayTransact
    }

    /// Whether the menu line of `service` is refused to this session (and says why). A coordinator acting for an
    /// absent villager on a recorded authorisation (`actingForProxy`) is not limited: the authorisation stands in.
    public static func refuses(_ service: VillagerService, to holder: CardHolder, settings: KioskSettings,
                               actingForProxy: Bool) -> Bool {
        !actingForProxy && isLimited(holder, settings: settings) && movingMoneyOrStanding.contains(service)
    }

    /// Whether the card-PIN stage is passed without a PIN: the card proved its holder another way (GA 467 SAM), or
    /// the configuration lets UID-only ID cards transact.
    static func skipsCardPIN(_ holder: CardHolder, settings: KioskSettings) -> Bool {
        switch holder.cardKind {
        case .socialSecurityCard: false
        case .residentIDCardSAM: true
        case .residentIDCard: settings.uidCardsMayTransact
        }
    }
}
