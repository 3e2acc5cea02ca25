/// Reads a social-security card over any `CardChannel`: one SELECT, then one READ RECORD per field.
public struct SocialSecurityCardReader: Sendable {
    /// Which fields to read.
    public let plan: SocialSecurityCardLayout.ReadPlan
    /// Decodes and checks the values.
    public let decoder: SocialSecurityCardDecoder

    /// Builds a reader with a nation table and a read plan.
    public init(nations: NationTable, plan: SocialSecurityCardLayout.ReadPlan = .essential) {
        self.plan = plan
        self.decoder = SocialSecurityCardDecoder(nations: nations)
    }

    /// The raw values read from the card, by tag, and how many APDUs it took.
    public struct RawRead: Sendable {
        /// Field values by tag.
        public var values: [UInt8: [UInt8]]
        /// APDUs sent, including T=0 follow-ups.
        public var apduCount: Int
    }

    /// Selects the application and reads every field of the plan (no decoding).
    public func readRaw(over channel: any CardChannel) throws(SmartCardError) -> RawRead {
        var exchange = APDUExchange(channel: channel)
        let select = try exchange.send(SocialSecurityCardLayout.selectApplication)
        switch select.status.meaning {
        case .success: break
        case .fileNotFound: throw .notSocialSecurityCard
        default: throw .status(select.status)
        }
        var values: [UInt8: [UInt8]] = [:]
        for field in plan.fields {
            let response = try exchange.send(field.readCommand)
            guard response.status == .success else { throw .status(response.status) }
            values[field.tag] = try TLVRecord.parse(response.data, expecting: field.tag).value
        }
        return RawRead(values: values, apduCount: exchange.apduCount)
    }

    /// Reads and decodes the card's holder, checked against `today` for expiry.
    public func read(over channel: any CardChannel, today: CardDate) throws(SmartCardError) -> CardIdentity {
        let raw = try readRaw(over: channel)
        return try decoder.identity(from: raw.values, today: today)
    }
}
