#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What the configured printer path is, which decides how it is opened.
enum PrinterPathKind: Equatable {
    case characterDevice
    case namedPipe
    case regularFile

    /// The kind of the file at `path`; anything else (missing, a directory, a socket) is `notFound`.
    init(of path: String) throws(ReceiptPrinterError) {
        var info = stat()
        guard stat(path, &info) == 0 else {
            throw ReceiptPrinterError.failure(errno: errno, onPrinterDevice: false)
        }
        switch info.st_mode & S_IFMT {
        case S_IFCHR: self = .characterDevice
        case S_IFIFO: self = .namedPipe
        case S_IFREG: self = .regularFile
        default: throw .notFound
        }
    }
}
