import GRDB
import KioskDomain

/// A row of `transfer_requests`.
public struct TransferRequestRecord: ServiceRecord {
    public static let databaseTableName = "transfer_requests"
    public var id: Int64?
    public var personId: String
    public var requestedOn: String
    public var destinationRegion: String
    public var reason: String
    public var balanceFen: Int
    public var receiptNumber: String?
    /// The county the account comes from, on a transfer-in.
    public var fromRegion: String?

    /// The row of a transfer request.
    public init(_ request: TransferRequest, receiptNumber: String?) {
        personId = request.personID.value
        requestedOn = request.requestedOn.iso
        destinationRegion = request.destinationRegion
        reason = request.reason.rawValue
        balanceFen = request.balance.fen
        self.receiptNumber = receiptNumber
        fromRegion = request.fromRegion
    }
}
