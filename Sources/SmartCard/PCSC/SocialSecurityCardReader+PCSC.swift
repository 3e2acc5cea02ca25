import Glibc

/// Reading a social-security card in a PC/SC reader in one call.
extension SocialSecurityCardReader {
    /// Connects to the card in `reader` (or the first reader with a card), reads it and disconnects.
    public func read(reader: String?, context: PCSCContext, today: CardDate) throws(SmartCardError) -> CardIdentity {
        let name = try context.readerWithCard(named: reader)
        let connection = try context.connect(reader: name)
        defer { connection.disconnect() }
        return try read(over: connection, today: today)
    }
}

/// Reading a contactless card's UID in a PC/SC reader in one call.
extension IDCardUIDReader {
    /// Connects to the card in `reader` (or the first reader with a card) and returns its UID.
    public func readUID(reader: String?, context: PCSCContext) throws(SmartCardError) -> [UInt8] {
        let name = try context.readerWithCard(named: reader)
        let connection = try context.connect(reader: name)
        defer { connection.disconnect() }
        return try readUID(over: connection)
    }
}
