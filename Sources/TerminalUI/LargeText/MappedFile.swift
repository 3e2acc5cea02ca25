import Foundation

/// A file mapped read-only into memory; pages are read from disk only when touched.
final class MappedFile: @unchecked Sendable {
    /// The file's bytes; valid until the object is released, never written.
    let bytes: UnsafeRawBufferPointer

    /// Maps the whole file at `path`; an empty file is reported as malformed.
    init(path: String) throws(LargeTextError) {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else {
            let code = errno
            throw code == ENOENT || code == ENOTDIR ? .fontMissing(path: path) : .fontUnreadable(path: path, code: code)
        }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { throw .fontUnreadable(path: path, code: errno) }
        guard status.st_mode & S_IFMT == S_IFREG else { throw .fontUnreadable(path: path, code: EISDIR) }
        let count = Int(status.st_size)
        guard count > 0 else { throw .fontMalformed(path: path) }
        guard let address = mmap(nil, count, PROT_READ, MAP_PRIVATE, descriptor, 0), address != MAP_FAILED else {
            throw .fontUnreadable(path: path, code: errno)
        }
        bytes = UnsafeRawBufferPointer(start: address, count: count)
    }

    deinit {
        munmap(UnsafeMutableRawPointer(mutating: bytes.baseAddress), bytes.count)
    }
}
