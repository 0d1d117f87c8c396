/// Every bundled rule file, loaded once and shared by the pipeline.
public struct RuleSet: Sendable {
    public var headings: HeadingRules
    public var residue: ResidueDetector

    public init(headings: HeadingRules, residue: ResidueDetector) {
        self.headings = headings
        self.residue = residue
    }

    /// The rules shipped with StudyKit.
    public static func standard() throws -> RuleSet {
        RuleSet(headings: try HeadingRules.standard(), residue: try ResidueDetector.standard())
    }
}
