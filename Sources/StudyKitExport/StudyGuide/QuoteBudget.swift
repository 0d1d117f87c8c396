/// How often the guide may quote one article sentence outside the article's own chapters: a
/// sentence shown again and again (as a key point, evidence, answer, definition) teaches nothing
/// more, so past the limit a page shows where it stands instead.
final class QuoteBudget {
    let limit: Int
    private var uses: [String: Int] = [:]

    init(limit: Int = 2) {
        self.limit = limit
    }

    /// Whether `text` may be quoted once more; counts the quote when it may.
    func take(_ text: String) -> Bool {
        let count = uses[text, default: 0]
        guard count < limit else { return false }
        uses[text] = count + 1
        return true
    }
}
