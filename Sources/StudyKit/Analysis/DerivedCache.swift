import Foundation

/// Material several exporters derive from the same analysis (the glossary feeds the
/// glossary, flashcards, quiz and study guide), computed once on first use.
public final class DerivedCache: @unchecked Sendable {
    private let lock = NSLock()
    private var glossary: Glossary?

    public init() {}

    /// The glossary, made by `make` the first time it is asked for.
    func glossary(_ make: () throws -> Glossary) rethrows -> Glossary {
        try lock.withLock {
            if let glossary { return glossary }
            let made = try make()
            glossary = made
            return made
        }
    }
}
