import StudyKitModel

/// Groups read blocks into flat sections: an untitled introduction for anything
/// before the first heading, then one section per heading.
struct SectionBuilder {
    static func sections(from blocks: [ReadBlock]) -> (sections: [Section], removed: [RemovedText]) {
        var ids = SectionIDMaker()
        var sections: [Section] = []
        var removed: [RemovedText] = []
        var introduction: [Block] = []
        for block in blocks {
            switch block {
            case .heading(let heading):
                // A heading with no text ("#" alone, or markup that reduces to nothing) opens no section.
                guard heading.title.contains(where: { !$0.isWhitespace }) else { continue }
                var section = Section(id: ids.id(for: heading.title), title: heading.title, level: heading.level,
                                      headingSpan: heading.span, blocks: [], origin: .heading)
                section.titleInlines = heading.inlines
                sections.append(section)
            case .body(let body):
                if sections.isEmpty { introduction.append(body) } else { sections[sections.count - 1].blocks.append(body) }
            case .removed(let text):
                removed.append(text)
            }
        }
        if !introduction.isEmpty || sections.isEmpty {
            let id = ids.id(for: nil)
            sections.insert(Section(id: id, title: nil, level: 1, headingSpan: nil, blocks: introduction,
                                    origin: .introduction), at: 0)
        }
        return (sections, removed)
    }
}
