/// Text dropped from every export, kept in the analysis with the reason,
/// so nothing disappears silently.
public struct RemovedText: Sendable, Equatable {
    public var text: String
    public var span: TextSpan
    /// The rule that fired, e.g. "chat assistant offer".
    public var reason: String

    public init(text: String, span: TextSpan, reason: String) {
        self.text = text
        self.span = span
        self.reason = reason
    }
}
