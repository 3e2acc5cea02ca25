/// The version `kiosk --version` prints.
enum KioskVersion {
    static let current = "0.1.0"
}
