import StudyKit

/// A small command-line scanner: `--name value`, `--name=value`, `-o value`,
/// flags, positionals, `--` to end options, and `-` as a positional (stdin).
struct ArgumentScanner {
    struct Spec: Sendable {
        /// Options that take a value, with their short aliases ("o" for "output").
        var valued: [String]
        var flags: [String]
        var aliases: [String: String]

        init(valued: [String] = [], flags: [String] = [], aliases: [String: String] = [:]) {
            self.valued = valued
            self.flags = flags
            self.aliases = aliases
        }
    }

    var values: [String: String] = [:]
    var flags: Set<String> = []
    var positionals: [String] = []

    /// Scans `arguments`; throws `StudyKitError.usage` naming the bad argument.
    init(_ arguments: [String], spec: Spec, command: String) throws {
        var index = 0
        var optionsEnded = false
        while index < arguments.count {
            let argument = arguments[index]
            index += 1
            if optionsEnded || argument == "-" || !argument.hasPrefix("-") {
                positionals.append(argument)
                continue
            }
            if argument == "--" { optionsEnded = true; continue }
            var name: String
            var inlineValue: String?
            if argument.hasPrefix("--") {
                name = String(argument.dropFirst(2))
                if let equals = name.firstIndex(of: "=") {
                    inlineValue = String(name[name.index(after: equals)...])
                    name = String(name[..<equals])
                }
            } else {
                let short = String(argument.dropFirst())
                guard let long = spec.aliases[short] else {
                    throw StudyKitError.usage("\(command): unknown option '\(argument)'"
                        + NearestName.hint(for: short, among: spec.valued + spec.flags, prefix: "--"))
                }
                name = long
            }
            if spec.flags.contains(name) {
                guard inlineValue == nil else { throw StudyKitError.usage("\(command): option '--\(name)' takes no value") }
                flags.insert(name)
            } else if spec.valued.contains(name) {
                if let inlineValue {
                    values[name] = inlineValue
                } else {
                    guard index < arguments.count else { throw StudyKitError.usage("\(command): option '--\(name)' needs a value") }
                    values[name] = arguments[index]
                    index += 1
                }
            } else {
                throw StudyKitError.usage("\(command): unknown option '\(argument)'"
                    + NearestName.hint(for: name, among: spec.valued + spec.flags, prefix: "--"))
            }
        }
    }

    /// An integer option, checked against a range.
    func integer(_ name: String, command: String, in range: ClosedRange<Int>) throws -> Int? {
        guard let text = values[name] else { return nil }
        guard let value = Int(text), range.contains(value) else {
            throw StudyKitError.usage("\(command): --\(name) must be a whole number from \(range.lowerBound) to \(range.upperBound), not '\(text)'")
        }
        return value
    }
}
