import Foundation
import Synchronization

/// A value worked out on a thread of its own from the moment it is made: start-up work that the
/// first frame need not wait for (the region list), or that can run beside other start-up work (the
/// policy tables beside the string tables). `get()` waits for it the first time and then returns at once.
public final class Prepared<Value: Sendable, Failure: Error>: Sendable {
    private let result = Mutex<Result<Value, Failure>?>(nil)
    private let finished = DispatchSemaphore(value: 0)

    /// Starts `work` on a new thread.
    public init(_ work: @escaping @Sendable () throws(Failure) -> Value) {
        Thread.detachNewThread { [self] in
            let outcome: Result<Value, Failure>
            do throws(Failure) {
                outcome = .success(try work())
            } catch {
                outcome = .failure(error)
            }
            result.withLock { $0 = outcome }
            finished.signal()
        }
    }

    /// A value that is ready already (tests, and callers holding the value itself).
    public init(ready value: Value) {
        result.withLock { $0 = .success(value) }
        finished.signal()
    }

    /// The value, or the error the work ended with; waits until the work is done.
    public func get() throws(Failure) -> Value {
        if let done = result.withLock({ $0 }) {
            return try done.get()
        }
        finished.wait()
        finished.signal()
        return try result.withLock { $0 }!.get()
    }
}
