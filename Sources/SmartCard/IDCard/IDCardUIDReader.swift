/// Reads the UID of a contactless card (such as a resident ID card) through a PC/SC contactless reader.
public struct IDCardUIDReader: Sendable {
    /// `FF CA 00 00 00`: the PC/SC pseudo-APDU GET DATA (UID).
    public static let getUID = CommandAPDU(cla: 0xFF, ins: 0xCA, p1: 0x00, p2: 0x00, le: 0x00)
    /// `00 36 00 00 08`: the resident ID card's own UID command, tried when GET DATA fails.
    public static let residentCardUID = CommandAPDU(ins: 0x36, p1: 0x00, p2: 0x00, le: 0x08)

    /// Builds a reader.
    public init() {}

    /// The card's UID bytes; throws `uidUnavailable` when neither command gives one.
    public func readUID(over channel: any CardChannel) throws(SmartCardError) -> [UInt8] {
        var exchange = APDUExchange(channel: channel)
        for command in [Self.getUID, Self.residentCardUID] {
            let response = try exchange.send(command)
            if response.status == .success, !response.data.isEmpty { return response.data }
        }
        throw .uidUnavailable
    }
}
