import Glibc

/// Reading a social-security card in a PC/SC reader in one call.
extension SocialSecurityCardReader {
    /// Connects to the card in `reader` (or the first reader with a card), reads it inside one PC/SC transaction
    /// (started again if the card is reset meanwhile) and disconnects, powering the card down.
    public func read(reader: String?, context: PCSCContext, today: CardDate) throws(SmartCardError) -> CardIdentity {
        let name = try context.readerWithCard(named: reader)
        let connection = try context.connect(reader: name)
        return try connection.exchange { (card) throws(SmartCardError) in try read(over: card, today: today) }
    }
}

/// Reading a contactless card's UID in a PC/SC reader in one call.
extension IDCardUIDReader {
    /// Connects to the card in `reader` (or the first reader with a card) and returns its UID, read inside one
    /// PC/SC transaction; the card is powered down after.
    public func readUID(reader: String?, context: PCSCContext) throws(SmartCardError) -> [UInt8] {
        let name = try context.readerWithCard(named: reader)
        let connection = try context.connect(reader: name)
        return try connection.exchange { (card) throws(SmartCardError) in try readUID(over: card) }
    }
}
