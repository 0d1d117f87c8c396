import Foundation

/// Every failure StudyKit reports. The CLI maps each case to a sysexits code;
/// the message is one line that names the file and the problem.
public enum StudyKitError: Error, Equatable, Sendable {
    /// Bad command line (unknown flag, missing argument).
    case usage(String)
    /// The input cannot be opened: missing, unreadable, a directory.
    case cannotOpen(path: String, reason: String)
    /// The input was read but is not an article: empty, binary, invalid UTF-8.
    case badInput(path: String, reason: String)
    /// An output file or folder cannot be created.
    case cannotCreate(path: String, reason: String)
    /// Reading or writing failed midway.
    case io(path: String, reason: String)
    /// A rule, lexicon or catalogue file is malformed.
    case badDataFile(path: String, key: String, reason: String)

    /// The sysexits(3) code for this failure.
    public var exitCode: Int32 {
        switch self {
        case .usage: return 64
        case .badInput: return 65
        case .badDataFile: return 65
        case .cannotOpen: return 66
        case .cannotCreate: return 73
        case .io: return 74
        }
    }

    /// One line, naming the file first so batch logs stay greppable.
    public var message: String {
        switch self {
        case .usage(let text): return text
        case .cannotOpen(let path, let reason): return "\(path): cannot open: \(reason)"
        case .badInput(let path, let reason): return "\(path): \(reason)"
        case .cannotCreate(let path, let reason): return "\(path): cannot create: \(reason)"
        case .io(let path, let reason): return "\(path): I/O error: \(reason)"
        case .badDataFile(let path, let key, let reason): return "\(path): key '\(key)': \(reason)"
        }
    }
}

extension StudyKitError: CustomStringConvertible {
    public var description: String { message }
}
