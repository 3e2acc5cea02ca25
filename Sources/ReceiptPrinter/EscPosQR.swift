/// The QR-code functions of ESC/POS `GS ( k` (cn = 49 selects the QR symbol), as receipt printers
/// sold in China and EPSON TM printers implement them.
enum EscPosQR {
    /// `GS ( k` : 1D 28 6B.
    static let introducer: [UInt8] = [EscPosByte.groupSeparator, 0x28, 0x6B]
    /// cn: the QR code symbol.
    static let symbol: UInt8 = 0x31
    /// Module size in dots (6: a 2 cm code for a receipt number and its check on 58 mm paper).
    static let moduleSize: UInt8 = 6
    /// Error correction level M (about 15 % of the code may be soiled or torn).
    static let errorCorrectionM: UInt8 = 0x31
    /// The most content the kiosk puts in one code.
    static let maximumLength = 256

    /// One function: introducer, pL pH (the length of cn, fn and the parameters, little endian), cn, fn, parameters.
    static func function(_ code: UInt8, _ parameters: [UInt8]) -> [UInt8] {
        let length = parameters.count + 2
        return introducer + [UInt8(length & 0xFF), UInt8(length >> 8), symbol, code] + parameters
    }
}
