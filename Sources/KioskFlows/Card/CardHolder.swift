/// Who the inserted card belongs to, as the screens need it (decoded at the card edge).
public struct CardHolder: Sendable, Equatable {
    /// Which kind of card was read.
    public enum CardKind: String, Sendable, Equatable {
        case socialSecurityCard
        /// A resident ID card seen only by its UID on a contactless slot (proves nothing: see `CardSessionRights`).
        case residentIDCard
        /// A resident ID card read through the GA 467 reader, its data checked by the police SAM.
        case residentIDCardSAM
    }

    /// The 18-character ID number, already checked against GB 11643.
    public var idNumber: String
    public var name: String
    public var cardKind: CardKind
    /// The social-security card's number (empty for an ID card); coordinators' cards are registered by it.
    public var cardNumber: String
    /// The reader the card was read in (empty when no card is in a reader, as for an absent villager):
    /// where the card's PIN is verified later in the session.
    public var reader: String
    /// The card insertion the read was started for (nil when no read counted it, as for an absent villager).
    public var insertion: CardInsertion?

    /// A card holder from decoded card fields.
    public init(idNumber: String, name: String, cardKind: CardKind, cardNumber: String = "", reader: String = "",
                insertion: CardInsertion? = nil) {
        self.idNumber = idNumber
        self.name = name
        self.cardKind = cardKind
        self.cardNumber = cardNumber
        self.reader = reader
        self.insertion = insertion
    }

    /// The ID number as every screen but the owner's confirmation shows it: `4510**********123X`.
    public var maskedIDNumber: String {
        guard idNumber.count == 18 else { return String(repeating: "*", count: idNumber.count) }
        return String(idNumber.prefix(4)) + String(repeating: "*", count: 10) + String(idNumber.suffix(4))
    }
}
