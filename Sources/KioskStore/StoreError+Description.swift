/// The technician's one-line English reading of a store error, for the command line and the log.
extension StoreError: CustomStringConvertible {
    public var description: String {
        switch self {
        case .cannotOpen(let path, let reason): "cannot open the database \(path): \(reason)"
        case .writeFailed(let reason): "the write failed and nothing was recorded: \(reason)"
        case .unknownPerson(let id): "no such person in the database: \(id)"
        case .corruptRow(let table, let key): "damaged row in \(table): \(key)"
        case .invalidDemoData(let file, let line, let reason): "invalid demo data in \(file), line \(line): \(reason)"
        case .noVillageRecorded(let path):
            "the database \(path) records no village: record it once with `kiosk db migrate --db \(path) --village CODE`"
        case .servesAnotherVillage(let path, let recorded, let requested):
            "the database \(path) serves village \(recorded), not \(requested)"
        case .noPendingApplication(let receipt): "no cancellation application \(receipt) waits for the county"
        case .proxyRefused(let refusals): "the proxy's authorisation does not allow this: \(refusals.map(\.messageKey).joined(separator: ", "))"
        }
    }
}
