/// What is known about an article apart from its body.
public struct Metadata: Sendable, Equatable {
    /// The article's title: front matter, a leading heading, or the file name.
    public var title: String
    /// Where it came from: the path as given, or `-` for standard input.
    public var source: String
    /// BCP 47 language tag; StudyKit's rules are English.
    public var language: String
    public var author: String?
    /// A date from front matter (ISO 8601), used for reproducible timestamps.
    public var date: String?
    /// Any other front-matter fields, in file order.
    public var fields: [(key: String, value: String)]

    public init(title: String, source: String, language: String = "en", author: String? = nil,
                date: String? = nil, fields: [(key: String, value: String)] = []) {
        self.title = title
        self.source = source
        self.language = language
        self.author = author
        self.date = date
        self.fields = fields
    }

    public static func == (lhs: Metadata, rhs: Metadata) -> Bool {
        lhs.title == rhs.title && lhs.source == rhs.source && lhs.language == rhs.language
            && lhs.author == rhs.author && lhs.date == rhs.date
            && lhs.fields.map(\.key) == rhs.fields.map(\.key) && lhs.fields.map(\.value) == rhs.fields.map(\.value)
    }
}
