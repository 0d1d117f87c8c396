import StudyKitRules

/// An exam an article names: a catalogue entry, or one found by its code shape, its
/// acronym's expansion or its credential-shaped name ("Certified Ethical Hacker").
struct NamedExam: Sendable, Equatable {
    /// The catalogue's code, else the code, acronym or name the article uses.
    var code: String
    var title: String
    var vendor: String?
    var level: String?
    var role: String?
    /// The catalogue entry; nil for an exam the catalogue lacks.
    var entry: Certification?

    init(_ entry: Certification) {
        code = entry.code
        title = entry.title
        vendor = entry.vendor
        level = entry.level
        role = entry.role
        self.entry = entry
    }

    init(code: String, title: String, vendor: String?, level: String?, role: String?) {
        self.code = code
        self.title = title
        self.vendor = vendor
        self.level = level
        self.role = role
        entry = nil
    }
}
