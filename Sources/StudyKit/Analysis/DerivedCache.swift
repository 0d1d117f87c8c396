import Foundation

/// Material several exporters derive from the same analysis, computed once on first use:
/// the glossary (glossary, flashcards, quiz, study guide), the flashcards and the quiz
/// (their own files and the study guide). One value per type; each has its own lock, so
/// two exporters making different values at once do not wait for each other.
public final class DerivedCache: @unchecked Sendable {
    private let lock = NSLock()
    private var slots: [ObjectIdentifier: Slot] = [:]

    private final class Slot: @unchecked Sendable {
        let lock = NSLock()
        var value: (any Sendable)?
    }

    public init() {}

    /// The cached value of type `Value`, made by `make` the first time it is asked for.
    /// `make` must not ask for a value of the same type.
    func value<Value: Sendable>(_ make: () throws -> Value) rethrows -> Value {
        let slot = lock.withLock {
            if let known = slots[ObjectIdentifier(Value.self)] { return known }
            let new = Slot()
            slots[ObjectIdentifier(Value.self)] = new
            return new
        }
        return try slot.lock.withLock {
            if let known = slot.value as? Value { return known }
            let made = try make()
            slot.value = made
            return made
        }
    }
}
