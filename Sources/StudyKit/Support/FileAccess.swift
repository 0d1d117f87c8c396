import Foundation

/// File reading and atomic writing with errors that name the path.
public enum FileAccess {
    /// Reads an input file, telling missing, directory, unreadable and too-large apart.
    public static func readInput(path: String, maxSize: Int) throws -> [UInt8] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw StudyKitError.cannotOpen(path: path, reason: "no such file")
        }
        if isDirectory.boolValue {
            throw StudyKitError.cannotOpen(path: path, reason: "is a directory, not a file")
        }
        guard FileManager.default.isReadableFile(atPath: path) else {
            throw StudyKitError.cannotOpen(path: path, reason: "permission denied")
        }
        if let size = (try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? NSNumber, size.intValue > maxSize {
            throw StudyKitError.badInput(path: path, reason: "too large: \(size.intValue) bytes (limit \(maxSize); see --max-size)")
        }
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw StudyKitError.cannotOpen(path: path, reason: "cannot be opened for reading")
        }
        defer { try? handle.close() }
        do {
            return [UInt8](try handle.readToEnd() ?? Data())
        } catch {
            throw StudyKitError.io(path: path, reason: "read failed")
        }
    }

    /// Writes `data` to a temporary file beside `url`, then renames it into place,
    /// so a reader never sees half a file and a failure leaves the old file intact.
    public static func writeAtomically(_ data: Data, to url: URL) throws {
        let folder = url.deletingLastPathComponent()
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        } catch {
            throw StudyKitError.cannotCreate(path: folder.path, reason: "folder cannot be created")
        }
        let temporary = folder.appendingPathComponent(".\(url.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).tmp")
        guard FileManager.default.createFile(atPath: temporary.path, contents: data) else {
            throw StudyKitError.cannotCreate(path: url.path, reason: "temporary file cannot be written")
        }
        if rename(temporary.path, url.path) != 0 {
            let reason = String(cString: strerror(errno))
            try? FileManager.default.removeItem(at: temporary)
            throw StudyKitError.cannotCreate(path: url.path, reason: reason)
        }
    }

    /// Writes text as UTF-8, atomically.
    public static func writeAtomically(_ text: String, to url: URL) throws {
        try writeAtomically(Data(text.utf8), to: url)
    }
}
