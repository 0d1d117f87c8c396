import StudyKitText

/// Makes stable, unique section ids that are also valid XML names (for EPUB anchors).
package struct SectionIDMaker {
    private var used: [String: Int] = [:]

    package init() {}

    /// A slug of the title (see `Slug.identifier`), numbered when already used.
    package mutating func id(for title: String?) -> String {
        let base = title.map { Slug.identifier($0) } ?? "introduction"
        let count = used[base, default: 0] + 1
        used[base] = count
        return count == 1 ? base : "\(base)-\(count)"
    }
}
