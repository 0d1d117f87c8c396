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
        // `stat`, not `attributesOfItem`: that also looks up the owner's user and group names
        // (reading /etc/passwd and /etc/group), a millisecond per article for a size.
        var info = stat()
        if stat(path, &info) == 0, Int(info.st_size) > maxSize {
            throw StudyKitError.badInput(path: path, reason: "too large: \(info.st_size) bytes (limit \(maxSize); see --max-size)")
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
        try commit(try stage(data, for: url), to: url)
    }

    /// The first half of an atomic write: `data` in a temporary file beside `url`.
    /// Returns the temporary file, for `commit` (or `discard`).
    package static func stage(_ data: Data, for url: URL) throws -> URL {
        let folder = url.deletingLastPathComponent()
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        } catch {
            throw StudyKitError.cannotCreate(path: folder.path, reason: "folder cannot be created")
        }
        // Unique per write (random only in this hidden name, never in output): two jobs
        // writing the same folder at once cannot take each other's staged files.
        let temporary = folder.appendingPathComponent(
            ".\(url.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).\(UUID().uuidString).tmp")
        guard FileManager.default.createFile(atPath: temporary.path, contents: data) else {
            try? FileManager.default.removeItem(at: temporary)
            throw StudyKitError.cannotCreate(path: url.path, reason: "temporary file cannot be written")
        }
        return temporary
    }

    /// The first half of an atomic write for output produced in pieces: `produce`
    /// writes to the temporary file's handle. Returns the temporary file.
    package static func stage(for url: URL, _ produce: (FileHandle) throws -> Void) throws -> URL {
        let temporary = try stage(Data(), for: url)
        do {
            let handle = try FileHandle(forWritingTo: temporary)
            do {
                try produce(handle)
            } catch {
                try? handle.close()
                throw error
            }
            // Closing can report a deferred write error; the file is then not committed.
            try handle.close()
        } catch let error as StudyKitError {
            discard(temporary)
            throw error
        } catch {
            discard(temporary)
            throw StudyKitError.cannotCreate(path: url.path, reason: "temporary file cannot be written")
        }
        return temporary
    }

    /// The first half of an atomic write for a writer that makes its own file:
    /// `writer` gets the temporary path to create. Returns the temporary file.
    package static func stage(for url: URL, writer: (URL) throws -> Void) throws -> URL {
        let temporary = try stage(Data(), for: url)
        do {
            try writer(temporary)
        } catch {
            discard(temporary)
            throw error
        }
        return temporary
    }

    /// The second half: renames the staged file into place (removing it if that fails).
    package static func commit(_ temporary: URL, to url: URL) throws {
        if rename(temporary.path, url.path) != 0 {
            let reason = String(cString: strerror(errno))
            discard(temporary)
            throw StudyKitError.cannotCreate(path: url.path, reason: reason)
        }
    }

    /// Removes what a killed run left in `folder`: hidden files staged for one of `names`
    /// (`.NAME.PID.…`, and libzip's `..NAME.PID.….partial-…`) whose process no longer exists.
    /// A live process's files, and anything else, are left alone.
    package static func removeAbandonedStagedFiles(in folder: URL, names: [String]) {
        guard let entries = try? FileManager.default.contentsOfDirectory(atPath: folder.path) else { return }
        for entry in entries where entry.hasPrefix(".") {
            let bare = entry.drop { $0 == "." }
            for name in names where bare.hasPrefix(name + ".") {
                let rest = bare.dropFirst(name.count + 1)
                guard let pid = Int32(rest.prefix { $0.isNumber }), rest.dropFirst(String(pid).count).hasPrefix("."),
                      pid > 0, kill(pid, 0) != 0, errno == ESRCH else { continue }
                try? FileManager.default.removeItem(at: folder.appendingPathComponent(entry))
            }
        }
    }

    package static func discard(_ temporary: URL) {
        try? FileManager.default.removeItem(at: temporary)
    }

    /// Writes text as UTF-8, atomically.
    public static func writeAtomically(_ text: String, to url: URL) throws {
        try writeAtomically(Data(text.utf8), to: url)
    }
}
