/// The social-security card's SSSE application: its name, files and the tags of the fields the kiosk reads.
public enum SocialSecurityCardLayout {
    /// The application name "sx1.sh.社会保障" (GBK), selected by name.
    public static let applicationName: [UInt8] = [
        0x73, 0x78, 0x31, 0x2E, 0x73, 0x68, 0x2E, 0xC9, 0xE7, 0xBB, 0xE1, 0xB1, 0xA3, 0xD5, 0xCF,
    ]

    /// `00 A4 04 00 0F <name>`: SELECT the application by name.
    public static let selectApplication = CommandAPDU(ins: 0xA4, p1: 0x04, p2: 0x00, data: applicationName)

    /// A field of the card: which elementary file (by SFI) and which tag holds it.
    public struct Field: Sendable, Hashable {
        /// Short file identifier (5 for EF05, 6 for EF06).
        public let sfi: UInt8
        /// The data element tag.
        public let tag: UInt8

        /// `00 B2 <tag> <SFI<<3> 00`: READ RECORD by tag.
        public var readCommand: CommandAPDU {
            CommandAPDU(ins: 0xB2, p1: tag, p2: sfi << 3, le: 0x00)
        }
    }

    /// EF05 01: card identification code (first six hex digits: issuing region).
    public static let cardIdentification = Field(sfi: 5, tag: 0x01)
    /// EF05 03: specification version, ASCII "1.00"/"2.00"/"3.00".
    public static let specVersion = Field(sfi: 5, tag: 0x03)
    /// EF05 05: issue date, BCD YYYYMMDD.
    public static let issueDate = Field(sfi: 5, tag: 0x05)
    /// EF05 06: expiry date, BCD YYYYMMDD.
    public static let expiryDate = Field(sfi: 5, tag: 0x06)
    /// EF05 07: card number, ASCII.
    public static let cardNumber = Field(sfi: 5, tag: 0x07)
    /// EF06 08: citizen ID number, ASCII 18.
    public static let idNumber = Field(sfi: 6, tag: 0x08)
    /// EF06 09: name, GBK, 00-padded.
    public static let name = Field(sfi: 6, tag: 0x09)
    /// EF06 0A: sex, ASCII '1' or '2'.
    public static let sex = Field(sfi: 6, tag: 0x0A)
    /// EF06 0B: nation, BCD (GB 3304).
    public static let nation = Field(sfi: 6, tag: 0x0B)
    /// EF06 0D: birth date, BCD YYYYMMDD.
    public static let birthDate = Field(sfi: 6, tag: 0x0D)

    /// Which fields a read fetches.
    public enum ReadPlan: String, Sendable, CaseIterable {
        /// Eight fields in nine APDUs; sex and region come from the verified ID number.
        case essential
        /// Every field including sex (0A) and card identification (01): twelve APDUs.
        case complete

        /// The fields in the order they are read (EF06 first: the ID number decides early).
        public var fields: [Field] {
            switch self {
            case .essential:
                return [idNumber, name, nation, birthDate, specVersion, issueDate, expiryDate, cardNumber]
            case .complete:
                return [idNumber, name, sex, nation, birthDate, cardIdentification, specVersion, issueDate,
                        expiryDate, cardNumber]
            }
        }
    }
}
