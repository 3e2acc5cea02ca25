/// The hub's request paths.
public enum SyncRoutes {
    /// `POST`: a signed batch of outbox entries; answers a `BatchReceipt`.
    public static let batches = "/v1/batches"
    /// `GET`: the county's decisions for the signing kiosk after `?after=N`; answers a `DecisionList`.
    public static let decisions = "/v1/decisions"
    /// `GET`: the reference sets newer than `?have=KIND:VERSION,...` for the signing kiosk; answers a `ReferenceUpdate`.
    public static let reference = "/v1/reference"
    /// `POST`: the signing kiosk's `VillageFigures` (JSON); answers a `FiguresReceipt`.
    public static let figures = "/v1/figures"
    /// `GET`: the county page (HTML).
    public static let countyPage = "/"
}
