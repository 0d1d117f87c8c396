/// A half-open range of UTF-8 byte offsets into an article's source text.
///
/// Byte offsets (not `String.Index`) survive serialisation and let any tool
/// slice the original file to find the evidence a claim rests on.
public struct TextSpan: Hashable, Comparable, Sendable, Codable {
    public var start: Int
    public var end: Int

    public init(start: Int, end: Int) {
        precondition(start <= end, "TextSpan start after end")
        self.start = start
        self.end = end
    }

    public var length: Int { end - start }

    public static func < (lhs: TextSpan, rhs: TextSpan) -> Bool {
        lhs.start != rhs.start ? lhs.start < rhs.start : lhs.end < rhs.end
    }
}
