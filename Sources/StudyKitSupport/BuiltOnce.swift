import Foundation

/// A value built the first time it is read, by whichever thread reads first, and shared
/// after that. For expensive rule structures only some commands need.
package final class BuiltOnce<Value: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var built: Value?
    private let make: @Sendable () -> Value

    package init(_ make: @escaping @Sendable () -> Value) {
        self.make = make
    }

    package var value: Value {
        lock.withLock {
            if let built { return built }
            let value = make()
            built = value
            return value
        }
    }
}
