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

extension CardDate {
    /// Today's date in the local calendar (an edge helper for callers that do not inject the date).
    public static func today() -> CardDate {
        var now = time(nil)
        var parts = tm()
        localtime_r(&now, &parts)
        return CardDate(year: Int(parts.tm_year) + 1900, month: Int(parts.tm_mon) + 1, day: Int(parts.tm_mday))!
    }
}
