/// Something that carries one raw APDU to a card and brings back its raw response.
public protocol CardChannel: AnyObject {
    /// Sends command bytes and returns the card's response bytes (data + SW1 SW2).
    func transmit(_ command: [UInt8]) throws(SmartCardError) -> [UInt8]
}
