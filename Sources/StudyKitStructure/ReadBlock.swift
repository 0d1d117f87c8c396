import StudyKitModel

/// What a reader emits, in document order, before sections are assembled.
enum ReadBlock: Equatable {
    case heading(title: String, level: Int, span: TextSpan)
    case body(Block)
    case removed(RemovedText)
}
